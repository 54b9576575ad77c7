//! The app as an admin uses it, against the simulated Zoho over real sockets: sign in, see the
//! organization and its logo, copy values, save and copy the logo, refresh, sign out.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use support::app::SAMPLE_ORG_ID;
use support::app::World;
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions, SimPhoto};
use zoho_org_viewer::ui::{Freshness, LogoState, Screen, Status};
use zoho_org_viewer::worker::SaveChoice;

/// The sim's organization as JSON, as Zoho would send it.
fn sim_org(world: &World) -> serde_json::Value {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let tokens = world.sim.mint_tokens("ZohoCRM.org.READ");
    runtime.block_on(async {
        zoho_org_viewer::zoho::http::install_tls_crypto();
        let client = reqwest::Client::new();
        let bytes = client
            .get(world.sim.api_url().join("crm/v7/org").unwrap())
            .header(
                "Authorization",
                format!("Zoho-oauthtoken {}", tokens.access_token),
            )
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        body["org"][0].clone()
    })
}

#[test]
fn signing_in_shows_the_organization_and_its_logo() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_text(&mut harness, "Waiting for you to sign in");
    let page = world.play_browser(&mut harness, "allow");
    assert!(
        page.contains("Org Viewer for Zoho CRM now shows"),
        "the browser tab ends on our page: {page}"
    );

    world.step_until_logo(&mut harness);
    assert!(harness.query_all_by_label("Zylker Traders").count() >= 1);
    assert_eq!(
        harness.query_all_by_label("Organization logo").count(),
        2,
        "the header's and the panel's, both known to screen readers"
    );
    harness.get_by_label_contains("PNG · 480 × 160 px");
    assert_eq!(
        harness.query_all_by_label("Production").count(),
        3,
        "the header's badge, the Environment row and the switcher's badge"
    );
    // The exchange went to the user's own data centre, the second accounts server.
    let stats = world.sim.stats();
    assert_eq!(stats.code_exchanges, 1);
    assert_eq!(
        stats.org_requests, 2,
        "one to learn which org the sign-in is for, one with the logo"
    );
    assert_eq!(stats.photo_requests, 1);
    let saved = world.saved_session().expect("the sign-in is remembered");
    assert_eq!(
        saved.accounts_server.origin(),
        world.sim.second_accounts_url().origin()
    );
}

#[test]
fn every_copy_button_copies_its_own_value() {
    let mut world = World::new(SimOptions::default());
    // Tall enough that every row is on screen without scrolling.
    let mut harness = world.harness_sized(world.config(), egui::vec2(1100.0, 2600.0));
    world.sign_in(&mut harness);
    let Screen::Organization(view) = harness.state().screen() else {
        panic!("not on the organization")
    };
    let rows: Vec<(String, Option<String>)> = view
        .data
        .sections
        .iter()
        .flat_map(|section| &section.rows)
        // Times copy the exact value Zoho sent; the rest what is shown.
        .map(|row| {
            (
                row.label.to_string(),
                row.copy_text().map(|copy| copy.into_owned()),
            )
        })
        .collect();
    assert!(
        rows.len() > 30,
        "every field of the sample is shown: {}",
        rows.len()
    );
    for (label, value) in rows {
        let button = format!("Copy {label}");
        match value {
            Some(value) => {
                harness.get_by_label(&button).click();
                world.copied.clear();
                world.step(&mut harness);
                assert_eq!(world.copied, [value], "{button}");
                // The button confirms the copy, for screen readers too.
                world.step(&mut harness);
                harness.get_by_label(&format!("Copied {label}"));
            }
            None => assert!(
                harness.query_by_label(&button).is_none(),
                "nothing to copy for {label}"
            ),
        }
    }
}

#[test]
fn copy_as_json_is_the_organization_zoho_sent_and_copy_all_is_readable() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);

    harness.get_by_label("Copy as JSON").click();
    world.copied.clear();
    world.step(&mut harness);
    let copied: serde_json::Value = serde_json::from_str(&world.copied[0]).expect("valid JSON");
    assert_eq!(copied, sim_org(&world));
    assert!(
        copied.get("fiscal_year_start_month").is_some(),
        "unknown keys are kept"
    );

    harness.get_by_label("Copy all").click();
    world.copied.clear();
    world.step(&mut harness);
    let text = &world.copied[0];
    assert!(text.starts_with("Zylker Traders (Production)\n"), "{text}");
    assert!(text.contains("\nCompany name: Zylker Traders\n"), "{text}");
    assert!(
        text.contains("\nOther\n"),
        "unknown fields under Other: {text}"
    );
    assert!(!text.contains('{'), "readable, not JSON: {text}");
}

