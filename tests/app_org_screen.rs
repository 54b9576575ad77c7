//! The organization screen at the sizes people use (issue 12): what fits at 640 × 480, what
//! stays put when a button confirms, values beside their copy buttons on a wide monitor, keyboard
//! reach, licence badges, exact times on the clipboard, *Refresh* in place, and the filter.

#![allow(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::time::{Duration, SystemTime};

use egui::{Rect, Theme};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use support::app::{SAMPLE_ORG_ID, World};
use zoho_org_viewer::i18n::Lang;
use zoho_org_viewer::sim::{Endpoint, SimOptions};
use zoho_org_viewer::ui::{OrgView, OrgViewerApp, Screen, use_system_fonts_for};

const SMALL: egui::Vec2 = egui::vec2(640.0, 480.0);
const MEDIUM: egui::Vec2 = egui::vec2(1100.0, 800.0);
const LARGE: egui::Vec2 = egui::vec2(1920.0, 1080.0);

/// The app signed in to the sample org in a window of `size`, the logo shown.
fn signed_in(world: &mut World, size: egui::Vec2) -> Harness<'static, OrgViewerApp> {
    let mut harness = world.harness_themed(world.config(), size, Theme::Light);
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    world.step_until(&mut harness, "the first fetch to end", |harness| {
        !view(harness).refreshing
    });
    harness
}

fn view<'a>(harness: &'a Harness<'_, OrgViewerApp>) -> &'a OrgView {
    match harness.state().screen() {
        Screen::Organization(view) => view,
        _ => panic!("not on the organization screen"),
    }
}

fn view_mut<'a>(harness: &'a mut Harness<'_, OrgViewerApp>) -> &'a mut OrgView {
    match harness.state_mut().screen_mut() {
        Screen::Organization(view) => view,
        _ => panic!("not on the organization screen"),
    }
}

/// The labels of the rows that have something to copy, in order.
fn copyable_rows(harness: &Harness<'_, OrgViewerApp>) -> Vec<String> {
    view(harness)
        .data
        .sections
        .iter()
        .flat_map(|section| &section.rows)
        .filter(|row| row.copy_text().is_some())
        .map(|row| row.label.to_string())
        .collect()
}

fn rect_of(harness: &Harness<'_, OrgViewerApp>, label: &str) -> Rect {
    harness.get_by_label(label).rect()
}

/// The label of the widget that has keyboard focus.
fn focused_label(harness: &Harness<'_, OrgViewerApp>) -> Option<String> {
    harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
}

/// Saves a picture of the window to `$ORG_SCREEN_SHOTS/name.png` when that is set, to look at.
fn shot(harness: &mut Harness<'_, OrgViewerApp>, name: &str) {
    if let Ok(folder) = std::env::var("ORG_SCREEN_SHOTS") {
        harness
            .render()
            .unwrap()
            .save(format!("{folder}/{name}.png"))
            .unwrap();
    }
}

#[test]
fn at_640_by_480_the_details_come_first_and_fill_the_window() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, SMALL);
    shot(&mut harness, "small");
    // The actions fit in the window; the filter box, too narrow beside them, has a row of its
    // own below them.
    let export = rect_of(&harness, "Export…");
    let filter = rect_of(&harness, "Filter fields");
    let sign_out = rect_of(&harness, "Sign out…");
    assert!(export.right() <= sign_out.left(), "{export:?} {sign_out:?}");
    assert!(sign_out.right() <= SMALL.x, "Sign out… at {sign_out:?}");
    assert!(filter.top() >= sign_out.bottom(), "{filter:?} {sign_out:?}");
    assert!(
        filter.width() >= 200.0,
        "the filter box is {} wide",
        filter.width()
    );
    // What is on screen lies between the header's actions and the status area.
    let top = filter.bottom();
    let bottom = harness
        .query_by_label_contains("Added Zylker Traders")
        .map_or(SMALL.y - 34.0, |status| status.rect().top());
    let visible = copyable_rows(&harness)
        .iter()
        .filter(|label| {
            let rect = rect_of(&harness, &format!("Copy {label}"));
            rect.top() >= top && rect.bottom() <= bottom
        })
        .count();
    assert!(visible >= 5, "only {visible} field rows are visible");
    // The logo is in the header, small; its panel comes after the sections.
    let last_row = copyable_rows(&harness).last().cloned().unwrap();
    assert!(
        rect_of(&harness, "Save logo…").top()
            > rect_of(&harness, &format!("Copy {last_row}")).bottom(),
        "the logo panel comes after the details"
    );
    assert!(
        harness.query_all_by_label("Organization logo").count() == 2,
        "the header's logo and the panel's"
    );
}

