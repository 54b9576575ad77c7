//! Changing the logo in the window, against the simulated Zoho: a picture dropped on the
//! window is fitted and previewed beside the current logo, the one-time grant runs in the
//! browser, the old logo is kept and can be restored; removing asks first; a grant for another
//! org changes nothing.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use std::path::Path;
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::app::{Dropped, SAMPLE_ORG_ID, World};
use zoho_org_viewer::sim::{SimOptions, SimPhoto};
use zoho_org_viewer::ui::OrgViewerApp;

const SANDBOX: &str = "4876876000004120011";

/// Writes `image` as `name` in the test's home and drops it on the window.
fn drop_picture(
    world: &mut World,
    harness: &mut Harness<'_, OrgViewerApp>,
    name: &str,
    image: &image::DynamicImage,
    format: image::ImageFormat,
) {
    let path = world.home.path().join(name);
    image.save_with_format(&path, format).unwrap();
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    world.step(harness);
    // The window system hands a drop over in one frame only.
    harness.input_mut().dropped_files.clear();
}

/// Ticks the org named `name` among the others to change too (the switcher names it as well).
fn tick(world: &mut World, harness: &mut Harness<'_, OrgViewerApp>, name: &str) {
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, name)
        .scroll_to_me();
    for _ in 0..3 {
        world.step(harness);
    }
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, name)
        .click();
    world.step(harness);
}

/// Scrolls the button labelled `label` into view (the logo panel is below the fold once the
/// preview shows), then clicks it.
fn press(world: &mut World, harness: &mut Harness<'_, OrgViewerApp>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    for _ in 0..3 {
        world.step(harness);
    }
    harness.get_by_label(label).click();
    world.step(harness);
}

/// A 4000 × 3000 picture of smooth gradients: over Zoho's 10 megapixels.
fn camera_photo() -> image::DynamicImage {
    image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(4000, 3000, |x, y| {
        image::Rgb([(x * 255 / 4000) as u8, (y * 255 / 3000) as u8, 90])
    }))
}

fn small_logo() -> image::DynamicImage {
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        120,
        40,
        image::Rgb([200, 30, 30]),
    ))
}

fn signed_in() -> (World, Harness<'static, OrgViewerApp>) {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    (world, harness)
}

/// Whether any file below `folder` contains `needle`.
fn found_in(folder: &Path, needle: &[u8]) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    entries.filter_map(Result::ok).any(|entry| {
        let path = entry.path();
        if path.is_dir() {
            found_in(&path, needle)
        } else {
            std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle))
        }
    })
}

#[test]
fn a_dropped_photo_is_fitted_previewed_changed_kept_and_restored() {
    let (mut world, mut harness) = signed_in();
    drop_picture(
        &mut world,
        &mut harness,
        "photo.jpg",
        &camera_photo(),
        image::ImageFormat::Jpeg,
    );
    // Fitting 12 megapixels takes a while in a test build on a busy machine.
    let started = std::time::Instant::now();
    while harness
        .query_by_label_contains("The picture was scaled from 4000×3000 to 3651×2738")
        .is_none()
    {
        world.step(&mut harness);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(
            started.elapsed() < std::time::Duration::from_secs(120),
            "never fitted"
        );
    }
    // Exactly what will be sent, beside the current logo, and what happens next.
    harness.get_by_label("Logo now");
    harness.get_by_label("Logo after the change");
    harness.get_by_label_contains("Will be sent: JPEG · 3651 × 2738 px");
    harness.get_by_label_contains("Zoho asks in your browser, once, for permission");
    assert_eq!(
        world.sim.stats().photo_uploads,
        0,
        "nothing is sent before the click"
    );

    press(&mut world, &mut harness, "Change logo");
    let page = world.play_browser_for_org(&mut harness, SAMPLE_ORG_ID);
    assert!(page.contains("Permission received"), "{page}");
    world.step_until_text(&mut harness, "Changed the logo of Zylker Traders.");
    let sent = world.sim.current_photo(SAMPLE_ORG_ID).unwrap();
    let decoded = image::load_from_memory(&sent.bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (3651, 2738));
    let grant_scope = vec!["ZohoCRM.org.ALL".to_owned()];
    let writes = world.sim.photo_writes();
    assert!(
        writes.iter().all(|write| write.scopes == grant_scope),
        "{writes:?}"
    );
    // The one-time permission is nowhere on disk.
    for folder in ["config", "data", "cache"] {
        assert!(
            !found_in(&world.home.path().join(folder), writes[0].token.as_bytes()),
            "{folder}"
        );
    }
    // The old logo was kept, and the screen shows the new one after a refetch.
    let backups = world
        .home
        .path()
        .join("data/orgs")
        .join(SAMPLE_ORG_ID)
        .join("logo-backups");
    assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1);
    world.step_until_text(&mut harness, "3651 × 2738 px");

    world.step_until_label(&mut harness, "Earlier logos (1)");
    press(&mut world, &mut harness, "Earlier logos (1)");
    world.step_until_label(&mut harness, "Restore");
    press(&mut world, &mut harness, "Restore");
    world.play_browser_for_org(&mut harness, SAMPLE_ORG_ID);
    world.step_until_label(&mut harness, "Earlier logos (2)");
    assert_eq!(
        world.sim.current_photo(SAMPLE_ORG_ID).unwrap().bytes,
        SimPhoto::demo_png().bytes,
        "restored byte for byte"
    );
    assert_eq!(world.sim.stats().photo_uploads, 2);
}