#[test]
fn saving_the_logo_writes_the_exact_bytes() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "Save logo…");
    let target = world.home.path().join("saved logo.png");
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Chosen(target.clone()));
    harness.get_by_label("Save logo…").click();
    world.step_until_text(&mut harness, "Saved to");
    let expected = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo/zylker-logo.png"
    ))
    .unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), expected);
    // The dialog suggested "<company> logo.<ext>".
    let dialogs = world.desktop.save_dialogs.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].1, "Zylker Traders logo.png");

    harness.get_by_label("Open folder").click();
    let started = Instant::now();
    while world.desktop.opened.lock().unwrap().is_empty() {
        assert!(started.elapsed() < Duration::from_secs(10));
        world.step(&mut harness);
    }
    assert_eq!(world.desktop.opened.lock().unwrap()[0], world.home.path());
}

#[test]
fn exporting_a_pdf_saves_it_and_says_where() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "Export…");
    let target = world.home.path().join("card.pdf");
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Chosen(target.clone()));
    harness.get_by_label("Export…").click();
    world.step_until_label(&mut harness, "PDF document…");
    harness.get_by_label("PDF document…").click();
    world.step_until_text(&mut harness, "Exported to");
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));
    let dialogs = world.desktop.save_dialogs.lock().unwrap().clone();
    assert_eq!(dialogs.len(), 1);
    assert_eq!(dialogs[0].1, "Zylker Traders organization.pdf");
    assert_eq!(
        world.desktop.save_titles.lock().unwrap().clone(),
        ["Export as PDF"]
    );

    harness.get_by_label("Open folder").click();
    let started = Instant::now();
    while world.desktop.opened.lock().unwrap().is_empty() {
        assert!(started.elapsed() < Duration::from_secs(10));
        world.step(&mut harness);
    }
    assert_eq!(world.desktop.opened.lock().unwrap()[0], world.home.path());
}

#[test]
fn without_a_save_dialog_the_app_asks_for_the_path_itself_and_never_overwrites_silently() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "Save logo…");
    let target = world.home.path().join("kept.png");
    std::fs::write(&target, b"older file").unwrap();

    // No portal: the dialog "returns at once".
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Unavailable);
    // Ctrl+S, the keyboard way to *Save logo…*.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    save_in_the_apps_prompt(&mut world, &mut harness, "Zylker Traders logo.png", &target);
    world.step_until_text(&mut harness, "already exists there. Replace it?");
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"older file",
        "nothing written before the answer"
    );
    harness.get_by_label("Replace").click();
    world.step_until_text(&mut harness, "Saved to");
    let expected = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo/zylker-logo.png"
    ))
    .unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), expected);
}

#[test]
fn without_a_save_dialog_an_export_is_saved_through_the_apps_own_prompt() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "Export…");
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Unavailable);
    harness.get_by_label("Export…").click();
    world.step_until_label(&mut harness, "JSON file…");
    let target = world.home.path().join("exports").join("card.json");
    std::fs::create_dir(target.parent().unwrap()).unwrap();
    harness.get_by_label("JSON file…").click();
    save_in_the_apps_prompt(
        &mut world,
        &mut harness,
        "Zylker Traders organization.json",
        &target,
    );
    world.step_until_text(&mut harness, "Exported to");
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(saved, sim_org(&world), "the org exactly as Zoho sent it");
    assert!(
        world.desktop.save_dialogs.lock().unwrap().len() <= 1,
        "the system dialog was tried at most once"
    );
}

/// Waits for the app's own save prompt, checks that it suggests a full path ending in
/// `suggested`, types `target` over it and presses *Save*.
fn save_in_the_apps_prompt(
    world: &mut World,
    harness: &mut egui_kittest::Harness<'static, zoho_org_viewer::ui::OrgViewerApp>,
    suggested: &str,
    target: &std::path::Path,
) {
    world.step_until_label(harness, "Save as");
    let shown = {
        use egui_kittest::kittest::NodeT as _;
        harness
            .get_by_label("Save as")
            .accesskit_node()
            .value()
            .unwrap_or_default()
    };
    assert_eq!(
        std::path::Path::new(&shown).file_name(),
        Some(std::ffi::OsStr::new(suggested)),
        "a full path with the suggested name: {shown}"
    );
    harness.get_by_label("Save as").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Save as")
        .type_text(&target.display().to_string());
    world.step(harness);
    harness.get_by_label("Save").click();
}

