//! The window in the pseudo-locale (issue 14): every word of the welcome screen, the menu,
//! About, the client form, the sign-in wait, the logo panel, the save prompt and the logo
//! change comes from the catalog (so it shows accented), and with texts 40 % longer than
//! English nothing runs off the 640×480 window or lies over its neighbour. The checks read the
//! screen reader's tree: each text node's label and bounding rect.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, Node};
use support::app::{Dropped, World, gl_renderer};
use zoho_org_viewer::i18n::{Lang, Msg, t};
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions};
use zoho_org_viewer::ui::{APP_NAME, OrgViewerApp, use_system_fonts_for};
use zoho_org_viewer::worker::{SaveChoice, WorkerConfig};

/// The smallest window every screen must work in.
const SIZE: egui::Vec2 = egui::vec2(640.0, 480.0);

/// A message as the pseudo-locale words it: what the tests look widgets up by.
fn pseudo(message: &Msg) -> String {
    message.text_in(Lang::Pseudo)
}

/// The app at 640×480, speaking the pseudo-locale as the system's language.
fn harness(config: WorkerConfig) -> Harness<'static, OrgViewerApp> {
    Harness::builder()
        .with_size(SIZE)
        .renderer(gl_renderer())
        .build_eframe(move |cc| {
            let mut app = OrgViewerApp::new(cc, config).unwrap();
            app.assume_system_language(Lang::Pseudo);
            use_system_fonts_for(&cc.egui_ctx, Lang::Pseudo);
            app
        })
}

/// A text the screen shows, as the screen reader's tree has it.
#[derive(Debug)]
struct Text {
    label: String,
    role: Role,
    rect: egui::Rect,
    /// The container it is drawn in (an ID, for comparing).
    parent: Option<String>,
}

/// The roles that carry words a person reads (containers and scroll bars do not).
fn is_text_role(role: Role) -> bool {
    matches!(
        role,
        Role::Label
            | Role::Button
            | Role::Link
            | Role::CheckBox
            | Role::RadioButton
            | Role::MenuItem
            | Role::MenuItemRadio
            | Role::MenuItemCheckBox
            | Role::ComboBox
            | Role::Image
            | Role::TextInput
            | Role::PasswordInput
    )
}

/// The visible text nodes of `scope` and below.
fn texts(scope: &Node<'_>) -> Vec<Text> {
    std::iter::once(*scope)
        .chain(scope.children_recursive())
        .filter_map(|node| {
            let access = node.accesskit_node();
            // A label's words and a drop-down's choice are their value; a field's value is
            // what was typed, not words.
            let label = if matches!(access.role(), Role::Label | Role::ComboBox) {
                access.value()
            } else {
                access.label()
            }
            .filter(|label| !label.trim().is_empty())?;
            let bounds = access.bounding_box()?;
            let rect = egui::Rect::from_min_max(
                egui::pos2(bounds.x0 as f32, bounds.y0 as f32),
                egui::pos2(bounds.x1 as f32, bounds.y1 as f32),
            );
            (is_text_role(access.role()) && !access.is_hidden() && rect.area() > 0.0).then(|| {
                Text {
                    label,
                    role: access.role(),
                    rect,
                    parent: access.parent_id().map(|id| format!("{id:?}")),
                }
            })
        })
        .collect()
}

/// Whether `text` is the pseudo-locale's: it has one of its accented letters.
fn is_pseudo(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{100}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}'))
}

/// Text that is not the catalog's: the product's name, the languages' own names, addresses,
/// numbers and signs, and the Zoho data the test names in `data`.
fn is_exempt(text: &str, data: &[&str]) -> bool {
    text == APP_NAME
        || data.iter().any(|value| text.contains(value))
        || Lang::OFFERED.iter().any(|lang| lang.native_name() == text)
        || text.starts_with("http")
        || !text.chars().any(char::is_alphabetic)
}

