//! First start without a Zoho client: the guided form checks what is typed, offers the redirect
//! URIs to copy, saves the client in the keychain (here a file) and signs in with it.

mod support;

use std::sync::Arc;

use egui_kittest::kittest::Queryable;
use support::app::World;
use zoho_org_viewer::sim::{DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SimOptions};
use zoho_org_viewer::ui::Screen;

/// A client ID and secret in Zoho's real shapes, registered with the simulated Zoho.
const CLIENT_ID: &str = "1000.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
const CLIENT_SECRET: &str = "0123456789abcdef0123456789abcdef0123456789";

fn world() -> World {
    World::new(SimOptions::default().client(CLIENT_ID, CLIENT_SECRET))
}

#[test]
fn without_a_client_sign_in_leads_to_the_guided_form_which_checks_what_is_typed() {
    let mut world = world();
    let mut config = world.config();
    // As installed: nothing in the environment, nothing built in, nothing saved.
    config.env = Arc::new(|_| None);
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_text(&mut harness, "Connect the app to Zoho");

    // Each redirect URI can be copied exactly.
    let uri = format!(
        "http://127.0.0.1:{}/callback",
        zoho_org_viewer::zoho::oauth::REDIRECT_PORTS[0]
    );
    harness
        .get_by_label(&format!("Copy redirect URI {uri}"))
        .click();
    world.copied.clear();
    world.step(&mut harness);
    assert_eq!(world.copied, [uri]);

    // A secret pasted into the ID field is caught, with what to do.
    world.type_into(&mut harness, "Client ID", CLIENT_SECRET);
    world.step_until_text(&mut harness, "This looks like the client secret");
    harness.get_by_label("Save and sign in").click();
    world.step(&mut harness);
    world.step(&mut harness);
    assert!(
        matches!(harness.state().screen(), Screen::ConfigureClient(_)),
        "nothing is saved while the form is wrong"
    );
    assert!(world.credentials().load_client().unwrap().is_none());

    // Fixed: the ID (with a stray space, as pasted) and the secret.
    world.type_into(&mut harness, "Client ID", &format!(" {CLIENT_ID} "));
    world.type_into(&mut harness, "Client secret", CLIENT_SECRET);
    assert!(harness.query_by_label_contains("This looks like").is_none());
    harness.get_by_label("Save and sign in").click();

    // The sign-in starts with the new client.
    let page = world.play_browser(&mut harness, "allow");
    assert!(page.contains("Org Viewer for Zoho CRM now shows"), "{page}");
    world.step_until_label(&mut harness, "Copy as JSON");
    let saved = world
        .credentials()
        .load_client()
        .unwrap()
        .expect("the client is kept for next time");
    assert_eq!(saved.client_id, CLIENT_ID);
    assert_eq!(saved.client_secret.secret(), CLIENT_SECRET);
    let opened = world.opened_urls.last().unwrap();
    assert!(
        opened.contains(&format!("client_id={CLIENT_ID}")),
        "{opened}"
    );
}

#[test]
fn a_client_from_the_environment_goes_straight_to_sign_in() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    let page = world.play_browser(&mut harness, "allow");
    assert!(page.contains("Org Viewer for Zoho CRM now shows"), "{page}");
    let opened = world.opened_urls.last().unwrap();
    assert!(
        opened.contains(&format!("client_id={DEMO_CLIENT_ID}")),
        "{opened}"
    );
    assert!(
        !opened.contains(DEMO_CLIENT_SECRET),
        "the secret never goes to the browser"
    );
}

#[test]
fn the_form_offers_the_demo_to_someone_without_a_client() {
    let mut world = world();
    let mut config = world.config();
    config.accounts_url = None;
    config.env = Arc::new(|_| None);
    let mut harness = world.harness_with(config);
    world.step_until_label(&mut harness, "Sign in with Zoho");
    harness.get_by_label("Sign in with Zoho").click();
    world.step_until_text(&mut harness, "Connect the app to Zoho");
    harness.get_by_label("Try the demo instead").click();
    let page = world.play_browser(&mut harness, "allow");
    assert!(page.contains("Org Viewer for Zoho CRM now shows"), "{page}");
    world.step_until_label(&mut harness, "Copy as JSON");
    assert!(harness.state().is_demo());
    assert!(
        world.credentials().load_client().unwrap().is_none(),
        "the demo saves no client"
    );
}