#[test]
fn copy_image_puts_the_full_size_picture_on_the_clipboard() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until(&mut harness, "the logo", |harness| {
        harness.query_all_by_label("Organization logo").count() == 2
    });
    harness.get_by_label("Copy image").click();
    world.step_until(
        &mut harness,
        "the copy to finish",
        |harness| matches!(harness.state().status(), Status::Done(text) if text.text_in(zoho_org_viewer::i18n::Lang::En).contains("copied")),
    );
    let images = world.desktop.images.lock().unwrap();
    assert_eq!(images.len(), 1);
    let (width, height, rgba) = &images[0];
    assert_eq!((*width, *height), (480, 160));
    assert_eq!(rgba.len(), 480 * 160 * 4);
}

#[test]
fn an_organization_without_a_logo_says_so() {
    let mut world = World::new(SimOptions::default().photo(None));
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "This organization has no logo.");
    assert!(
        !harness.get_by_label("Save logo…").is_enabled_or_panic(),
        "nothing to save"
    );
}

/// A small extension: kittest nodes report `disabled` through AccessKit.
trait Enabled {
    fn is_enabled_or_panic(&self) -> bool;
}

impl Enabled for egui_kittest::Node<'_> {
    fn is_enabled_or_panic(&self) -> bool {
        use egui_kittest::kittest::NodeT as _;
        !self.accesskit_node().is_disabled()
    }
}

#[test]
fn each_zoho_error_shows_its_own_message_and_keeps_the_data() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    let cases: Vec<(Fault, &str)> = vec![
        (
            Fault::ZohoError {
                code: "NO_PERMISSION".into(),
            },
            "Your Zoho CRM user is not allowed to read the organization details.",
        ),
        (
            Fault::ZohoError {
                code: "INTERNAL_ERROR".into(),
            },
            "Zoho had an internal problem while sending the organization details.",
        ),
        (
            Fault::ZohoError {
                code: "OAUTH_SCOPE_MISMATCH".into(),
            },
            "Your sign-in does not include permission to read the organization details.",
        ),
        (
            Fault::ZohoError {
                code: "AUTHORIZATION_FAILED".into(),
            },
            "Your Zoho CRM user does not have the privileges to read the organization details.",
        ),
        (
            Fault::ZohoError {
                code: "INVALID_URL_PATTERN".into(),
            },
            "Zoho did not recognise the address this app used for the organization details.",
        ),
        (
            Fault::ZohoError {
                code: "INVALID_REQUEST_METHOD".into(),
            },
            "Zoho did not accept the way this app asked for the organization details.",
        ),
        (
            Fault::TooManyRequests {
                retry_after_secs: Some(120),
            },
            "Zoho is limiting how often this app may ask for data right now.",
        ),
        (
            Fault::HtmlErrorPage,
            "A web page came back instead of the organization details",
        ),
        (
            Fault::MalformedJson,
            "Zoho's answer with the organization details could not be read.",
        ),
        (
            Fault::TruncatedBody,
            "The answer with the organization details was cut off before it was complete.",
        ),
        (
            Fault::OversizeBody {
                bytes: 1024 * 1024 + 1,
            },
            "Zoho's answer for the organization details was larger than 1 MB",
        ),
    ];
    for (fault, message) in cases {
        let problem = world.refresh_failing(&mut harness, Endpoint::Org, fault.clone(), message);
        harness.get_by_label_contains(message);
        // What to do comes with it.
        harness.get_by_label(&problem.resolution.as_ref().unwrap().text());
        // The organization stays on screen, marked as not up to date.
        let Screen::Organization(view) = harness.state().screen() else {
            panic!("{fault:?}: the organization is gone")
        };
        // Stale, or offline for a page from something between the app and Zoho.
        assert_ne!(view.freshness, Freshness::Live, "{fault:?}");
        harness.get_by_label_contains(": showing saved data");
        // *Details* shows the HTTP status and the time.
        harness.get_by_label("Details").click();
        world.step(&mut harness);
        world.step(&mut harness);
        harness.get_by_label("Time");
        if let Some(status) = problem.http_status {
            harness.get_by_label("HTTP status");
            assert!(
                harness
                    .query_all_by_label(&status.to_string())
                    .next()
                    .is_some(),
                "{fault:?}: HTTP {status}"
            );
        }
        // The details hold Zoho's code for a support ticket.
        harness.get_by_label("Copy details").click();
        world.copied.clear();
        world.step(&mut harness);
        assert!(
            world.copied[0].contains(message),
            "{fault:?}: {}",
            world.copied[0]
        );
        if let Fault::ZohoError { code } = &fault {
            assert!(
                world.copied[0].contains(&format!("Zoho code: {code}")),
                "{}",
                world.copied[0]
            );
        }
    }
}

