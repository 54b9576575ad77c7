# The command line's words (zoho-org-viewer in a terminal). Commands, flags such as --org,
# environment variable names (ZOHO_…, RUST_LOG) and file paths are never translated.
# Lines are plain text in a terminal: no length limit, but keep them one sentence or two.

## `--help`: the program's description, the text after the list of commands, and one line
## per command and option. Keep the layout of cli-help-after (indented names, then their
## explanation indented further); "keyring", "file", "info", "debug" and "warn" are values to
## type and stay as they are.

cli-help-about = Org Viewer for Zoho CRM: see your Zoho CRM organization's details and logo.
cli-help-after =
    Without a command, the app window opens.

    Settings (environment variables):
      ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET
          The OAuth client from Zoho's API console (https://api-console.zoho.com). Without them,
          the client saved in the app or built into it is used.
      ZOHO_ACCOUNTS_URL
          Where sign-in starts. Default https://accounts.zoho.com (Zoho forwards every data centre
          but China's); use https://accounts.zoho.com.cn in China. It must be https, or plain http
          on this computer (127.0.0.1 or localhost) for the simulated Zoho.
      ZOHO_ORG_VIEWER_REDIRECT_PORT
          Receive the sign-in on this one port only, for when ports 17645 to 17647 are taken on
          this computer. The redirect URI http://127.0.0.1:PORT/callback must then be registered
          for the client in Zoho's API console.
      ZOHO_ORG_VIEWER_STORE
          Where the sign-in is kept: "keyring" (the system keychain) or "file" (a file in your
          settings folder that only you can read). Default: the keychain, or the file when this
          computer has no keychain.
      RUST_LOG
          How much to log on stderr, e.g. "info" or "debug" (default "warn"). Tokens and the
          client secret are never printed or logged, at any level.

    Exit status: 0 on success; 1 when something went wrong, with the reason on stderr; 2 when the
    command line itself is wrong.
# clap's own parts of --help: the heading before the command's usage line, the headings of
# the lists, and the lines for -h/--help and -V/--version.
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-demo = Open the app against the built-in simulated Zoho (no Zoho account needed).
cli-help-login = Sign in to Zoho in your browser; the organization you pick there is added (or renewed).
cli-help-login-long =
    Sign in to Zoho in your browser; the organization you pick there is added (or renewed).

    Opens Zoho's sign-in page in your browser (on Linux the one named by $BROWSER, if set) and prints its address too, for when no browser opens. Then waits up to 3 minutes for the browser to come back. The organization picked on Zoho's page becomes the current one.
cli-help-orgs = List the organizations signed in on this computer, the current one marked.
cli-help-orgs-json = Print a JSON array instead (id, zgid, company_name, type, data_centre, current).
cli-help-switch = Make ORG the current organization (the one commands use without --org).
cli-help-switch-org = The organization: its ID, zgid, domain name, or a piece of its company name.
cli-help-org = Print an organization's details, grouped and in plain words.
cli-help-org-org = The organization (default: the current one): ID, zgid, domain or a piece of its name.
cli-help-org-all = Every signed-in organization, fetched at once.
cli-help-org-json = Print Zoho's org object as JSON instead, with every key Zoho sent (with --all, an array of them).
cli-help-logo = Save an organization's logo to a file (--out), or change it (--set) or remove it (--remove).
cli-help-logo-long =
    Save an organization's logo to a file (--out), or change it (--set) or remove it (--remove).

    --set and --remove open Zoho in your browser once for permission to change the logo; the permission is kept in memory only and forgotten when the change is done. The current logo is saved in the app's data folder first. A picture over Zoho's limits (1 MB, 10 megapixels) is scaled down and re-encoded to fit.
cli-help-logo-out = Save the logo to this file, byte for byte as Zoho sends it (replaced if it exists; written whole or not at all).
cli-help-logo-set = Make this picture (PNG, JPEG, GIF, WebP or BMP) the organization's logo.
cli-help-logo-remove = Remove the organization's logo.
cli-help-logo-org = The organization (default: the current one). With --set or --remove, give it more than once to change several organizations, one after the other (Zoho asks for permission for each in the browser).
cli-help-logout = Revoke a sign-in at Zoho and forget it on this computer (default: the current org).
cli-help-logout-org = The organization to sign out of.
cli-help-logout-all = Sign out of every organization.
cli-help-sim = Run the simulated Zoho in the foreground and print its addresses (Ctrl-C stops it).
cli-help-sim-orgs = Play a user in N made-up orgs instead of the demo's three (for benchmarks).

## A setting in the environment that cannot be used. $value is what was set (a web address or
## a port number, shown as typed).

