//! The app's look: type sizes, spacing and colours for light and dark mode, set once at start.

use egui::{Color32, CornerRadius, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

/// The accent colour, from the app icon.
pub const ACCENT: Color32 = Color32::from_rgb(0x3b, 0x5b, 0xdb);

/// The accent colour on dark backgrounds.
pub const ACCENT_DARK: Color32 = Color32::from_rgb(0x74, 0x8f, 0xfc);

/// Green for confirmations ("Copied", "Saved").
pub const SUCCESS: Color32 = Color32::from_rgb(0x2b, 0x8a, 0x3e);

/// Green for confirmations on dark backgrounds.
pub const SUCCESS_DARK: Color32 = Color32::from_rgb(0x69, 0xdb, 0x7c);

/// Red for problems.
pub const DANGER: Color32 = Color32::from_rgb(0xc9, 0x2a, 0x2a);

/// Red for problems on dark backgrounds.
pub const DANGER_DARK: Color32 = Color32::from_rgb(0xff, 0x87, 0x87);

/// Amber for "older data" notices.
pub const WARNING: Color32 = Color32::from_rgb(0xb3, 0x5c, 0x00);

/// Amber on dark backgrounds.
pub const WARNING_DARK: Color32 = Color32::from_rgb(0xff, 0xc0, 0x78);

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
    pick(ui, Color32::WHITE, Color32::from_rgb(0x25, 0x28, 0x2e))
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
    visuals.panel_fill = Color32::from_rgb(0xf3, 0xf4, 0xf7);
    visuals.window_fill = Color32::WHITE;
    visuals.extreme_bg_color = Color32::WHITE;
    // Text fields sit on white cards: a soft grey keeps them visible before they get focus.
    visuals.text_edit_bg_color = Some(Color32::from_rgb(0xee, 0xf0, 0xf4));
    visuals.selection.bg_fill = Color32::from_rgb(0xc5, 0xd0, 0xfa);
    visuals.selection.stroke = Stroke::new(1.0, ACCENT);
    visuals.hyperlink_color = ACCENT;
    round(&mut visuals);
    visuals
}

fn dark_visuals() -> Visuals {
    let mut visuals = Visuals::dark();
    visuals.panel_fill = Color32::from_rgb(0x1a, 0x1c, 0x21);
    visuals.window_fill = Color32::from_rgb(0x25, 0x28, 0x2e);
    visuals.extreme_bg_color = Color32::from_rgb(0x14, 0x16, 0x1a);
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
