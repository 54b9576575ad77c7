//! The app's look: type sizes, spacing and colours for light and dark mode, set once at start.

use egui::{Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

/// The accent colour, from the app icon.
pub const ACCENT: Color32 = Color32::from_rgb(0x3b, 0x5b, 0xdb);

/// The accent colour on dark backgrounds.
pub const ACCENT_DARK: Color32 = Color32::from_rgb(0x74, 0x8f, 0xfc);

/// Green for confirmations ("Copied", "Saved"); dark enough for 4.5:1 on the grey panels.
pub const SUCCESS: Color32 = Color32::from_rgb(0x23, 0x70, 0x32);

/// Green for confirmations on dark backgrounds.
pub const SUCCESS_DARK: Color32 = Color32::from_rgb(0x69, 0xdb, 0x7c);

/// Red for problems.
pub const DANGER: Color32 = Color32::from_rgb(0xc9, 0x2a, 0x2a);

/// Red for problems on dark backgrounds.
pub const DANGER_DARK: Color32 = Color32::from_rgb(0xff, 0x87, 0x87);

/// Amber for "older data" notices; dark enough for 4.5:1 on the grey panels.
pub const WARNING: Color32 = Color32::from_rgb(0x96, 0x4b, 0x00);

/// Amber on dark backgrounds.
pub const WARNING_DARK: Color32 = Color32::from_rgb(0xff, 0xc0, 0x78);

/// Text in light mode (labels, values).
const TEXT_LIGHT: Color32 = Color32::from_rgb(0x2e, 0x32, 0x38);

/// Secondary text in light mode (field labels, hints, "Not set"): 4.5:1 on panels and cards.
const WEAK_TEXT_LIGHT: Color32 = Color32::from_rgb(0x59, 0x5f, 0x6b);

/// Text in dark mode.
const TEXT_DARK: Color32 = Color32::from_rgb(0xdc, 0xde, 0xe3);

/// Secondary text in dark mode: 4.5:1 on panels and cards.
const WEAK_TEXT_DARK: Color32 = Color32::from_rgb(0xa3, 0xa8, 0xb3);

/// The outline of fields, checkboxes and buttons in light mode: 3:1 on panels and cards, so a
/// control can be seen before it is hovered or focused.
const CONTROL_EDGE_LIGHT: Color32 = Color32::from_rgb(0x7a, 0x80, 0x8c);

/// The outline of controls in dark mode.
const CONTROL_EDGE_DARK: Color32 = Color32::from_rgb(0x83, 0x89, 0x96);

/// The panel (window background) in light mode.
const PANEL_LIGHT: Color32 = Color32::from_rgb(0xf3, 0xf4, 0xf7);

/// The panel in dark mode.
const PANEL_DARK: Color32 = Color32::from_rgb(0x1a, 0x1c, 0x21);

/// Cards and dialogs in dark mode.
const CARD_DARK: Color32 = Color32::from_rgb(0x25, 0x28, 0x2e);

/// Text fields in dark mode.
const FIELD_DARK: Color32 = Color32::from_rgb(0x14, 0x16, 0x1a);

/// How wide the keyboard focus ring is: 2 px, in the accent colour (3:1 on every background).
pub const FOCUS_RING_WIDTH: f32 = 2.0;

/// The keyboard focus ring for the current theme.
pub fn focus_ring(visuals: &Visuals) -> Stroke {
    let colour = if visuals.dark_mode {
        ACCENT_DARK
    } else {
        ACCENT
    };
    Stroke::new(FOCUS_RING_WIDTH, colour)
}

/// Draws the focus ring around the widget with keyboard focus, on top of everything: egui's
/// own hint is a 1 px light outline (and only an underline on links, which looks like hover).
pub fn focus_ring_ui(ctx: &egui::Context) {
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    // The part that is on screen: a field scrolled away gets no ring over the top bar.
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("focus-ring"),
    ));
    painter.rect_stroke(
        rect.expand(1.0),
        CornerRadius::same(6),
        focus_ring(&ctx.global_style().visuals),
        egui::StrokeKind::Outside,
    );
}

/// A colour that reads well in the current theme.
pub fn pick(ui: &egui::Ui, light: Color32, dark: Color32) -> Color32 {
    if ui.visuals().dark_mode { dark } else { light }
}

