//! The command line as clap sees it: the commands of the public contract and their help.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::i18n::{Msg, t};

/// Org Viewer for Zoho CRM: see your Zoho CRM organization's details and logo.
#[derive(Debug, Clone, PartialEq, Eq, Parser)]
#[command(name = "zoho-org-viewer", version)]
pub struct Cli {
    /// What to do; without one, the app window opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands (a public contract: keep names and options stable).
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Open the app against the built-in simulated Zoho (no Zoho account needed).
    Demo,
    /// Sign in to Zoho in your browser; the organization you pick there is added (or renewed).
    ///
    /// Opens Zoho's sign-in page in your browser (on Linux the one named by $BROWSER, if set)
    /// and prints its address too, for when no browser opens. Then waits up to 3 minutes for
    /// the browser to come back. The organization picked on Zoho's page becomes the current one.
    Login,
    /// List the organizations signed in on this computer, the current one marked.
    Orgs {
        /// Print a JSON array instead (id, zgid, company_name, type, data_centre, current).
        #[arg(long)]
        json: bool,
    },
    /// Make ORG the current organization (the one commands use without --org).
    Switch {
        /// The organization: its ID, zgid, domain name, or a piece of its company name.
        #[arg(value_name = "ORG")]
        org: String,
    },
    /// Print an organization's details, grouped and in plain words.
    Org {
        /// The organization (default: the current one): ID, zgid, domain or a piece of its name.
        #[arg(long, value_name = "ORG", conflicts_with = "all")]
        org: Option<String>,
        /// Every signed-in organization, fetched at once.
        #[arg(long)]
        all: bool,
        /// Print Zoho's org object as JSON instead, with every key Zoho sent (with --all, an
        /// array of them).
        #[arg(long)]
        json: bool,
    },
    /// Save an organization's logo to a file (--out), or change it (--set) or remove it
    /// (--remove).
    ///
    /// --set and --remove open Zoho in your browser once for permission to change the logo; the
    /// permission is kept in memory only and forgotten when the change is done. The current logo
    /// is saved in the app's data folder first. A picture over Zoho's limits (1 MB, 10
    /// megapixels) is scaled down and re-encoded to fit.
    #[command(group(clap::ArgGroup::new("action").required(true).args(["out", "set", "remove"])))]
    Logo {
        /// Save the logo to this file, byte for byte as Zoho sends it (replaced if it exists;
        /// written whole or not at all).
        #[arg(long, short = 'o', value_name = "FILE")]
        out: Option<PathBuf>,
        /// Make this picture (PNG, JPEG, GIF, WebP or BMP) the organization's logo.
        #[arg(long, value_name = "FILE")]
        set: Option<PathBuf>,
        /// Remove the organization's logo.
        #[arg(long)]
        remove: bool,
        /// The organization (default: the current one). With --set or --remove, give it more
        /// than once to change several organizations, one after the other (Zoho asks for
        /// permission for each in the browser).
        #[arg(long, value_name = "ORG")]
        org: Vec<String>,
    },
    /// Revoke a sign-in at Zoho and forget it on this computer (default: the current org).
    Logout {
        /// The organization to sign out of.
        #[arg(long, value_name = "ORG", conflicts_with = "all")]
        org: Option<String>,
        /// Sign out of every organization.
        #[arg(long)]
        all: bool,
    },
    /// Run the simulated Zoho in the foreground and print its addresses (Ctrl-C stops it).
    Sim {
        /// Play a user in N made-up orgs instead of the demo's three (for benchmarks).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        orgs: Option<u16>,
    },
}

/// The commands whose help is worded from the catalog (clap's own `help` keeps its English line).
const SUBCOMMANDS: [&str; 8] = [
    "demo", "login", "orgs", "switch", "org", "logo", "logout", "sim",
];

/// clap's own words in a command's help: the usage heading, the headings of the lists and the
/// help flag. clap has no catalog, so the template, headings and flag are given here.
fn clap_words(command: clap::Command) -> clap::Command {
    let usage = t::cli_help_usage().text();
    let arguments = t::cli_help_arguments().text();
    let options = t::cli_help_options().text();
    // clap's default template, with the heading in the reader's language.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
    );
    command
        .help_template(template)
        .subcommand_help_heading(t::cli_help_commands().text())
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            arg.help_heading(heading)
        })
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(t::cli_help_flag_help().text())
                .help_heading(options),
        )
}