#[test]
fn refreshing_while_offline_keeps_the_data_and_says_it_is_offline() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Org, Fault::Offline));
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Photo, Fault::Offline));
    harness.get_by_label("Refresh").click();
    world.step_until_text(&mut harness, "Offline: showing saved data");
    let Screen::Organization(view) = harness.state().screen() else {
        panic!("the organization is gone")
    };
    assert_eq!(view.freshness, Freshness::Offline);
    assert!(
        matches!(view.logo.state, LogoState::Shown { .. }),
        "the logo stays"
    );
    harness.get_by_label_contains("dropped before the answer arrived");
}

#[test]
fn a_revoked_sign_in_leads_back_to_sign_in_with_a_message() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "INVALID_TOKEN".into(),
        },
    ));
    world.sim.set_fault(FaultRule::new(
        Endpoint::Token,
        Fault::TokenError {
            error: "invalid_code".into(),
            description: None,
        },
    ));
    harness.key_press(egui::Key::F5);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label_contains("no longer valid");
    assert!(
        world.saved_session().is_none(),
        "the dead sign-in is forgotten"
    );
}

#[test]
fn an_expired_access_token_is_refreshed_silently() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.sim.expire_access_tokens();
    let before = world.sim.stats();
    harness.key_press(egui::Key::F5);
    let started = Instant::now();
    while world.sim.stats().org_requests < before.org_requests + 2 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no retry after INVALID_TOKEN"
        );
        world.step(&mut harness);
    }
    world.step_until(&mut harness, "the refresh to end", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
    assert_eq!(
        world.sim.stats().refreshes,
        before.refreshes + 1,
        "one new token, not one per call"
    );
    assert!(
        !matches!(harness.state().status(), Status::Problem(_)),
        "no message for a silent refresh"
    );
}

#[test]
fn signing_out_revokes_returns_to_welcome_and_forgets_everything() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    // Let the cache be written, so there is something to forget.
    let started = Instant::now();
    while !world.cache_file("organization.json").exists() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the organization is kept for next time"
        );
        world.step(&mut harness);
    }
    world.sign_out(&mut harness);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    // The welcome screen comes as soon as the org leaves the list; the revocation and the
    // forgetting end with the worker's one answer.
    world.step_until(
        &mut harness,
        "the sign-out to end",
        |harness| matches!(harness.state().status(), Status::Done(text) if text.text_in(zoho_org_viewer::i18n::Lang::En) == "Signed out"),
    );
    assert_eq!(world.sim.stats().revocations, 1);
    assert!(world.saved_session().is_none());
    assert!(
        !world.cache_file("organization.json").exists(),
        "no data left behind"
    );
}

#[test]
fn denying_access_in_the_browser_returns_to_welcome_with_a_message() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    let page = world.play_browser(&mut harness, "deny");
    assert!(page.contains("did not complete"), "{page}");
    world.step_until_text(&mut harness, "Access was not allowed");
    assert!(matches!(harness.state().screen(), Screen::Welcome(_)));
    assert!(world.saved_session().is_none());
}