/// The accent colour for the current theme.
pub fn accent(ui: &egui::Ui) -> Color32 {
    pick(ui, ACCENT, ACCENT_DARK)
}

/// The success colour for the current theme.
pub fn success(ui: &egui::Ui) -> Color32 {
    pick(ui, SUCCESS, SUCCESS_DARK)
}

/// The problem colour for the current theme.
pub fn danger(ui: &egui::Ui) -> Color32 {
    pick(ui, DANGER, DANGER_DARK)
}

/// The notice colour for the current theme.
pub fn warning(ui: &egui::Ui) -> Color32 {
    pick(ui, WARNING, WARNING_DARK)
}

/// Background of cards (sections, the logo box) for the current theme.
pub fn card_fill(ui: &egui::Ui) -> Color32 {
    pick(ui, Color32::WHITE, CARD_DARK)
}

/// The font family for headings and names (Inter SemiBold).
pub fn semibold() -> FontFamily {
    FontFamily::Name(SEMIBOLD.into())
}

/// A heading font of `size` points.
pub fn heading(size: f32) -> FontId {
    FontId::new(size, semibold())
}

const SEMIBOLD: &str = "semibold";

/// The app's fonts, and only these (egui's own defaults are left out of the build): Inter, a
/// typeface made for screens, in two weights; Hack for addresses; and an icon font for the few
/// symbols the app draws (☰ ⟳ ✔ ⚠). Characters none of them has (Chinese or Japanese company
/// names, say) come from the system's fonts through eframe's font provider.
fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;

    use egui::epaint::text::{FontData, FontDefinitions};
    let mut fonts = FontDefinitions::empty();
    for (name, bytes) in [
        (
            "Inter",
            &include_bytes!("../../assets/fonts/Inter-Regular.otf")[..],
        ),
        (
            "Inter SemiBold",
            &include_bytes!("../../assets/fonts/Inter-SemiBold.otf")[..],
        ),
        (
            "Hack",
            &include_bytes!("../../assets/fonts/Hack-Regular.ttf")[..],
        ),
        (
            "Icons",
            &include_bytes!("../../assets/fonts/emoji-icon-font.ttf")[..],
        ),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let family = |names: &[&str]| {
        names
            .iter()
            .map(|name| (*name).to_owned())
            .collect::<Vec<_>>()
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family(&["Inter", "Icons"]));
    fonts
        .families
        .insert(FontFamily::Monospace, family(&["Hack", "Inter", "Icons"]));
    fonts
        .families
        .insert(semibold(), family(&["Inter SemiBold", "Inter", "Icons"]));
    ctx.set_fonts(fonts);
}

/// Applies the app's style to both themes.
pub fn apply(ctx: &egui::Context) {
    install_fonts(ctx);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, heading(20.0)),
            (TextStyle::Body, FontId::new(14.0, FontFamily::Proportional)),
            (
                TextStyle::Monospace,
                FontId::new(13.0, FontFamily::Monospace),
            ),
            (
                TextStyle::Button,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 7.0);
        style.spacing.button_padding = egui::vec2(12.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        style.spacing.window_margin = egui::Margin::same(16);
        style.interaction.selectable_labels = true;
    });
    ctx.style_mut_of(Theme::Light, |style| style.visuals = light_visuals());
    ctx.style_mut_of(Theme::Dark, |style| style.visuals = dark_visuals());
}

fn light_visuals() -> Visuals {
    let mut visuals = Visuals::light();
    visuals.panel_fill = PANEL_LIGHT;
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    // Text fields sit on white cards: their outline, not a grey fill (1.15:1), shows them.
    visuals.text_edit_bg_color = Some(Color32::WHITE);
    visuals.widgets.noninteractive.fg_stroke.color = TEXT_LIGHT;
    visuals.weak_text_color = Some(WEAK_TEXT_LIGHT);
    visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, CONTROL_EDGE_LIGHT);
    visuals.selection.bg_fill = Color32::from_rgb(0xc5, 0xd0, 0xfa);
    visuals.selection.stroke = Stroke::new(1.0, ACCENT);
    visuals.hyperlink_color = ACCENT;
    round(&mut visuals);
    visuals
}