cli-config-accounts-url-unreadable = ZOHO_ACCOUNTS_URL is not a web address. Set it to Zoho's sign-in server, such as https://accounts.zoho.com, or unset it.
cli-config-accounts-url-not-secure = ZOHO_ACCOUNTS_URL is { $value }, but it must start with https:// (plain http is allowed only on this computer, such as http://127.0.0.1:PORT for the simulated Zoho). Fix it, or unset it to use https://accounts.zoho.com.
cli-config-accounts-url-has-credentials = ZOHO_ACCOUNTS_URL must not contain a user name or password. Set it to the server's address alone, such as https://accounts.zoho.com.
cli-config-bad-redirect-port = ZOHO_ORG_VIEWER_REDIRECT_PORT is "{ $value }", but it must be a port number from 1 to 65535 (one whose redirect URI http://127.0.0.1:PORT/callback is registered for the client). Fix it, or unset it to use ports 17645 to 17647.
# Shown in the app window when it was started with such a setting; the setting's own message
# follows under Details.
cli-startup-setting-refused = The app was started with a setting it cannot use, so it uses its usual setting instead.
cli-startup-setting-refused-next = Whoever set up this computer can correct or remove the setting named under Details, then restart the app.
# $error is a technical reason, in English.
cli-log-setting-unreadable = RUST_LOG could not be read ({ $error }); showing warnings and errors only.

## `login`: progress lines while the browser is open, then the result. $org is a company name
## (Zoho's data, never translated); $place is cli-where-*; $duration is cli-duration-*.

cli-login-opening = Opening Zoho's sign-in page in your browser. If it does not open, go to this address:
cli-login-waiting = Waiting up to { $duration } for you to finish in the browser (Ctrl-C cancels). On Zoho's page, pick the organization to add.
cli-login-added = Signed in to Zoho and added { $org } ({ $place }); it is now the current organization.
cli-login-renewed = Renewed the sign-in of { $org } ({ $place }); it is now the current organization.
# $error is a technical reason. "Sessions" and "Connected apps" are the names of pages in the
# Zoho account's settings: use Zoho's own names for them in your language.
cli-login-old-not-revoked = The sign-in this one replaced could not be revoked at Zoho ({ $error }); you can remove it under Sessions, Connected apps in your Zoho account.
# Where an org lives: "production, Zoho's Europe data centre". $environment is cli-environment-lower,
# $place is cli-where-centre or cli-where-unknown; $centre is cli-data-centre.
cli-where-both = { $environment }, { $place }
cli-where-centre = Zoho's { $centre } data centre
cli-where-unknown = data centre not known
# $problem is a technical reason, in English.
cli-browser-not-opened = Could not open a browser ({ $problem }). Open the address above in your browser to continue.
cli-browser-fallback = If the browser does not open, go to this address:

## Zoho's names for an org's kind and data centre. $kind is Zoho's code (production, sandbox,
## developer); $shown is Zoho's own word for an unknown one. $code is the data centre's code.

cli-environment = { $kind ->
    [production] Production
    [sandbox] Sandbox
    [developer] Developer
   *[other] { $shown }
}
# The same in the middle of a sentence (lower case in English).
cli-environment-lower = { $kind ->
    [production] production
    [sandbox] sandbox
    [developer] developer
   *[other] { $kind }
}
cli-data-centre = { $code ->
    [us] United States
    [eu] Europe
    [in] India
    [au] Australia
    [jp] Japan
    [cn] China
    [ca] Canada
    [sa] Saudi Arabia
    [uk] United Kingdom
   *[other] { $code }
}
# "Europe (eu)": the data centre's name and Zoho's code for it.
cli-data-centre-with-code = { $centre } ({ $code })
cli-not-known = Not known

## `orgs`: a table of the signed-in orgs (column headings, short), then a line under it. The
## current org is marked with *; keep the * and the command as they are.

cli-orgs-heading-organization = Organization
cli-orgs-heading-environment = Environment
cli-orgs-heading-data-centre = Data centre
cli-orgs-heading-id = ID
cli-orgs-current-marked = The current organization is marked *; `zoho-org-viewer switch ORG` changes it.
cli-orgs-none = You are not signed in to any organization on this computer. Run `zoho-org-viewer login` to add one.

## `switch`, `logout`: $org is a company name.

cli-now-current = { $org } is now the current organization.
cli-logout-nothing = You are not signed in to Zoho, so there was nothing to sign out of.
cli-logout-done = Signed out of { $org }: Zoho revoked the app's access, and the sign-in was removed from this computer.

## `org --all` and `logo` with several orgs: one org's failure. $error is the reason, a whole
## sentence.

cli-org-failed = { $org }: { $error }

## `logo --out`: $description is cli-logo-described*, $file a file path; $format is a file
## format such as PNG; $size a file size such as "9.8 KB".

cli-logo-saved = Saved the logo ({ $description }) to { $file }.
cli-logo-described = { $format }, { $size }
cli-logo-described-sized = { $format }, { $width } × { $height } pixels, { $size }
# $extension is the end of the file name (jpg); $suggested the same path with the right ending.
cli-logo-extension-note = Note: the logo is a { $format } image, but the file name ends in .{ $extension }; some programs go by the name, so { $suggested } may suit it better.

## `logo --set` and `logo --remove`: what was done to the picture, the browser step and the
## result for each org. $change is a phrase from the picture fitting ("scaled from 4000×3000 to
## …, 2.3 MB → 0.98 MB", "sent as it is (PNG, …)") and $why a sentence; since their wording is
## translated elsewhere, a frame such as "Picture: { $change }." is safest.

cli-picture-is = The picture is { $change }.
cli-picture-was = The picture was { $change }. { $why }
cli-logo-one-at-a-time = Zoho gives permission for one organization at a time, so your browser opens once for each of these { $total } organizations, in turn.
# "2 of 3: Zylker Traders"
cli-logo-progress = { $number } of { $total }: { $org }
cli-logo-permission = To change the logo of { $org }, Zoho asks once in your browser for permission to change it; the app keeps that permission in memory only and forgets it when done. On Zoho's page, pick { $org }.
cli-logo-waiting = Waiting up to { $duration } for you to finish in the browser (Ctrl-C cancels).
cli-logo-changed = Changed the logo of { $org }.
cli-logo-removed = Removed the logo of { $org }.
cli-logo-backup-saved = Saved a copy of the current logo to { $file }.
cli-logo-no-backup = { $org } had no logo, so there was nothing to keep a copy of.