#[test]
fn removing_the_logo_asks_first_and_keeps_a_copy() {
    let (mut world, mut harness) = signed_in();
    press(&mut world, &mut harness, "Remove logo…");
    world.step_until_label(&mut harness, "Yes, remove the logo");
    harness.get_by_label_contains("A copy is saved on this computer first");
    press(&mut world, &mut harness, "Cancel");
    world.step(&mut harness);
    world.step(&mut harness);
    assert!(harness.query_by_label("Yes, remove the logo").is_none());
    assert_eq!(world.sim.stats().photo_deletions, 0);

    press(&mut world, &mut harness, "Remove logo…");
    world.step_until_label(&mut harness, "Yes, remove the logo");
    press(&mut world, &mut harness, "Yes, remove the logo");
    world.play_browser_for_org(&mut harness, SAMPLE_ORG_ID);
    world.step_until_text(&mut harness, "Removed the logo of Zylker Traders.");
    assert_eq!(world.sim.current_photo(SAMPLE_ORG_ID), None);
    world.step_until_label(&mut harness, "Earlier logos (1)");
    world.step_until_text(&mut harness, "This organization has no logo.");
}

#[test]
fn a_grant_for_another_org_changes_nothing_and_says_so() {
    let (mut world, mut harness) = signed_in();
    drop_picture(
        &mut world,
        &mut harness,
        "logo.png",
        &small_logo(),
        image::ImageFormat::Png,
    );
    world.step_until_text(&mut harness, "The picture is sent as it is");
    press(&mut world, &mut harness, "Change logo");
    world.play_browser_for_org(&mut harness, SANDBOX);
    world.step_until_text(
        &mut harness,
        "Zoho gave permission for Zylker Traders (Sandbox)",
    );
    let stats = world.sim.stats();
    assert_eq!((stats.photo_uploads, stats.photo_deletions), (0, 0));
    assert!(world.sim.photo_writes().is_empty());
    assert_eq!(
        world.sim.current_photo(SAMPLE_ORG_ID).unwrap().bytes,
        SimPhoto::demo_png().bytes
    );
}

#[test]
fn a_picture_comes_from_the_open_dialog_or_the_clipboard() {
    let (mut world, mut harness) = signed_in();
    // The dialog, cancelled: nothing happens.
    press(&mut world, &mut harness, "Change logo…");
    for _ in 0..20 {
        world.step(&mut harness);
    }
    assert!(harness.query_by_label("Change logo").is_none());

    // The dialog, with a file chosen.
    let path = world.home.path().join("chosen.png");
    small_logo().save(&path).unwrap();
    *world.desktop.open_choice.lock().unwrap() =
        Some(zoho_org_viewer::worker::SaveChoice::Chosen(path));
    press(&mut world, &mut harness, "Change logo…");
    world.step_until_text(&mut harness, "Will be sent: PNG · 120 × 40 px");
    press(&mut world, &mut harness, "Cancel");

    // The clipboard, empty, then holding a picture with see-through pixels.
    press(&mut world, &mut harness, "Paste picture");
    world.step_until_text(&mut harness, "There is no picture on the clipboard.");
    let rgba: Vec<u8> = (0..64 * 32)
        .flat_map(|index| [10, 20, 30, (index % 2 * 255) as u8])
        .collect();
    *world.desktop.clipboard_image.lock().unwrap() = Some((64, 32, rgba));
    press(&mut world, &mut harness, "Paste picture");
    world.step_until_text(&mut harness, "Will be sent: PNG · 64 × 32 px");
    assert_eq!(
        world.sim.stats().photo_uploads,
        0,
        "nothing is sent before Change logo"
    );
}