#[test]
fn cancelling_the_sign_in_closes_the_port_and_returns_to_welcome() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_label(&mut harness, "Open the sign-in page again");
    let url = world
        .opened_urls
        .last()
        .expect("the sign-in page opened")
        .clone();
    assert!(url.starts_with(world.sim.accounts_url().as_str()), "{url}");
    // The address is on screen too, with a copy button, for when no browser opens.
    harness.get_by_label("Copy sign-in address").click();
    world.copied.clear();
    world.step(&mut harness);
    assert_eq!(world.copied, [url]);
    harness.get_by_label("Cancel").click();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    // The loopback port is free again.
    let started = Instant::now();
    while std::net::TcpListener::bind(("127.0.0.1", world.port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the sign-in port stayed open"
        );
        world.step(&mut harness);
    }
}

#[test]
fn the_ui_keeps_drawing_while_zoho_is_slow() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    // Well beyond the 1.5 s watched below, even when each frame is slow on a busy machine.
    world.sim.set_latency(Endpoint::Org, Duration::from_secs(4));
    world
        .sim
        .set_latency(Endpoint::Photo, Duration::from_secs(4));
    let held_before = world.sim.stats().delayed_requests;
    harness.get_by_label("Refresh").click();
    // Counted, not timed: once Zoho holds the request, a UI that waited on the network could
    // not draw another frame until the 4 s answer came; this one draws ten and still waits.
    let started = Instant::now();
    while !world_sim_held(&world.sim, held_before) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "Zoho never got the request"
        );
        world.step(&mut harness);
    }
    for frame in 0..10 {
        world.step(&mut harness);
        assert!(
            matches!(harness.state().screen(), Screen::Organization(view) if view.refreshing),
            "frame {frame} was drawn while Zoho still held the answer"
        );
    }
    harness.get_by_label("Refreshing…");
    world.step_until(&mut harness, "the slow answer", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
}

#[test]
fn coming_back_shows_the_last_organization_at_once_then_refreshes() {
    let mut world = World::new(SimOptions::default());
    {
        let mut harness = world.harness();
        world.sign_in(&mut harness);
        let started = Instant::now();
        while !world.cache_file("logo").exists() {
            assert!(started.elapsed() < Duration::from_secs(10));
            world.step(&mut harness);
        }
    }
    // Zoho is slow on the next start: the saved organization shows first.
    world.sim.set_latency(Endpoint::Org, Duration::from_secs(2));
    let mut harness = world.harness();
    world.step_until(&mut harness, "the saved organization", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.freshness == Freshness::Cached)
    });
    harness.get_by_label_contains("From your last visit");
    world.step_until(&mut harness, "the saved logo", |harness| {
        harness.query_all_by_label("Organization logo").count() == 2
    });
    world.step_until(&mut harness, "the fresh organization", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.freshness == Freshness::Live)
    });
}

#[test]
fn the_demo_runs_the_whole_app_against_the_built_in_simulated_zoho() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // As installed: no configured accounts server, no client in the environment.
    config.accounts_url = None;
    config.env = std::sync::Arc::new(|_| None);
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Try the demo");
    harness.get_by_label("Try the demo").click();
    let page = world.play_browser(&mut harness, "allow");
    assert!(page.contains("Org Viewer for Zoho CRM now shows"), "{page}");
    world.step_until_label(&mut harness, "Copy as JSON");
    assert!(harness.state().is_demo());
    harness.get_by_label("Demo");
    // The demo never touches the person's own sign-in.
    assert!(world.saved_session().is_none());
    assert_eq!(
        world.sim.stats().code_exchanges,
        0,
        "the demo has its own simulated Zoho"
    );
    world.sign_out(&mut harness);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    assert!(!harness.state().is_demo());
}

#[test]
fn after_a_crash_the_next_start_says_where_the_report_is() {
    let mut world = World::new(SimOptions::default());
    let data = world.home.path().join("data");
    zoho_org_viewer::crash::write_report(&data, "index out of bounds", Some("src/ui/app.rs:42"))
        .unwrap();
    let mut harness = world.harness();
    world.step_until_text(&mut harness, "closed unexpectedly last time");
    assert!(
        data.join(zoho_org_viewer::crash::MENTIONED_REPORT_FILE_NAME)
            .is_file()
    );
    // Said once: a second start is quiet about it.
    drop(harness);
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    assert!(
        harness
            .query_by_label_contains("closed unexpectedly")
            .is_none()
    );
}