/// The command line read with `--help` worded in the current language: the doc comments above
/// are clap's English defaults, replaced here from the catalog at run time.
pub fn parse() -> Result<Cli, clap::Error> {
    let matches = localized_command().try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

/// The clap command with every description from the catalog, in the current language.
pub fn localized_command() -> clap::Command {
    /// A command's one-line description and the longer one `--help` shows, when it has one.
    fn about(command: clap::Command, short: &Msg, long: Option<&Msg>) -> clap::Command {
        let command = command.about(short.text());
        match long {
            Some(long) => command.long_about(long.text()),
            None => command.long_about(None::<&'static str>),
        }
    }
    /// An option's description.
    fn help(command: clap::Command, id: &str, text: &Msg) -> clap::Command {
        command.mut_arg(id, |arg| {
            arg.help(text.text()).long_help(None::<&'static str>)
        })
    }
    let command = Cli::command().disable_version_flag(true).arg(
        clap::Arg::new("version")
            .short('V')
            .long("version")
            .action(clap::ArgAction::Version)
            .help(t::cli_help_flag_version().text()),
    );
    let command = SUBCOMMANDS
        .iter()
        .fold(clap_words(command), |command, name| {
            command.mut_subcommand(name, clap_words)
        });
    command
        .about(t::cli_help_about().text())
        .after_help(t::cli_help_after().text())
        .mut_subcommand("demo", |command| about(command, &t::cli_help_demo(), None))
        .mut_subcommand("login", |command| {
            about(
                command,
                &t::cli_help_login(),
                Some(&t::cli_help_login_long()),
            )
        })
        .mut_subcommand("orgs", |command| {
            let command = about(command, &t::cli_help_orgs(), None);
            help(command, "json", &t::cli_help_orgs_json())
        })
        .mut_subcommand("switch", |command| {
            let command = about(command, &t::cli_help_switch(), None);
            help(command, "org", &t::cli_help_switch_org())
        })
        .mut_subcommand("org", |command| {
            let command = about(command, &t::cli_help_org(), None);
            let command = help(command, "org", &t::cli_help_org_org());
            let command = help(command, "all", &t::cli_help_org_all());
            help(command, "json", &t::cli_help_org_json())
        })
        .mut_subcommand("logo", |command| {
            let command = about(command, &t::cli_help_logo(), Some(&t::cli_help_logo_long()));
            let command = help(command, "out", &t::cli_help_logo_out());
            let command = help(command, "set", &t::cli_help_logo_set());
            let command = help(command, "remove", &t::cli_help_logo_remove());
            help(command, "org", &t::cli_help_logo_org())
        })
        .mut_subcommand("logout", |command| {
            let command = about(command, &t::cli_help_logout(), None);
            let command = help(command, "org", &t::cli_help_logout_org());
            help(command, "all", &t::cli_help_logout_all())
        })
        .mut_subcommand("sim", |command| {
            let command = about(command, &t::cli_help_sim(), None);
            help(command, "orgs", &t::cli_help_sim_orgs())
        })
}

impl Cli {
    /// Whether this run prints to a terminal: every command but the two that open the window.
    pub fn needs_console(&self) -> bool {
        !matches!(self.command, None | Some(Command::Demo))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(arguments: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("zoho-org-viewer").chain(arguments.iter().copied()))
    }

    #[test]
    fn the_contract_parses() {
        assert_eq!(parse(&[]).unwrap().command, None);
        assert_eq!(parse(&["demo"]).unwrap().command, Some(Command::Demo));
        assert_eq!(parse(&["login"]).unwrap().command, Some(Command::Login));
        assert_eq!(
            parse(&["org"]).unwrap().command,
            Some(Command::Org {
                org: None,
                all: false,
                json: false
            })
        );
        assert_eq!(
            parse(&["org", "--org", "sandbox", "--json"])
                .unwrap()
                .command,
            Some(Command::Org {
                org: Some("sandbox".into()),
                all: false,
                json: true
            })
        );
        assert_eq!(
            parse(&["org", "--all", "--json"]).unwrap().command,
            Some(Command::Org {
                org: None,
                all: true,
                json: true
            })
        );
        assert_eq!(
            parse(&["orgs", "--json"]).unwrap().command,
            Some(Command::Orgs { json: true })
        );
        assert_eq!(
            parse(&["switch", "Zylker Labs"]).unwrap().command,
            Some(Command::Switch {
                org: "Zylker Labs".into()
            })
        );
        assert_eq!(
            parse(&["logo", "--out", "a b.png", "--org", "42"])
                .unwrap()
                .command,
            Some(Command::Logo {
                out: Some(PathBuf::from("a b.png")),
                set: None,
                remove: false,
                org: vec!["42".into()]
            })
        );
        assert_eq!(
            parse(&["logout"]).unwrap().command,
            Some(Command::Logout {
                org: None,
                all: false
            })
        );
        assert_eq!(
            parse(&["logout", "--all"]).unwrap().command,
            Some(Command::Logout {
                org: None,
                all: true
            })
        );
        assert_eq!(
            parse(&["sim"]).unwrap().command,
            Some(Command::Sim { orgs: None })
        );
        assert_eq!(
            parse(&["sim", "--orgs", "25"]).unwrap().command,
            Some(Command::Sim { orgs: Some(25) })
        );
    }

    #[test]
    fn mistakes_are_refused() {
        assert!(parse(&["logo"]).is_err(), "--out is required");
        assert!(parse(&["org", "--xml"]).is_err());
        assert!(parse(&["signin"]).is_err());
        assert!(parse(&["org", "--all", "--org", "x"]).is_err());
        assert!(parse(&["logout", "--all", "--org", "x"]).is_err());
        assert!(parse(&["switch"]).is_err(), "ORG is required");
        assert!(parse(&["sim", "--orgs", "0"]).is_err(), "at least one org");
    }

    #[test]
    fn only_the_window_commands_go_without_a_console() {
        assert!(!parse(&[]).unwrap().needs_console());
        assert!(!parse(&["demo"]).unwrap().needs_console());
        assert!(parse(&["org"]).unwrap().needs_console());
        assert!(parse(&["sim"]).unwrap().needs_console());
    }

    #[test]
    fn help_speaks_the_language_of_the_process() {
        use crate::i18n::Lang;
        crate::i18n::set_current(Lang::De);
        let help = localized_command().render_long_help().to_string();
        let logo = localized_command()
            .find_subcommand_mut("logo")
            .map(|logo| logo.render_long_help().to_string())
            .unwrap_or_default();
        crate::i18n::set_current(Lang::En);
        assert!(
            help.contains(&t::cli_help_org().text_in(Lang::De)),
            "{help}"
        );
        assert!(
            help.contains("Einstellungen (Umgebungsvariablen)"),
            "{help}"
        );
        assert!(help.contains("ZOHO_ORG_VIEWER_STORE"), "{help}");
        for heading in [
            "Aufruf: zoho-org-viewer",
            "Befehle:",
            "Optionen:",
            "Hilfe anzeigen",
        ] {
            assert!(help.contains(heading), "{heading}: {help}");
        }
        assert!(!help.contains("Print an organization's details"), "{help}");
        assert!(
            logo.contains("Das Logo der Organisation entfernen."),
            "{logo}"
        );
        assert!(logo.contains("--remove"), "{logo}");
    }

    #[test]
    fn help_documents_every_setting() {
        localized_command().debug_assert();
        let help = localized_command().render_long_help().to_string();
        for setting in [
            "ZOHO_CLIENT_ID",
            "ZOHO_CLIENT_SECRET",
            "ZOHO_ACCOUNTS_URL",
            "ZOHO_ORG_VIEWER_REDIRECT_PORT",
            "ZOHO_ORG_VIEWER_STORE",
            "RUST_LOG",
        ] {
            assert!(help.contains(setting), "{setting} is missing from --help");
        }
    }
}
