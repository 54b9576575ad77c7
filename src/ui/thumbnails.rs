//! Small logos for the switcher and the overview: each org's thumbnail (decoded and scaled on the
//! worker beside its preview) uploaded once as a texture and drawn on a light plate.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Color32, Ui};

use super::picture::PictureTexture;

use crate::worker::logo::Preview;
use crate::worker::{LogoUpdate, OrgId, OrgSnapshot};

/// The textures of the orgs' logos, each uploaded once per preview the worker sent.
#[derive(Default)]
pub struct Thumbnails {
    textures: HashMap<OrgId, (Arc<Preview>, PictureTexture)>,
}

impl Thumbnails {
    /// The texture of the org's logo, when the worker sent one that can be drawn.
    pub fn texture(
        &mut self,
        ctx: &egui::Context,
        snapshot: Option<&OrgSnapshot>,
    ) -> Option<PictureTexture> {
        let snapshot = snapshot?;
        let LogoUpdate::Shown { preview, .. } = &snapshot.logo else {
            return None;
        };
        if let Some((shown, texture)) = self.textures.get(&snapshot.id)
            && Arc::ptr_eq(shown, preview)
        {
            return Some(texture.clone());
        }
        let texture = PictureTexture::load(
            ctx,
            format!("thumbnail-{}", snapshot.id),
            &preview.thumbnail,
        );
        self.textures
            .insert(snapshot.id.clone(), (Arc::clone(preview), texture.clone()));
        Some(texture)
    }

    /// How many logos are uploaded.
    pub fn len(&self) -> usize {
        self.textures.len()
    }

    /// Whether no logo is uploaded.
    pub fn is_empty(&self) -> bool {
        self.textures.is_empty()
    }

    /// Forgets the logos of orgs no longer signed in.
    pub fn keep_only(&mut self, ids: &[&OrgId]) {
        self.textures.retain(|id, _| ids.contains(&id));
    }

    /// Draws the org's logo fitted into `side` × `side` on a light plate, or its initial when
    /// there is no logo to draw.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        snapshot: Option<&OrgSnapshot>,
        name: &str,
        side: f32,
    ) -> egui::Response {
        let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
        // Logos are made for light paper; the plate keeps dark lettering readable in dark mode.
        ui.painter()
            .rect_filled(rect, egui::CornerRadius::same(6), Color32::from_gray(0xf4));
        match self.texture(ui.ctx(), snapshot) {
            Some(texture) => {
                let size = texture.size_vec2();
                let inner = side - 4.0;
                let scale = (inner / size.x).min(inner / size.y);
                let image_rect = egui::Rect::from_center_size(rect.center(), size * scale);
                ui.painter()
                    .image(texture.id(), image_rect, texture.uv(), Color32::WHITE);
            }
            None => {
                let initial: String = name.chars().take(1).collect::<String>().to_uppercase();
                ui.painter().text(
                    rect.center(),
                    egui::Align2::CENTER_CENTER,
                    initial,
                    egui::FontId::proportional(side * 0.5),
                    Color32::from_gray(0x30),
                );
            }
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;
    use crate::worker::logo::{PREVIEW_MAX_SIDE, THUMBNAIL_MAX_SIDE, decode_preview};
    use crate::worker::{Freshness, LogoInfo};
    use crate::zoho::PhotoFormat;

    #[test]
    fn the_switcher_uploads_the_small_copy_not_the_preview() {
        let mut png = Vec::new();
        image::DynamicImage::new_rgba8(2000, 500)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        let preview = decode_preview(&png, PhotoFormat::Png, PREVIEW_MAX_SIDE).unwrap();
        assert_eq!(preview.image.size, [1024, 256]);
        let snapshot = OrgSnapshot {
            id: "1".to_owned(),
            data: None,
            freshness: Freshness::Live,
            logo: LogoUpdate::Shown {
                preview: Arc::new(preview),
                info: LogoInfo {
                    format: PhotoFormat::Png,
                    dimensions: Some((2000, 500)),
                    file_size: png.len(),
                },
            },
            refreshing: false,
            logo_busy: false,
            problem: None,
        };
        let ctx = egui::Context::default();
        let texture = Thumbnails::default()
            .texture(&ctx, Some(&snapshot))
            .unwrap();
        assert_eq!(
            texture.size_vec2(),
            egui::vec2(THUMBNAIL_MAX_SIDE as f32, 24.0)
        );
    }
}