#[test]
fn a_logo_that_fails_alone_is_reported_and_not_mistaken_for_no_logo() {
    let mut world = World::new(SimOptions::default());
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Photo, Fault::Offline));
    {
        let mut harness = world.harness();
        world.sign_in(&mut harness);
        world.step_until_label(
            &mut harness,
            "The logo could not be loaded. Refresh to try again.",
        );
        assert!(
            matches!(harness.state().status(), Status::Problem(problem) if problem.summary.text().contains("dropped before the answer arrived")),
            "the status area says why: {:?}",
            harness.state().status()
        );
        let Screen::Organization(view) = harness.state().screen() else {
            panic!("the organization is gone")
        };
        assert_eq!(view.freshness, Freshness::Live, "the organization came");
        // Give the worker time to keep (or, rightly, not keep) the data for next time.
        let started = Instant::now();
        while started.elapsed() < Duration::from_millis(500) {
            world.step(&mut harness);
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(
            !world.cache_file("organization.json").exists(),
            "nothing is kept until a refresh gets the logo too"
        );
    }
    // Next start, with the logo slow to come: it must not claim there is no logo.
    world.sim.clear_faults();
    world
        .sim
        .set_latency(Endpoint::Photo, Duration::from_secs(2));
    let mut harness = world.harness();
    world.step_until(&mut harness, "the organization", |harness| {
        matches!(harness.state().screen(), Screen::Organization(_))
    });
    let Screen::Organization(view) = harness.state().screen() else {
        unreachable!()
    };
    assert!(
        !matches!(view.logo.state, LogoState::Missing),
        "a logo that failed to arrive is not 'no logo'"
    );
    world.step_until_logo(&mut harness);
}

#[test]
fn a_logo_on_screen_stays_when_fetching_it_again_fails() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    let cases: Vec<(Fault, &str)> = vec![
        (Fault::TruncatedBody, "The answer with the logo was cut off"),
        (
            Fault::HtmlErrorPage,
            "A web page came back instead of the logo",
        ),
        (
            Fault::ZohoError {
                code: "INTERNAL_ERROR".into(),
            },
            "Zoho had an internal problem while sending the logo.",
        ),
        (Fault::Offline, "The connection to Zoho"),
    ];
    for (fault, message) in cases {
        world.refresh_failing(&mut harness, Endpoint::Photo, fault.clone(), message);
        world.step_until(&mut harness, "the refresh to end", |harness| {
            matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
        });
        let Screen::Organization(view) = harness.state().screen() else {
            panic!("{fault:?}: the organization is gone")
        };
        assert!(
            matches!(view.logo.state, LogoState::Shown { .. }),
            "{fault:?}: the logo stays"
        );
        assert_eq!(view.freshness, Freshness::Live, "{fault:?}");
        assert!(
            harness.get_by_label("Copy image").is_enabled_or_panic(),
            "{fault:?}: the logo can still be copied"
        );
    }
}

#[test]
fn organization_and_logo_are_fetched_at_the_same_time() {
    let mut world = World::new(SimOptions::default());
    world
        .sim
        .set_latency(Endpoint::Org, Duration::from_millis(400));
    world
        .sim
        .set_latency(Endpoint::Photo, Duration::from_millis(400));
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    assert_eq!(
        world.sim.stats().peak_concurrent_crm_requests,
        2,
        "both requests were under way together"
    );
}

#[test]
fn a_logo_the_app_cannot_draw_can_still_be_saved() {
    let logo = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/demo/zylker-logo.png"
    ))
    .unwrap();
    let damaged = logo[..logo.len() / 2].to_vec();
    let mut world =
        World::new(SimOptions::default().photo(Some(SimPhoto::png(damaged.clone(), "logo.png"))));
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_text(&mut harness, "The logo file is damaged and cannot be shown");
    assert!(!harness.get_by_label("Copy image").is_enabled_or_panic());
    assert!(harness.get_by_label("Save logo…").is_enabled_or_panic());
    let target = world.home.path().join("as sent.png");
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Chosen(target.clone()));
    harness.get_by_label("Save logo…").click();
    world.step_until_text(&mut harness, "Saved to");
    assert_eq!(
        std::fs::read(&target).unwrap(),
        damaged,
        "the bytes as Zoho sent them"
    );
}

#[test]
fn zoho_refusing_the_sign_in_leads_back_to_sign_in() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "AUTHENTICATION_FAILURE".into(),
        },
    ));
    harness.key_press(egui::Key::F5);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label_contains("Zoho did not accept this app's sign-in");
    assert!(world.saved_session().is_none());
}