#[test]
fn confirming_a_copy_moves_nothing() {
    for size in [SMALL, MEDIUM] {
        let mut world = World::new(SimOptions::default());
        let mut harness = signed_in(&mut world, size);
        let watched = [
            "Copy Company name",
            "Copy Alias",
            "Copy Description",
            "Copy all",
            "Copy as JSON",
            "Filter fields",
            "Sign out…",
            "Refresh",
            "Copy image",
            "Save logo…",
        ];
        let before: Vec<Rect> = watched
            .iter()
            .map(|label| rect_of(&harness, label))
            .collect();
        for button in ["Copy Company name", "Copy all", "Copy as JSON"] {
            harness.get_by_label(button).click();
            world.step(&mut harness);
            world.step(&mut harness);
            if button == "Copy Company name" {
                harness.get_by_label("Copied Company name");
            }
            shot(&mut harness, "copied");
            let after: Vec<Rect> = watched
                .iter()
                .map(|label| match *label {
                    "Copy Company name" if button == "Copy Company name" => {
                        rect_of(&harness, "Copied Company name")
                    }
                    label => rect_of(&harness, label),
                })
                .collect();
            for ((label, before), after) in watched.iter().zip(&before).zip(after) {
                assert_eq!(*before, after, "{label} moved after {button} at {size:?}");
            }
        }
        assert_eq!(world.copied.len(), 3);
    }
}

#[test]
fn on_a_wide_monitor_each_copy_button_sits_by_its_value() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, LARGE);
    shot(&mut harness, "large");
    let rows: Vec<(String, String)> = view(&harness)
        .data
        .sections
        .iter()
        .flat_map(|section| &section.rows)
        .filter_map(|row| Some((row.label.to_string(), row.value.as_ref()?.to_string())))
        .collect();
    let mut measured = 0;
    for (label, value) in rows {
        let button = rect_of(&harness, &format!("Copy {label}"));
        if button.bottom() > LARGE.y {
            continue;
        }
        // The value's label on the same line as its button.
        let Some(value) = harness
            .query_all_by_label(&value)
            .map(|node| node.rect())
            .find(|rect| rect.top() < button.bottom() && rect.bottom() > button.top())
        else {
            continue;
        };
        let gap = button.left() - value.right();
        assert!(
            (0.0..40.0).contains(&gap),
            "Copy {label} is {gap} px from its value"
        );
        measured += 1;
    }
    assert!(measured >= 15, "only {measured} rows measured");
}

#[test]
fn the_keyboard_reaches_the_logo_before_the_rows_and_ctrl_f_the_filter() {
    for size in [SMALL, MEDIUM] {
        let mut world = World::new(SimOptions::default());
        let mut harness = signed_in(&mut world, size);
        let rows: Vec<String> = copyable_rows(&harness)
            .iter()
            .map(|label| format!("Copy {label}"))
            .collect();
        let mut presses = 0;
        while focused_label(&harness).as_deref() != Some("Save logo…") {
            presses += 1;
            assert!(presses <= 15, "Tab never reached Save logo… at {size:?}");
            harness.key_press(egui::Key::Tab);
            world.step(&mut harness);
            let focused = focused_label(&harness).unwrap_or_default();
            assert!(
                !rows.contains(&focused),
                "{focused} came before Save logo… at {size:?}"
            );
        }
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
        world.step(&mut harness);
        world.step(&mut harness);
        assert_eq!(focused_label(&harness).as_deref(), Some("Filter fields"));
    }
}

#[test]
fn an_expired_plan_and_a_trial_ending_soon_show_badges_in_words() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, MEDIUM);
    // The sample's paid plan ends on 13 March 2026.
    let march = |day: u64| {
        let start = SystemTime::UNIX_EPOCH + Duration::from_secs(1_772_323_200); // 1 March 2026
        start + Duration::from_secs((day - 1) * 86_400)
    };
    view_mut(&mut harness).pin_clock(march(20));
    world.step(&mut harness);
    harness.get_by_label("⚠ Plan expired");
    view_mut(&mut harness).pin_clock(march(5));
    world.step(&mut harness);
    harness.get_by_label("⚠ Plan ends in 9 days");
    assert!(harness.query_by_label("⚠ Plan expired").is_none());
    view_mut(&mut harness).pin_clock(march(1) - Duration::from_secs(60 * 86_400));
    world.step(&mut harness);
    assert!(
        harness.query_by_label_contains("⚠").is_none(),
        "nothing to say"
    );

    // A trial ending in five days, against the real clock.
    let ends = chrono::Utc::now() + chrono::Duration::days(5) - chrono::Duration::hours(1);
    let org = serde_json::json!({
        "id": SAMPLE_ORG_ID,
        "company_name": "Zylker Traders",
        "type": "production",
        "time_zone": "Europe/Amsterdam",
        "license_details": {
            "paid": false,
            "paid_type": "enterprise",
            "paid_expiry": null,
            "trial_type": "enterprise",
            "trial_expiry": ends.to_rfc3339(),
            "trial_action": "downgrade"
        }
    });
    let mut world = World::new(SimOptions::default().org_json(org));
    let mut harness = world.harness_themed(world.config(), MEDIUM, Theme::Light);
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, "⚠ Trial ends in 5 days");
    shot(&mut harness, "trial");
    // One label per fact, in words.
    harness.get_by_label("Trial ends");
    harness.get_by_label("What happens after the trial");
    harness.get_by_label("Downgrade");
    assert_eq!(harness.query_all_by_label("Enterprise").count(), 2);
}