/// The checks of one screen (`what`) in the part of the tree under `scope`: every text of the
/// catalog is accented, no text runs past the window's sides, no two neighbours overlap.
fn assert_fits(scope: &Node<'_>, what: &str, data: &[&str]) {
    let found = texts(scope);
    assert!(
        found.len() >= 3,
        "{what}: too few texts to check: {found:#?}"
    );
    let mut problems = Vec::new();
    for text in &found {
        if !is_pseudo(&text.label) && !is_exempt(&text.label, data) {
            problems.push(format!(
                "English, not from the catalog: {:?} ({:?})",
                text.label, text.role
            ));
        }
        if text.rect.left() < -0.5 || text.rect.right() > SIZE.x + 0.5 {
            problems.push(format!(
                "past the window's side: {:?} at {:?}",
                text.label, text.rect
            ));
        }
    }
    for (index, first) in found.iter().enumerate() {
        for second in &found[index + 1..] {
            if first.parent != second.parent {
                continue;
            }
            let overlap = first.rect.shrink(0.5).intersect(second.rect.shrink(0.5));
            if overlap.is_positive() {
                problems.push(format!(
                    "overlap: {:?} at {:?} and {:?} at {:?}",
                    first.label, first.rect, second.label, second.rect
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

/// The part of the tree around the text `label`: the container it is drawn in.
fn container_of<'tree>(
    harness: &'tree Harness<'_, OrgViewerApp>,
    label: &'tree str,
) -> Node<'tree> {
    harness.get_by_label(label).parent().unwrap()
}

/// Steps until `label` shows and a few frames more, so what appeared is laid out.
fn settle_on(world: &mut World, harness: &mut Harness<'_, OrgViewerApp>, label: &str) {
    world.step_until_label(harness, label);
}

#[test]
fn the_welcome_screen_menu_about_and_client_form_speak_the_catalog_and_fit() {
    let mut world = World::new(SimOptions::default());
    let mut config = world.config();
    // No Zoho client anywhere: signing in leads to the client form.
    config.env = Arc::new(|_| None);
    // Sign-in starts at no configured address: the welcome screen offers the region.
    config.accounts_url = None;
    let mut harness = harness(config);

    let sign_in = pseudo(&t::ui_sign_in_with_zoho());
    settle_on(&mut world, &mut harness, &sign_in);
    let account_in = pseudo(&t::ui_account_in());
    let region = harness.get_by_role_and_label(Role::ComboBox, &account_in);
    assert_eq!(
        region.accesskit_node().value(),
        Some(pseudo(&t::ui_region_global()))
    );
    assert_fits(&harness.root(), "welcome", &[]);

    harness.get_by_label(&pseudo(&t::ui_menu())).click();
    settle_on(&mut world, &mut harness, &pseudo(&t::ui_appearance()));
    assert_fits(
        &container_of(&harness, &pseudo(&t::ui_appearance())),
        "menu",
        &[],
    );

    harness.get_by_label(&pseudo(&t::ui_about())).click();
    let about = pseudo(&t::ui_about_text());
    settle_on(&mut world, &mut harness, &about);
    assert_fits(&container_of(&harness, &about), "About", &[]);
    harness.get_by_label(&pseudo(&t::ui_close())).click();
    world.step(&mut harness);
    world.step(&mut harness);

    harness.get_by_label(&sign_in).click();
    settle_on(&mut world, &mut harness, &pseudo(&t::ui_connect_title()));
    assert_fits(&harness.root(), "client form", &[]);
}

#[test]
fn signing_in_the_logo_panel_the_save_prompt_and_the_logo_change_speak_the_catalog_and_fit() {
    let mut world = World::new(SimOptions::default());
    let mut harness = harness(world.config());

    let sign_in = pseudo(&t::ui_sign_in_with_zoho());
    settle_on(&mut world, &mut harness, &sign_in);
    harness.get_by_label(&sign_in).click();
    // The address to copy shows once the sign-in page is ready.
    settle_on(
        &mut world,
        &mut harness,
        &pseudo(&t::ui_browser_did_not_open()),
    );
    assert_fits(&harness.root(), "signing in", &[]);

    world.play_browser(&mut harness, "allow");
    world.step_until_logo(&mut harness);
    let heading = pseudo(&t::ui_logo_heading());
    settle_on(&mut world, &mut harness, &heading);
    // The picture's format and size (units such as px and KB are not translated).
    let file = ["PNG · "];
    assert_fits(&container_of(&harness, &heading), "logo panel", &file);

    // The menu with the signed-in organizations, and the question before signing out of one.
    harness.get_by_label(&pseudo(&t::ui_menu())).click();
    let organizations = pseudo(&t::ui_organizations());
    settle_on(&mut world, &mut harness, &organizations);
    // The org's name and environment are Zoho's.
    let org = ["Zylker"];
    assert_fits(
        &container_of(&harness, &organizations),
        "menu with orgs",
        &org,
    );
    harness
        .get_by_label(&pseudo(&t::ui_sign_out_this()))
        .click();
    let body = pseudo(&t::ui_sign_out_body());
    settle_on(&mut world, &mut harness, &body);
    assert_fits(&container_of(&harness, &body), "sign-out question", &org);
    harness.key_press(egui::Key::Escape);
    world.step_until(&mut harness, "the question to close", |harness| {
        harness.query_by_label(&body).is_none()
    });

    // No file chooser on this desktop: the app's own save prompt asks.
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Unavailable);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    let title = pseudo(&t::ui_save_logo_title());
    settle_on(&mut world, &mut harness, &title);
    assert_fits(&container_of(&harness, &title), "save prompt", &[]);
    harness.key_press(egui::Key::Escape);
    world.step_until(&mut harness, "the save prompt to close", |harness| {
        harness.query_by_label(&title).is_none()
    });

    // A picture dropped on the window: the preview and its sentences in the logo panel.
    let picture = world.home.path().join("new-logo.png");
    image::DynamicImage::new_rgb8(480, 160)
        .save(&picture)
        .unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(picture)));
    world.step(&mut harness);
    harness.input_mut().dropped_files.clear();
    settle_on(&mut world, &mut harness, &pseudo(&t::ui_new_logo()));
    assert_fits(&container_of(&harness, &heading), "logo change", &file);
}

#[test]
fn a_message_on_screen_follows_a_change_of_language() {
    let mut world = World::new(SimOptions::default());
    let mut harness = harness(world.config());
    let try_demo = pseudo(&t::ui_try_demo());
    settle_on(&mut world, &mut harness, &try_demo);
    // Below the fold at 640×480.
    harness.get_by_label(&try_demo).scroll_to_me();
    for _ in 0..3 {
        world.step(&mut harness);
    }
    harness.get_by_label(&try_demo).click();
    // The demo's notice stays in the status area while its sign-in waits.
    settle_on(&mut world, &mut harness, &pseudo(&t::ui_demo_notice()));

    harness.get_by_label(&pseudo(&t::ui_menu())).click();
    let language = pseudo(&t::menu_language());
    settle_on(&mut world, &mut harness, &language);
    harness.get_by_label(&language).click();
    settle_on(&mut world, &mut harness, "English");
    harness.get_by_label("English").click();

    // The same message, now in English: the status area keeps the message, not its words.
    settle_on(
        &mut world,
        &mut harness,
        "Demo: you are signing in to a simulated Zoho on this computer.",
    );
    assert!(
        harness
            .query_by_label(&pseudo(&t::ui_demo_notice()))
            .is_none()
    );
    assert_eq!(harness.state().language(), Lang::En);
}

#[test]
fn the_screen_for_an_org_that_could_not_be_loaded_speaks_the_catalog_and_fits() {
    let mut world = World::new(SimOptions::default());
    // Signed in on an earlier run; this start cannot read the org and has nothing saved.
    world.sign_in_beforehand();
    world.sim.set_fault(FaultRule::new(
        Endpoint::Org,
        Fault::ZohoError {
            code: "NO_PERMISSION".into(),
        },
    ));
    let mut harness = harness(world.config());
    let title = pseudo(&t::ui_load_failed_title());
    settle_on(&mut world, &mut harness, &title);
    assert_fits(&container_of(&harness, &title), "org not loaded", &[]);
}