#[test]
fn signing_out_while_zoho_is_unreachable_still_forgets_and_says_so() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world
        .sim
        .set_fault(FaultRule::new(Endpoint::Revoke, Fault::Offline));
    world.sign_out(&mut harness);
    world.step_until_text(&mut harness, "Zoho could not be told");
    assert!(matches!(harness.state().screen(), Screen::Welcome(_)));
    harness.get_by_label_contains("Connected apps");
    assert!(world.saved_session().is_none());
}

#[test]
fn zoho_refusing_the_code_exchange_returns_to_welcome_with_what_to_do() {
    let mut world = World::new(SimOptions::default());
    world.sim.set_fault(FaultRule::new(
        Endpoint::Token,
        Fault::TokenError {
            error: "invalid_client".into(),
            description: None,
        },
    ));
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    let page = world.play_browser(&mut harness, "allow");
    assert!(
        page.contains("did not complete"),
        "the browser tab says so too: {page}"
    );
    world.step_until_text(
        &mut harness,
        "Zoho does not recognise this app's client ID for your account's data centre.",
    );
    assert!(matches!(harness.state().screen(), Screen::Welcome(_)));
    harness.get_by_label_contains("enable your data centre");
    assert!(world.saved_session().is_none());
}

#[test]
fn refresh_pressed_while_one_runs_is_answered_with_a_new_fetch() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    // The organization comes at once and the logo a second later, so F5 lands while the worker
    // is still busy with the first refresh.
    world
        .sim
        .set_latency(Endpoint::Photo, Duration::from_secs(1));
    harness.key_press(egui::Key::F5);
    world.step_until(&mut harness, "the organization of the first refresh", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
    let before = world.sim.stats().org_requests;
    harness.key_press(egui::Key::F5);
    world.step_until(&mut harness, "the second refresh to end", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if !view.refreshing)
    });
    assert_eq!(
        world.sim.stats().org_requests,
        before + 1,
        "the refresh asked for during the first one ran after it"
    );
}

#[test]
fn a_second_org_is_added_from_the_menu_and_switched_to_at_once() {
    const SANDBOX: &str = "4876876000004120011";
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);

    harness.get_by_label_contains("Menu").click();
    // The switcher has it too; the menu's is the second.
    world.step_until(&mut harness, "the menu", |harness| {
        harness.query_all_by_label("Add an organization…").count() == 2
    });
    harness
        .query_all_by_label("Add an organization…")
        .last()
        .unwrap()
        .click();
    // One sentence on Zoho's picker before the browser opens.
    world.step_until_label(&mut harness, "Continue in the browser");
    harness.get_by_label("Continue in the browser").click();
    world.step(&mut harness);
    let page = world.play_browser_for_org(&mut harness, SANDBOX);
    assert!(
        page.contains("<bdi>Zylker Traders (Sandbox)</bdi> was added"),
        "the browser's page names the org Zoho's page picked: {page}"
    );
    world.step_until(&mut harness, "the sandbox", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == SANDBOX)
    });
    assert!(
        harness
            .query_all_by_label("Zylker Traders (Sandbox)")
            .count()
            >= 1
    );
    let index = world.sign_ins().index().unwrap();
    assert_eq!(index.orgs().len(), 2, "both orgs are kept");

    // Switching shows the other org's data in the same frame, before the worker answers.
    harness.get_by_label_contains("Menu").click();
    world.step_until_label(&mut harness, "Zylker Traders (production)");
    harness.get_by_label("Zylker Traders (production)").click();
    harness.step();
    assert!(
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == SAMPLE_ORG_ID),
        "the production org is on screen at once"
    );
    let started = Instant::now();
    while world_current(&world).as_deref() != Some(SAMPLE_ORG_ID) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the switch is kept for the next run"
        );
        world.step(&mut harness);
    }
}

/// Whether the simulated Zoho holds more requests back than `before` (its latency at work).
fn world_sim_held(sim: &zoho_org_viewer::sim::Sim, before: u32) -> bool {
    sim.stats().delayed_requests > before
}

/// The current org as kept between runs.
fn world_current(world: &World) -> Option<String> {
    world
        .sign_ins()
        .index()
        .ok()?
        .current()
        .map(|org| org.id.clone())
}