#[test]
fn waiting_for_the_browser_can_be_cancelled_and_nothing_changes() {
    let (mut world, mut harness) = signed_in();
    press(&mut world, &mut harness, "Remove logo…");
    world.step_until_label(&mut harness, "Yes, remove the logo");
    press(&mut world, &mut harness, "Yes, remove the logo");
    world.step_until_text(&mut harness, "Waiting for your permission in the browser");
    press(&mut world, &mut harness, "Cancel");
    world.step_until_text(
        &mut harness,
        "You cancelled the logo change. Nothing was changed at Zoho.",
    );
    assert_eq!(world.sim.stats().photo_deletions, 0);
    assert!(world.sim.current_photo(SAMPLE_ORG_ID).is_some());
    // The logo is free again.
    use egui_kittest::kittest::NodeT as _;
    assert!(
        !harness
            .get_by_label("Remove logo…")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn several_orgs_are_changed_in_turn_each_with_its_own_grant_and_line() {
    let (mut world, mut harness) = signed_in();
    world.add_org(&mut harness, SANDBOX);
    world.step_until_logo(&mut harness);

    press(&mut world, &mut harness, "Remove logo…");
    world.step_until_label(&mut harness, "Yes, remove the logo");
    tick(&mut world, &mut harness, "Zylker Traders");
    world.step_until_text(
        &mut harness,
        "your browser opens once for each of these 2 organizations",
    );
    press(&mut world, &mut harness, "Yes, remove the logo");
    world.step_until_text(&mut harness, "pick Zylker Traders (Sandbox)");
    world.play_browser_for_org(&mut harness, SANDBOX);
    world.step_until_text(&mut harness, "pick Zylker Traders.");
    world.play_browser_for_org(&mut harness, SAMPLE_ORG_ID);
    world.step_until_label(
        &mut harness,
        "Removed the logo of Zylker Traders (Sandbox).",
    );
    world.step_until_label(&mut harness, "Removed the logo of Zylker Traders.");
    assert_eq!(world.sim.current_photo(SANDBOX), None);
    assert_eq!(world.sim.current_photo(SAMPLE_ORG_ID), None);
    assert_eq!(world.sim.stats().photo_deletions, 2);
    for org in [SANDBOX, SAMPLE_ORG_ID] {
        let backups = world
            .home
            .path()
            .join("data/orgs")
            .join(org)
            .join("logo-backups");
        assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 1, "{org}");
    }
}

#[test]
fn a_failed_upload_says_nothing_changed_and_keeps_the_copy() {
    let (mut world, mut harness) = signed_in();
    world.sim.set_fault(zoho_org_viewer::sim::FaultRule::new(
        zoho_org_viewer::sim::Endpoint::PhotoUpload,
        zoho_org_viewer::sim::Fault::ZohoError {
            code: "INTERNAL_ERROR".to_owned(),
        },
    ));
    drop_picture(
        &mut world,
        &mut harness,
        "logo.png",
        &small_logo(),
        image::ImageFormat::Png,
    );
    world.step_until_text(&mut harness, "The picture is sent as it is");
    press(&mut world, &mut harness, "Change logo");
    world.play_browser_for_org(&mut harness, SAMPLE_ORG_ID);
    world.step_until_text(&mut harness, "Nothing was changed at Zoho.");
    assert_eq!(world.sim.stats().photo_uploads, 1);
    assert_eq!(
        world.sim.current_photo(SAMPLE_ORG_ID).unwrap().bytes,
        SimPhoto::demo_png().bytes
    );
    // The copy made before the upload stays, listed for a restore.
    world.step_until_label(&mut harness, "Earlier logos (1)");
}

/// The preview beside the current logo, as a picture (`UPDATE_SNAPSHOTS=1` rewrites it).
#[test]
fn the_preview_snapshot() {
    use support::app::pin_org_screen;

    let mut world = World::new(SimOptions::default());
    let mut harness =
        world.harness_themed(world.config(), egui::vec2(960.0, 680.0), egui::Theme::Light);
    world.sign_in(&mut harness);
    world.step_until_logo(&mut harness);
    drop_picture(
        &mut world,
        &mut harness,
        "logo.png",
        &small_logo(),
        image::ImageFormat::Png,
    );
    world.step_until_text(&mut harness, "The picture is sent as it is");
    pin_org_screen(&mut harness);
    harness.get_by_label("Change logo").scroll_to_me();
    for _ in 0..4 {
        world.step(&mut harness);
    }
    harness.snapshot("logo_change_preview");
}
