//! A logo's texture: the uploaded power-of-two texture and the part of it the picture covers
//! (see [`TextureImage`] for why the texture is larger than the picture).

use egui::{Rect, TextureHandle, TextureId, Vec2};

use crate::worker::logo::TextureImage;

/// An uploaded picture, drawn by its own size and part of the texture.
#[derive(Clone)]
pub struct PictureTexture {
    handle: TextureHandle,
    size: Vec2,
    uv: Rect,
}

impl PictureTexture {
    /// Uploads `image` as the texture named `name`.
    pub fn load(ctx: &egui::Context, name: impl Into<String>, image: &TextureImage) -> Self {
        Self {
            handle: ctx.load_texture(name, image.texture.clone(), egui::TextureOptions::LINEAR),
            size: egui::vec2(image.size[0] as f32, image.size[1] as f32),
            uv: image.uv(),
        }
    }

    /// The texture's ID.
    pub fn id(&self) -> TextureId {
        self.handle.id()
    }

    /// The picture's own size in pixels.
    pub fn size_vec2(&self) -> Vec2 {
        self.size
    }

    /// The part of the texture the picture covers.
    pub fn uv(&self) -> Rect {
        self.uv
    }

    /// The picture as an image widget of `size` points.
    pub fn image(&self, size: Vec2) -> egui::Image<'static> {
        egui::Image::new((self.id(), size)).uv(self.uv)
    }
}