#[test]
fn times_name_their_zone_and_copy_copies_the_exact_value() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, MEDIUM);
    let created = view(&harness)
        .data
        .sections
        .iter()
        .flat_map(|section| &section.rows)
        .find(|row| row.key == "created_time")
        .unwrap()
        .clone();
    let shown = created.shown().into_owned();
    assert!(shown.contains(" UTC"), "the zone is named: {shown}");
    harness.get_by_label(&shown);
    harness.get_by_label("Copy Created").click();
    world.copied.clear();
    world.step(&mut harness);
    assert_eq!(world.copied, ["2019-03-14T09:26:41+01:00"]);
    harness.get_by_label("Copy all").click();
    world.copied.clear();
    world.step(&mut harness);
    assert!(
        world.copied[0].contains(&format!("\nCreated: {shown}\n")),
        "readable text keeps the words: {}",
        world.copied[0]
    );
}

#[test]
fn refresh_shows_it_is_running_in_its_own_place() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, SMALL);
    let refresh = rect_of(&harness, "Refresh");
    let copy_all = rect_of(&harness, "Copy all");
    world.sim.set_latency(Endpoint::Org, Duration::from_secs(2));
    harness.get_by_label("Refresh").click();
    world.step_until_label(&mut harness, "Refreshing…");
    shot(&mut harness, "refreshing");
    let running = harness.get_by_label("Refreshing…");
    assert_eq!(
        running.accesskit_node().role(),
        egui::accesskit::Role::Button
    );
    assert!(
        running.accesskit_node().is_disabled(),
        "one refresh at a time"
    );
    assert_eq!(running.rect(), refresh, "in place of Refresh");
    assert_eq!(rect_of(&harness, "Copy all"), copy_all, "nothing moved");
    world.step_until(&mut harness, "the refresh to end", |harness| {
        !view(harness).refreshing
    });
    world.step(&mut harness);
    assert_eq!(rect_of(&harness, "Refresh"), refresh);
}

#[test]
fn the_filter_highlights_matches_and_folds_sections_without_one() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, MEDIUM);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    world.step(&mut harness);
    world.step(&mut harness);
    harness.get_by_label("Filter fields").type_text("amsterdam");
    for _ in 0..4 {
        world.step(&mut harness);
    }
    shot(&mut harness, "filtered");
    assert_eq!(view(&harness).filter(), "amsterdam");
    harness.get_by_label("2 fields match");
    // The sections with a match show all their rows; the others fold to their heading.
    harness.get_by_label("Copy City");
    harness.get_by_label("Copy Street");
    harness.get_by_label("Copy Time zone");
    // Matching rows are tinted; the others keep the card's white.
    let image = harness.render().unwrap();
    let beside = |label: &str| {
        let button = rect_of(&harness, label);
        let pixel = image.get_pixel((button.right() + 24.0) as u32, button.center().y as u32);
        [pixel[0], pixel[1], pixel[2]]
    };
    assert_ne!(beside("Copy City"), [255, 255, 255], "City matches");
    assert_ne!(
        beside("Copy Time zone"),
        [255, 255, 255],
        "Time zone matches"
    );
    assert_eq!(beside("Copy Street"), [255, 255, 255], "Street does not");
    assert!(harness.query_by_label("Copy Company name").is_none());
    assert!(harness.query_by_label("Copy Organization ID").is_none());
    // A folded section opens on request.
    harness.get_by_label("Show Company").click();
    world.step(&mut harness);
    world.step(&mut harness);
    harness.get_by_label("Copy Company name");
    // Escape empties the filter and every row is back.
    harness.get_by_label("Filter fields").focus();
    world.step(&mut harness);
    harness.key_press(egui::Key::Escape);
    world.step(&mut harness);
    world.step(&mut harness);
    assert_eq!(view(&harness).filter(), "");
    harness.get_by_label("Copy Organization ID");
}

#[test]
fn dates_follow_the_language_picked_in_the_menu() {
    let mut world = World::new(SimOptions::default());
    let mut harness = signed_in(&mut world, MEDIUM);
    let created = |harness: &Harness<'_, OrgViewerApp>| {
        view(harness)
            .data
            .sections
            .iter()
            .flat_map(|section| &section.rows)
            .find(|row| row.key == "created_time")
            .unwrap()
            .shown()
            .into_owned()
    };
    assert!(
        created(&harness).starts_with("Mar 14, 2019"),
        "{}",
        created(&harness)
    );
    // The language menu names each language in its own script.
    use_system_fonts_for(&harness.ctx, Lang::En);
    harness.get_by_label("☰ Menu").click();
    world.step_until_label(&mut harness, "Language");
    harness.get_by_label("Language").click();
    world.step_until_label(&mut harness, "Deutsch");
    harness.get_by_label("Deutsch").click();
    // The worker writes the org's dates again in German, without fetching anything.
    world.step_until(&mut harness, "the German date", |harness| {
        created(harness).starts_with("14.03.2019")
    });
    harness.get_by_label_contains("14.03.2019");
}
