//! Several organizations in the window (issue #13), against the simulated Zoho's three orgs:
//! adding them through Zoho's consent page, the switcher (mouse, Ctrl+2, Ctrl+Tab), what each
//! org's screen keeps, signing out of one, the overview and compare.

#![expect(
    clippy::unwrap_used,
    reason = "a failed unwrap in a test is a test failure"
)]

mod support;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use support::app::{SAMPLE_ORG_ID, World};
use zoho_org_viewer::sim::{Endpoint, Fault, FaultRule, SimOptions, SimOrg};
use zoho_org_viewer::ui::{OrgViewerApp, Screen};
use zoho_org_viewer::worker::SaveChoice;
use zoho_org_viewer::zoho::oauth::Tokens;

const PRODUCTION: &str = SAMPLE_ORG_ID;
const SANDBOX: &str = "4876876000004120011";
const DEVELOPER: &str = "7310042000000018003";

/// The switcher's entries as screen readers name them.
const PRODUCTION_ENTRY: &str = "Zylker Traders: Production, data centre EU";
const SANDBOX_ENTRY: &str = "Zylker Traders (Sandbox): Sandbox, data centre EU";
const DEVELOPER_ENTRY: &str = "Zylker Labs: Developer, data centre US";

/// Signs in to production, then adds the sandbox and the developer org.
fn three_orgs(world: &mut World) -> Harness<'static, OrgViewerApp> {
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    world.add_org(&mut harness, DEVELOPER);
    world.step_until_label(&mut harness, DEVELOPER_ENTRY);
    harness
}

fn on_screen(harness: &Harness<'static, OrgViewerApp>) -> Option<String> {
    match harness.state().screen() {
        Screen::Organization(view) => Some(view.id.clone()),
        _ => None,
    }
}

#[test]
fn three_orgs_are_added_and_switched_with_the_mouse_and_the_keyboard() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world);
    for entry in [PRODUCTION_ENTRY, SANDBOX_ENTRY, DEVELOPER_ENTRY] {
        assert!(harness.query_by_label(entry).is_some(), "{entry}");
    }
    assert_eq!(world.sign_ins().index().unwrap().orgs().len(), 3);

    // The mouse: the saved data is on screen in the very next frame.
    harness.get_by_label(PRODUCTION_ENTRY).click();
    harness.step();
    assert_eq!(on_screen(&harness).as_deref(), Some(PRODUCTION));
    // The keyboard: Ctrl+2 is the second org, Ctrl+Tab the next one.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.step();
    assert_eq!(on_screen(&harness).as_deref(), Some(SANDBOX));
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Tab);
    harness.step();
    assert_eq!(on_screen(&harness).as_deref(), Some(DEVELOPER));
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Tab);
    harness.step();
    assert_eq!(
        on_screen(&harness).as_deref(),
        Some(PRODUCTION),
        "it wraps round"
    );

    // Fetched moments ago: switching does not fetch again.
    let requests = world.sim.stats().org_requests;
    for _ in 0..10 {
        world.step(&mut harness);
    }
    assert_eq!(world.sim.stats().org_requests, requests);
}

#[test]
fn each_org_keeps_its_filter_while_another_is_shown() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    world.step_until_label(&mut harness, PRODUCTION_ENTRY);
    world.type_into(&mut harness, "Filter fields", "currency");
    harness.get_by_label(PRODUCTION_ENTRY).click();
    world.step(&mut harness);
    assert!(
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == PRODUCTION && view.filter().is_empty()),
        "the other org's filter is its own"
    );
    harness.get_by_label(SANDBOX_ENTRY).click();
    world.step(&mut harness);
    assert!(
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == SANDBOX && view.filter() == "currency"),
        "back on the sandbox, its filter is as it was left"
    );
}

/// Where the Company section's heading is on screen (it moves up as the details scroll).
fn company_heading_top(harness: &Harness<'static, OrgViewerApp>) -> f32 {
    harness.get_by_label("Company").rect().top()
}