fn dark_visuals() -> Visuals {
    let mut visuals = Visuals::dark();
    visuals.panel_fill = PANEL_DARK;
    visuals.window_fill = CARD_DARK;
    visuals.extreme_bg_color = FIELD_DARK;
    visuals.widgets.noninteractive.fg_stroke.color = TEXT_DARK;
    visuals.weak_text_color = Some(WEAK_TEXT_DARK);
    visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, CONTROL_EDGE_DARK);
    visuals.selection.bg_fill = Color32::from_rgb(0x36, 0x4f, 0xc7);
    visuals.selection.stroke = Stroke::new(1.0, ACCENT_DARK);
    visuals.hyperlink_color = ACCENT_DARK;
    round(&mut visuals);
    visuals
}

fn round(visuals: &mut Visuals) {
    let radius = CornerRadius::same(6);
    visuals.widgets.noninteractive.corner_radius = radius;
    visuals.widgets.inactive.corner_radius = radius;
    visuals.widgets.hovered.corner_radius = radius;
    visuals.widgets.active.corner_radius = radius;
    visuals.widgets.open.corner_radius = radius;
    visuals.window_corner_radius = CornerRadius::same(10);
}

/// A filled accent button for the one main action on a screen.
pub fn primary_button(text: impl Into<String>) -> egui::Button<'static> {
    egui::Button::new(
        egui::RichText::new(text.into())
            .color(Color32::WHITE)
            .strong(),
    )
    .fill(ACCENT)
    .min_size(egui::vec2(0.0, 34.0))
}

/// A white card with a thin border, for grouping content.
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .fill(card_fill(ui))
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(CornerRadius::same(10))
        .inner_margin(egui::Margin::symmetric(18, 14))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.2 relative luminance of a colour (alpha ignored: every colour here is opaque).
    fn relative_luminance(colour: Color32) -> f64 {
        let channel = |value: u8| {
            let value = f64::from(value) / 255.0;
            if value <= 0.04045 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
    }

    /// WCAG 2.2 contrast ratio of two colours, from 1 to 21.
    fn contrast(a: Color32, b: Color32) -> f64 {
        let (a, b) = (relative_luminance(a), relative_luminance(b));
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// Text must reach 4.5:1, and controls and the focus ring 3:1 (WCAG 2.2 AA, 1.4.3 and
    /// 1.4.11), on every background the app draws them on.
    #[test]
    fn the_themes_colours_are_readable_and_controls_visible() {
        let mut failures = Vec::new();
        let mut check = |what: &str, fg: Color32, bg: Color32, minimum: f64| {
            let ratio = contrast(fg, bg);
            if ratio < minimum {
                failures.push(format!("{what}: {ratio:.2}:1, needs {minimum}:1"));
            }
        };
        for (theme, visuals) in [("light", light_visuals()), ("dark", dark_visuals())] {
            let card = if visuals.dark_mode {
                CARD_DARK
            } else {
                Color32::WHITE
            };
            let backgrounds = [
                ("panel", visuals.panel_fill),
                ("card", card),
                ("dialog", visuals.window_fill),
            ];
            let (success, danger, warning) = if visuals.dark_mode {
                (SUCCESS_DARK, DANGER_DARK, WARNING_DARK)
            } else {
                (SUCCESS, DANGER, WARNING)
            };
            for (background, bg) in backgrounds {
                let mut text = |name: &str, fg: Color32| {
                    check(&format!("{theme} {name} on {background}"), fg, bg, 4.5);
                };
                text("text", visuals.text_color());
                text("secondary text", visuals.weak_text_color());
                text("button text", visuals.widgets.inactive.text_color());
                text("link", visuals.hyperlink_color);
                text("success", success);
                text("problem", danger);
                text("notice", warning);
                check(
                    &format!("{theme} control outline on {background}"),
                    visuals.widgets.inactive.bg_stroke.color,
                    bg,
                    3.0,
                );
                check(
                    &format!("{theme} focus ring on {background}"),
                    focus_ring(&visuals).color,
                    bg,
                    3.0,
                );
            }
            check(
                &format!("{theme} text in a field"),
                visuals.text_color(),
                visuals.text_edit_bg_color(),
                4.5,
            );
            check(
                &format!("{theme} main button text"),
                Color32::WHITE,
                ACCENT,
                4.5,
            );
            assert!(focus_ring(&visuals).width >= 2.0);
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::from_gray(0x76), Color32::WHITE) - 4.54).abs() < 0.02);
    }
}
