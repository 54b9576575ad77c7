//! Issue 14, any script's data: an org whose company name, address and description are in
//! Japanese, Arabic, Hindi and emoji shows with real glyphs (the system's Noto fonts, which the
//! package recommends and the tests install) and reaches a screen reader in logical order.

mod support;

use egui::Theme;
use egui_kittest::kittest::Queryable;
use support::app::{SAMPLE_ORG_ID, World, pin_org_screen};
use zoho_org_viewer::i18n::Lang;
use zoho_org_viewer::sim::SimOptions;
use zoho_org_viewer::ui::use_system_fonts_for;

/// Japanese (kanji and kana), Arabic (right to left), Devanagari (conjuncts) and emoji.
const COMPANY: &str = "株式会社ザイカー 🚀";
const ALIAS: &str = "زايكر للتجارة";
const DESCRIPTION: &str = "स्मार्ट होम उपकरणों के थोक विक्रेता 🏠";
const STREET: &str = "東京都千代田区丸の内1-1";
const CITY: &str = "الرياض";

fn multi_script_org() -> serde_json::Value {
    serde_json::json!({
        "id": SAMPLE_ORG_ID,
        "company_name": COMPANY,
        "alias": ALIAS,
        "description": DESCRIPTION,
        "street": STREET,
        "city": CITY,
        "country": "日本",
        "type": "production",
        "time_zone": "Asia/Tokyo",
        "currency": "日本円",
        "iso_code": "JPY",
        "currency_symbol": "¥",
        "created_time": "2019-03-14T09:26:41+09:00"
    })
}

#[test]
fn data_in_any_script_is_drawn_with_real_glyphs_and_read_in_logical_order() {
    let mut world = World::new(SimOptions::default().org_json(multi_script_org()));
    let mut harness = world.harness_themed(world.config(), egui::vec2(960.0, 680.0), Theme::Light);
    use_system_fonts_for(&harness.ctx, Lang::En);
    // The test harness panics on a glyph no font has: tofu would pass a snapshot unseen.
    harness
        .ctx
        .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Panic);
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, DESCRIPTION);
    // A screen reader gets each value as Zoho sent it, in logical (memory) order: right-to-left
    // words are not reversed for display, and nothing is split or dropped.
    for value in [COMPANY, ALIAS, DESCRIPTION, STREET, CITY] {
        let nodes: Vec<_> = harness.query_all_by_label(value).collect();
        assert!(!nodes.is_empty(), "{value} is not read out as one label");
    }
    // Every character has a font, so there is nothing to say about fonts.
    assert!(
        harness
            .query_by_label_contains("this computer has no font")
            .is_none()
    );
    let reversed: String = ALIAS.chars().rev().collect();
    assert!(harness.query_by_label(&reversed).is_none());
    // Every script has a font on this machine: the fonts know each character.
    harness.ctx.fonts_mut(|fonts| {
        for value in [COMPANY, ALIAS, DESCRIPTION, STREET, CITY] {
            let font = egui::FontId::proportional(14.0);
            assert!(fonts.has_glyphs(&font, value), "no font draws {value}");
        }
    });
    pin_org_screen(&mut harness);
    world.step(&mut harness);
    harness.snapshot("any_script");
}

#[test]
fn a_computer_without_a_font_for_the_data_says_so_and_what_fixes_it() {
    let mut world = World::new(SimOptions::default().org_json(multi_script_org()));
    let mut harness = world.harness_themed(world.config(), egui::vec2(960.0, 680.0), Theme::Light);
    // No system fonts at all: the app's own draw Latin only, and the rest becomes boxes.
    harness.ctx.set_font_providers(Vec::new());
    harness
        .ctx
        .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Tofu);
    world.sign_in(&mut harness);
    world.step_until_label(&mut harness, DESCRIPTION);
    harness.get_by_label(
        "Some characters can't be shown: this computer has no font for them. \
         Installing the free Noto fonts fixes this.",
    );
}