#[test]
fn each_org_keeps_its_scroll_position_while_another_is_shown() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    world.step_until_label(&mut harness, PRODUCTION_ENTRY);
    let top = company_heading_top(&harness);
    // Scroll the sandbox's details down with the mouse wheel.
    harness.hover_at(harness.get_by_label("Company name").rect().center());
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -200.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    for _ in 0..30 {
        world.step(&mut harness);
    }
    let scrolled = company_heading_top(&harness);
    assert!(
        scrolled < top - 50.0,
        "the details scrolled: {top} → {scrolled}"
    );

    harness.get_by_label(PRODUCTION_ENTRY).click();
    for _ in 0..3 {
        world.step(&mut harness);
    }
    assert_eq!(on_screen(&harness).as_deref(), Some(PRODUCTION));
    assert!(
        (company_heading_top(&harness) - top).abs() < 1.0,
        "production starts at its own top"
    );
    harness.get_by_label(SANDBOX_ENTRY).click();
    for _ in 0..3 {
        world.step(&mut harness);
    }
    assert!(
        (company_heading_top(&harness) - scrolled).abs() < 1.0,
        "the sandbox is where it was left"
    );
}

#[test]
fn signing_out_of_one_org_leaves_the_other_two() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world);
    harness.get_by_label(SANDBOX_ENTRY).click_secondary();
    world.step_until_label(&mut harness, "Sign out of this organization…");
    harness
        .get_by_label("Sign out of this organization…")
        .click();
    world.step_until_text(&mut harness, "Sign out of Zylker Traders (Sandbox)?");
    harness.get_by_label("Yes, sign out").click();
    world.step_until(&mut harness, "the sandbox gone", |harness| {
        harness.query_by_label(SANDBOX_ENTRY).is_none()
    });
    // The revocation and the list on disk follow the screen's answer.
    let sign_ins = world.sign_ins();
    let sim = &world.sim;
    let done = |_: &Harness<'_, OrgViewerApp>| {
        sim.stats().revocations == 1 && sign_ins.index().unwrap().orgs().len() == 2
    };
    let started = std::time::Instant::now();
    while !done(&harness) {
        assert!(
            started.elapsed() < support::app::PATIENCE,
            "the sign-out never ended"
        );
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let index = world.sign_ins().index().unwrap();
    let left: Vec<&str> = index.orgs().iter().map(|org| org.id.as_str()).collect();
    assert_eq!(left, [PRODUCTION, DEVELOPER]);
    assert!(harness.query_by_label(PRODUCTION_ENTRY).is_some());
    assert!(harness.query_by_label(DEVELOPER_ENTRY).is_some());
    assert_eq!(
        world.sim.stats().revocations,
        1,
        "only the sandbox was revoked"
    );
}

/// Opens the overview from the switcher.
fn open_overview(world: &mut World, harness: &mut Harness<'static, OrgViewerApp>) {
    // A frame to draw what the last action showed (the tree is the last frame's).
    world.step(harness);
    harness.get_by_label("Overview").click();
    world.step_until_label(harness, "Search organizations");
}

#[test]
fn the_overview_lists_every_org_with_its_badges_and_the_search_narrows_it() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world);
    open_overview(&mut world, &mut harness);
    for name in ["Zylker Traders", "Zylker Traders (Sandbox)", "Zylker Labs"] {
        assert!(
            harness.query_by_label(&format!("Open {name}")).is_some(),
            "{name}"
        );
    }
    // The badges say the environment in words, one per org in the table (and the switcher).
    for badge in ["Production", "Sandbox", "Developer"] {
        assert!(
            harness.query_all_by_label(badge).count() >= 2,
            "the {badge} badge is in the switcher and in the table"
        );
    }
    world.type_into(&mut harness, "Search organizations", "us");
    assert!(harness.query_by_label("Open Zylker Labs").is_some());
    assert!(harness.query_by_label("Open Zylker Traders").is_none());
    world.type_into(&mut harness, "Search organizations", "sandbox");
    assert!(
        harness
            .query_by_label("Open Zylker Traders (Sandbox)")
            .is_some()
    );
    assert!(harness.query_by_label("Open Zylker Labs").is_none());
    world.type_into(&mut harness, "Search organizations", SANDBOX);
    assert!(
        harness
            .query_by_label("Open Zylker Traders (Sandbox)")
            .is_some()
    );
    assert!(harness.query_by_label("Open Zylker Traders").is_none());

    // Opening a row shows that org: its name, a double-click, or Enter on the row picked.
    harness
        .get_by_label("Open Zylker Traders (Sandbox)")
        .click();
    world.step(&mut harness);
    assert_eq!(on_screen(&harness).as_deref(), Some(SANDBOX));

    open_overview(&mut world, &mut harness);
    world.type_into(&mut harness, "Search organizations", "zylker");
    // The developer org's data centre cell (the switcher says "US" too, further left).
    harness
        .get_all_by_label("US")
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap()
        .click();
    world.step(&mut harness);
    assert!(
        matches!(harness.state().screen(), Screen::Overview),
        "one click picks the row"
    );
    harness.key_press(egui::Key::Enter);
    world.step(&mut harness);
    assert_eq!(
        on_screen(&harness).as_deref(),
        Some(DEVELOPER),
        "Enter opens it"
    );

    open_overview(&mut world, &mut harness);
    // A frame of the harness's clock is a quarter second: give the second click a second (the
    // click on the developer's row, seconds ago, must not make it a triple-click).
    harness
        .ctx
        .options_mut(|options| options.input_options.max_double_click_delay = 1.0);
    harness.get_by_label("Enterprise").click();
    harness.step();
    harness.get_by_label("Enterprise").click();
    world.step(&mut harness);
    assert_eq!(
        on_screen(&harness).as_deref(),
        Some(PRODUCTION),
        "a double-click opens it"
    );
}

