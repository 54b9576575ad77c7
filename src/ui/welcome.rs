//! The first screen: what the app does, one button to sign in, and the demo.

use egui::{RichText, Ui};
use serde::{Deserialize, Serialize};

use super::style;
use super::widgets::steady_width;
use crate::i18n::{Msg, t};

/// Where the sign-in starts. Zoho forwards every data centre from its global sign-in page
/// except China's, which is separate; so this is the only choice that matters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Region {
    /// Every data centre but China (Zoho sends the browser to the right one).
    #[default]
    Global,
    /// Zoho's data centre in China.
    China,
}

impl Region {
    /// Where sign-in starts for this choice.
    pub fn accounts_url(self) -> &'static str {
        match self {
            Self::Global => crate::zoho::region::DEFAULT_ACCOUNTS_URL,
            Self::China => crate::zoho::region::CHINA_ACCOUNTS_URL,
        }
    }

    fn label(self) -> Msg {
        match self {
            Self::Global => t::ui_region_global(),
            Self::China => t::ui_region_china(),
        }
    }
}

/// What the person chose on the welcome screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WelcomeAction {
    /// Start the sign-in.
    SignIn,
    /// Open the app against the simulated Zoho.
    TryDemo,
    /// Enter or change the Zoho client.
    EditClient,
    /// Leave the demo, back to the person's own Zoho.
    LeaveDemo,
}

/// The welcome screen.
#[derive(Debug, Default)]
pub struct WelcomeView {
    /// Whether the region choice is offered: not when sign-in starts at a configured address.
    pub region_choice: bool,
}

impl WelcomeView {
    /// Draws the screen; `region` is the persisted choice. In the `demo`, signing in goes to
    /// the demo again and the way out is *Leave the demo*; *Change the Zoho client…* shows only
    /// when there is a client to change (`has_client`: without one, signing in asks for it).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        region: &mut Region,
        demo: bool,
        has_client: bool,
    ) -> Option<WelcomeAction> {
        let mut action = None;
        ui.vertical_centered(|ui| {
            ui.add_space((ui.available_height() * 0.12).clamp(12.0, 80.0));
            ui.add(
                egui::Image::new(egui::include_image!(
                    "../../assets/icon/zoho-org-viewer-128.png"
                ))
                .fit_to_exact_size(egui::vec2(96.0, 96.0))
                .alt_text(t::ui_app_icon_large().text()),
            );
            ui.add_space(12.0);
            ui.label(
                RichText::new("Org Viewer for Zoho CRM")
                    .font(style::heading(28.0))
                    .strong(),
            );
            ui.add_space(4.0);
            ui.label(
                RichText::new(t::ui_welcome_tagline().text())
                    .size(15.5)
                    .weak(),
            );
            ui.add_space(28.0);
            if demo {
                return self.demo_ui(ui, &mut action);
            }
            if ui
                .add(
                    style::primary_button(t::ui_sign_in_with_zoho())
                        .min_size(egui::vec2(220.0, 40.0)),
                )
                .clicked()
            {
                action = Some(WelcomeAction::SignIn);
            }
            ui.add_space(6.0);
            ui.label(RichText::new(t::ui_browser_opens().text()).small().weak());
            if self.region_choice {
                ui.add_space(14.0);
                ui.horizontal(|ui| {
                    // Centred by the label's own width, which differs by language.
                    let account_in = t::ui_account_in().text();
                    // The drop-down is as wide as its longest choice, so none is cut short.
                    let choices = [Region::Global.label().text(), Region::China.label().text()];
                    let choices = [choices[0].as_str(), choices[1].as_str()];
                    let text_width = steady_width(ui, &choices, &egui::TextStyle::Button)
                        - 2.0 * ui.spacing().button_padding.x;
                    let combo_width =
                        (text_width + ui.spacing().icon_width + ui.spacing().icon_spacing)
                            .max(190.0);
                    // Never narrower than the row English was laid out for (330 px).
                    let width = (steady_width(ui, &[&account_in], &egui::TextStyle::Body)
                        + ui.spacing().item_spacing.x
                        + combo_width)
                        .max(330.0);
                    ui.add_space(((ui.available_width() - width) / 2.0).max(0.0));
                    let label = ui.label(account_in);
                    egui::ComboBox::from_id_salt("region")
                        .selected_text(region.label())
                        .width(combo_width)
                        .show_ui(ui, |ui| {
                            for choice in [Region::Global, Region::China] {
                                ui.selectable_value(region, choice, choice.label());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
            }
            ui.add_space(30.0);
            ui.separator();
            ui.add_space(10.0);
            ui.label(RichText::new(t::ui_no_account().text()).weak());
            if ui
                .button(t::ui_try_demo())
                .on_hover_text(t::ui_try_demo_hover())
                .clicked()
            {
                action = Some(WelcomeAction::TryDemo);
            }
            if has_client {
                ui.add_space(8.0);
                if ui
                    .link(RichText::new(t::ui_change_client().text()).small())
                    .clicked()
                {
                    action = Some(WelcomeAction::EditClient);
                }
            }
        });
        action
    }

    /// The demo's own choices: its sign-in again, or back to the person's own Zoho.
    fn demo_ui(&mut self, ui: &mut Ui, action: &mut Option<WelcomeAction>) {
        ui.label(t::ui_in_demo());
        ui.add_space(12.0);
        if ui
            .add(
                style::primary_button(t::ui_demo_sign_in_again()).min_size(egui::vec2(220.0, 40.0)),
            )
            .clicked()
        {
            *action = Some(WelcomeAction::SignIn);
        }
        ui.add_space(10.0);
        if ui
            .button(t::ui_leave_demo())
            .on_hover_text(t::ui_leave_demo_hover())
            .clicked()
        {
            *action = Some(WelcomeAction::LeaveDemo);
        }
    }
}