#[test]
fn refresh_all_updates_every_row_and_one_orgs_fault_shows_on_its_row_only() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world);
    open_overview(&mut world, &mut harness);
    let before = world.sim.stats().org_requests;
    world.sim.set_fault(
        FaultRule::new(
            Endpoint::Org,
            Fault::ZohoError {
                code: "NO_PERMISSION".to_owned(),
            },
        )
        .for_org(SANDBOX),
    );
    harness.get_by_label("Refresh all").click();
    world.step_until(&mut harness, "every row refreshed", |harness| {
        harness.query_all_by_label_contains("Refreshing:").count() == 0
            && harness.query_all_by_label_contains("Problem:").count() == 1
    });
    assert_eq!(
        world.sim.stats().org_requests,
        before + 3,
        "each org was fetched again"
    );
    assert_eq!(harness.query_all_by_label_contains("Fresh:").count(), 2);
    let problem = harness.get_by_label_contains("Problem:");
    let label = problem
        .accesskit_node()
        .label()
        .filter(|label| !label.is_empty())
        .or_else(|| problem.value())
        .unwrap_or_default();
    assert!(
        label.len() > "Problem: ".len() + 10,
        "the state's sentence says what happened: {label}"
    );
    // The word opens the problem's details, Zoho's code included.
    problem.click();
    world.step_until_label(&mut harness, "Copy details");
    assert!(harness.query_by_label_contains("NO_PERMISSION").is_some());
    let copied_before = world.copied.len();
    harness.get_by_label("Copy details").click();
    world.step(&mut harness);
    assert!(
        world.copied[copied_before..]
            .concat()
            .contains("NO_PERMISSION")
    );
    // The problem's row is the sandbox's: sorted by state, it comes last.
    harness.get_by_label("Sort by state").click();
    world.step(&mut harness);
    let copied_before = world.copied.len();
    harness.get_by_label("Copy table").click();
    world.step(&mut harness);
    let table = world.copied[copied_before..].concat();
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 4, "a heading and three rows: {table}");
    assert!(lines[0].starts_with("Organization\tState\tEnvironment\tData centre"));
    let sandbox_line = lines.iter().find(|line| line.contains(SANDBOX)).unwrap();
    assert!(sandbox_line.contains("\tProblem\t"), "{sandbox_line}");
    for line in lines.iter().skip(1).filter(|line| !line.contains(SANDBOX)) {
        assert!(line.contains("\tFresh\t"), "{line}");
    }
}

#[test]
fn copy_table_pastes_into_a_spreadsheet_and_export_saves_csv() {
    let mut world = World::new(SimOptions::default());
    let mut harness = three_orgs(&mut world);
    open_overview(&mut world, &mut harness);
    harness.get_by_label("Sort by data centre").click();
    world.step(&mut harness);
    let copied_before = world.copied.len();
    harness.get_by_label("Copy table").click();
    world.step(&mut harness);
    let table = world.copied[copied_before..].concat();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .map(|line| line.split('\t').collect())
        .collect();
    assert_eq!(rows[0].len(), 12);
    assert_eq!(rows[0][0], "Organization");
    assert_eq!(rows[0][11], "Organization ID");
    // Sorted by data centre: the EU orgs first, then the US one.
    assert_eq!(rows[3][0], "Zylker Labs");
    assert_eq!(&rows[3][1..4], ["Fresh", "Developer", "US"]);
    assert_eq!(rows[3][11], DEVELOPER);
    assert!(rows[1..3].iter().all(|row| row[3] == "EU"));
    // Each org with its own environment and data centre.
    for (name, environment, data_centre) in [
        ("Zylker Traders", "Production", "EU"),
        ("Zylker Traders (Sandbox)", "Sandbox", "EU"),
        ("Zylker Labs", "Developer", "US"),
    ] {
        let row = rows.iter().find(|row| row[0] == name).unwrap();
        assert_eq!(&row[2..4], [environment, data_centre], "{name}");
    }

    let file = world.home.path().join("orgs.csv");
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Chosen(file.clone()));
    harness.get_by_label("Export…").click();
    world.step_until(&mut harness, "the CSV saved", |_| file.exists());
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(
        csv.starts_with("Organization,State,Environment,Data centre,"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains("Zylker Labs,Fresh,Developer,US,"), "{csv}");
    assert_eq!(
        world.desktop.save_dialogs.lock().unwrap().last().unwrap().1,
        "Zoho organizations.csv"
    );

    // Without a system dialog the app asks itself, and asks before replacing the file.
    *world.desktop.save_choice.lock().unwrap() = Some(SaveChoice::Unavailable);
    std::fs::write(&file, "older").unwrap();
    harness.get_by_label("Export…").click();
    world.step_until_label(&mut harness, "Save as");
    harness.get_by_label("Save as").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Save as")
        .type_text(&file.display().to_string());
    world.step(&mut harness);
    harness.get_by_label("Save").click();
    world.step_until_text(&mut harness, "already exists there. Replace it?");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "older");
    harness.get_by_label("Replace").click();
    world.step_until(&mut harness, "the CSV saved again", |_| {
        std::fs::read_to_string(&file).is_ok_and(|text| text.starts_with("Organization,"))
    });
}

#[test]
fn compare_puts_the_sandbox_beside_production_with_the_known_differences() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    world.step_until_label(&mut harness, "Compare");
    harness.get_by_label("Compare").click();
    world.step_until_label(&mut harness, "Show only differences");
    // The sandbox was on screen, so it is compared with its production.
    let counted = harness
        .query_all_by_label_contains("differences")
        .any(|node| {
            node.accesskit_node()
                .label()
                .or_else(|| node.value())
                .is_some_and(|text| text.starts_with(|c: char| c.is_ascii_digit()))
        });
    assert!(counted, "the number of differences is said");
    for differs in ["Edition differs: Professional", "User licences differs: 5"] {
        assert!(
            harness.query_all_by_label_contains(differs).count() >= 1,
            "{differs}"
        );
    }
    assert!(
        harness
            .query_all_by_label_contains("Organization ID differs")
            .next()
            .is_none(),
        "the IDs always differ and are not counted"
    );
    let copied_before = world.copied.len();
    harness.get_by_label("Copy differences").click();
    world.step(&mut harness);
    let text = world.copied[copied_before..].concat();
    assert!(
        text.starts_with("Field\tZylker Traders (Sandbox)\tZylker Traders\n"),
        "{text}"
    );
    assert!(text.contains("Edition\tProfessional\t"), "{text}");
    assert!(
        !text.contains(SANDBOX),
        "identifiers are not differences: {text}"
    );

    harness.get_by_label("Show only differences").click();
    world.step(&mut harness);
    assert!(
        harness.query_by_label_contains("Organization ID").is_none(),
        "only differences are shown"
    );
}

/// Signs in to the sim's `count` made-up orgs as earlier runs would have left them (no data
/// fetched), so the app starts with all of them.
fn many_orgs_beforehand(world: &World, count: usize) -> Vec<SimOrg> {
    let sign_ins = world.sign_ins();
    (0..count)
        .map(|index| {
            let org = SimOrg::generated(index);
            let minted = world
                .sim
                .mint_tokens_for(&org.id, "ZohoCRM.org.READ")
                .unwrap();
            let tokens = Tokens {
                refresh_token: oauth2::RefreshToken::new(minted.refresh_token),
                accounts_server: world.sim.accounts_url_for(org.data_centre),
                api_domain: world.sim.api_url_for(org.data_centre),
                location: Some(org.data_centre.code().to_owned()),
                access_token: None,
            };
            sign_ins.add(org.as_signed_in(), &tokens).unwrap();
            org
        })
        .collect()
}

#[test]
fn two_hundred_orgs_draw_only_the_rows_and_entries_in_view() {
    let mut world = World::new(SimOptions::default().generated_orgs(200));
    let orgs = many_orgs_beforehand(&world, 200);
    let mut harness = world.harness();
    world.step_until_label(&mut harness, "Overview");
    harness.get_by_label("Overview").click();
    world.step_until_label(&mut harness, "Search organizations");
    let rows = harness.query_all_by_label_contains("Open ").count();
    assert!(
        (5..60).contains(&rows),
        "{rows} of 200 rows are laid out: only those in view"
    );
    let entries = harness
        .query_all_by_label_contains(", data centre ")
        .count();
    assert!(
        (3..40).contains(&entries),
        "{entries} of 200 switcher entries are laid out: only those in view"
    );
    let last = &orgs[199].company_name;
    assert!(harness.query_by_label(&format!("Open {last}")).is_none());
    // Scrolled to the end, the last org is there.
    harness.hover_at(
        harness
            .get_by_label(&format!("Open {}", orgs[1].company_name))
            .rect()
            .center(),
    );
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -100_000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::NONE,
    });
    world.step_until(&mut harness, "the last row", |harness| {
        harness.query_by_label(&format!("Open {last}")).is_some()
    });
}

#[test]
fn sign_out_of_all_asks_first_then_forgets_every_org() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    harness.get_by_label_contains("Menu").click();
    world.step_until_label(&mut harness, "Sign out of all…");
    harness.get_by_label("Sign out of all…").click();
    world.step_until_text(&mut harness, "Sign out of all 2 organizations?");
    harness.get_by_label("Cancel").click();
    world.step(&mut harness);
    assert_eq!(
        world.sign_ins().index().unwrap().orgs().len(),
        2,
        "Cancel keeps both"
    );

    harness.get_by_label_contains("Menu").click();
    world.step_until_label(&mut harness, "Sign out of all…");
    harness.get_by_label("Sign out of all…").click();
    world.step_until_label(&mut harness, "Yes, sign out of all");
    harness.get_by_label("Yes, sign out of all").click();
    world.step_until_label(&mut harness, "Sign in with Zoho");
    // The list on disk is written as the sign-outs end, beside the screen's answer.
    let sign_ins = world.sign_ins();
    world.step_until(&mut harness, "every org forgotten", |_| {
        sign_ins.index().unwrap().orgs().is_empty()
    });
    assert_eq!(
        world.sim.stats().revocations,
        2,
        "each sign-in was ended at Zoho"
    );
}

#[test]
fn adding_an_org_already_there_renews_it_and_lists_it_once() {
    let mut world = World::new(SimOptions::default());
    let mut harness = world.harness();
    world.sign_in(&mut harness);
    world.add_org(&mut harness, SANDBOX);
    harness
        .query_all_by_label("Add an organization…")
        .next()
        .unwrap()
        .click();
    world.step_until_label(&mut harness, "Continue in the browser");
    harness.get_by_label("Continue in the browser").click();
    world.step(&mut harness);
    world.play_browser_for_org(&mut harness, PRODUCTION);
    world.step_until_text(&mut harness, "Signed in again to Zylker Traders");
    assert_eq!(world.sign_ins().index().unwrap().orgs().len(), 2);
    assert_eq!(harness.query_all_by_label(PRODUCTION_ENTRY).count(), 1);
    assert_eq!(harness.query_all_by_label(SANDBOX_ENTRY).count(), 1);
}

#[test]
fn switching_to_an_org_saved_from_last_time_shows_it_at_once_then_refreshes_it() {
    let mut world = World::new(SimOptions::default());
    {
        let mut harness = world.harness();
        world.sign_in(&mut harness);
        world.add_org(&mut harness, SANDBOX);
    }
    // The next start: the sandbox (current) is fetched; production waits with its saved data.
    let mut harness = world.harness();
    world.step_until(&mut harness, "the sandbox fetched", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == SANDBOX && view.freshness == zoho_org_viewer::ui::Freshness::Live)
    });
    world.step_until_label(&mut harness, PRODUCTION_ENTRY);
    let requests = world.sim.stats().org_requests;
    harness.get_by_label(PRODUCTION_ENTRY).click();
    harness.step();
    assert!(
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == PRODUCTION),
        "the saved data is on screen in the next frame"
    );
    world.step_until(&mut harness, "production fetched again", |harness| {
        matches!(harness.state().screen(), Screen::Organization(view) if view.id == PRODUCTION && view.freshness == zoho_org_viewer::ui::Freshness::Live)
    });
    assert_eq!(
        world.sim.stats().org_requests,
        requests + 1,
        "saved from last time, so it was fetched once in the background"
    );
}
