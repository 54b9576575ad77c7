//! Decoding the logo for the screen and the clipboard, with limits so a hostile or huge image
//! cannot exhaust memory. Runs on the worker's blocking pool, never on the UI thread.

use std::io::Cursor;

use image::{DynamicImage, ImageReader, Limits};

use crate::zoho::PhotoFormat;

/// The longest side the preview keeps: enough for the logo box on a 2× display.
pub const PREVIEW_MAX_SIDE: u32 = 1024;

/// The longer side of the small copy the switcher and the overview draw: their logos are at most
/// 48 points, so 96 pixels stay sharp at a scale of 2, and 200 orgs' logos take kilobytes of
/// texture each instead of the preview's megabyte.
pub const THUMBNAIL_MAX_SIDE: u32 = 96;

/// The largest width or height the app decodes at all.
pub const MAX_DIMENSION: u32 = 16_384;

/// The most pixels the app decodes: 16 megapixels (4096 × 4096), far beyond any logo. Checked
/// from the header before decoding: an 11,000 × 11,000 all-zero PNG is a 460 KB download but
/// took the window to 599 MB once decoded and converted.
pub const MAX_PIXELS: u64 = 4096 * 4096;

/// The most memory one decode may allocate: 16 megapixels at 16-bit RGBA.
pub const MAX_ALLOC: u64 = MAX_PIXELS * 8;

/// The most pixels the app decodes in a picture chosen to become the logo: a camera photo is
/// often 24 to 48 megapixels, and it is scaled down to Zoho's 10 before it is sent
/// ([`crate::logo_fit`]). The side limit stays [`MAX_DIMENSION`].
pub const MAX_SOURCE_PIXELS: u64 = 50_000_000;

/// The most memory decoding a chosen picture may allocate: [`MAX_SOURCE_PIXELS`] at 8-bit RGBA
/// (a 16-bit picture that large is refused as too large).
pub const MAX_SOURCE_ALLOC: u64 = MAX_SOURCE_PIXELS * 4;

/// A logo ready for a texture: RGBA pixels at display size, plus the original size.
#[derive(Clone)]
pub struct Preview {
    /// The pixels to upload, at most [`PREVIEW_MAX_SIDE`] on the longer side.
    pub image: TextureImage,
    /// The original width and height.
    pub original: (u32, u32),
    /// The same picture at most [`THUMBNAIL_MAX_SIDE`] on the longer side.
    pub thumbnail: TextureImage,
}

/// A picture's pixels laid out for a texture whose sides are powers of two: the picture at the
/// top left, the rest repeating its last column and row (so linear filtering at its edges mixes
/// in nothing else).
///
/// Why: Mesa's software OpenGL (llvmpipe, what a machine without a GPU draws with) compiles a
/// fragment shader for each kind of texture it meets, and a side that is a power of two or not
/// makes a different kind; each costs some 30 ms of LLVM on the frame that first draws it. egui's
/// font atlas has power-of-two sides, so logos laid out the same way reuse its shader: bench 2
/// measured five compiled shaders in the app's first frame with a 480 × 160 logo (its 96 × 32
/// small copy a third kind), three with a 64 × 64 one, as many as a bare eframe window.
#[derive(Clone)]
pub struct TextureImage {
    /// The pixels to upload, each side a power of two.
    pub texture: egui::ColorImage,
    /// The picture's own width and height in pixels, at the top left of `texture`.
    pub size: [usize; 2],
}

impl TextureImage {
    /// Lays `picture` out at the top left of the smallest power-of-two texture that holds it.
    pub fn new(picture: &egui::ColorImage) -> Self {
        let [width, height] = picture.size;
        let padded = [width.next_power_of_two(), height.next_power_of_two()];
        if padded == picture.size || width == 0 || height == 0 {
            return Self {
                texture: picture.clone(),
                size: picture.size,
            };
        }
        let mut pixels = Vec::with_capacity(padded[0] * padded[1]);
        for row in picture.pixels.chunks_exact(width) {
            pixels.extend_from_slice(row);
            let last = row[width - 1];
            pixels.extend(std::iter::repeat_n(last, padded[0] - width));
        }
        let last_row = pixels[(height - 1) * padded[0]..height * padded[0]].to_vec();
        for _ in height..padded[1] {
            pixels.extend_from_slice(&last_row);
        }
        Self {
            texture: egui::ColorImage::new(padded, pixels),
            size: picture.size,
        }
    }

    /// The part of the texture the picture covers, in texture coordinates.
    pub fn uv(&self) -> egui::Rect {
        let [width, height] = self.texture.size;
        egui::Rect::from_min_max(
            egui::Pos2::ZERO,
            egui::pos2(
                self.size[0] as f32 / width.max(1) as f32,
                self.size[1] as f32 / height.max(1) as f32,
            ),
        )
    }
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preview")
            .field("size", &self.image.size)
            .field("original", &self.original)
            .finish()
    }
}

/// Why a logo cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreviewError {
    /// A format the app does not draw (SVG, TIFF, unknown).
    #[error("cannot show {0} images")]
    Unsupported(&'static str),
    /// The image is larger than the limits.
    #[error("too large to show: {0}")]
    TooLarge(String),
    /// The image data is damaged.
    #[error("damaged: {0}")]
    Damaged(String),
}

/// Decodes `bytes` and scales the result down to at most `max_side` on the longer side.
pub fn decode_preview(
    bytes: &[u8],
    format: PhotoFormat,
    max_side: u32,
) -> Result<Preview, PreviewError> {
    let image = decode(bytes, format)?;
    let original = (image.width(), image.height());
    let image = if image.width() > max_side || image.height() > max_side {
        // `thumbnail` averages whole source pixels: fast and clean for a big reduction.
        image.thumbnail(max_side, max_side)
    } else {
        image
    };
    let thumbnail = if image.width() > THUMBNAIL_MAX_SIDE || image.height() > THUMBNAIL_MAX_SIDE {
        image.thumbnail(THUMBNAIL_MAX_SIDE, THUMBNAIL_MAX_SIDE)
    } else {
        image.clone()
    };
    Ok(Preview {
        image: color_image(&image),
        original,
        thumbnail: color_image(&thumbnail),
    })
}

/// The pixels of `image` for a texture.
fn color_image(image: &DynamicImage) -> TextureImage {
    let rgba = image.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    TextureImage::new(&egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}

/// Decodes `bytes` at full size as RGBA, for the clipboard: (width, height, pixels).
pub fn decode_full_rgba(
    bytes: &[u8],
    format: PhotoFormat,
) -> Result<(u32, u32, Vec<u8>), PreviewError> {
    let rgba = decode(bytes, format)?.into_rgba8();
    Ok((rgba.width(), rgba.height(), rgba.into_raw()))
}

fn decode(bytes: &[u8], format: PhotoFormat) -> Result<DynamicImage, PreviewError> {
    decode_within(bytes, format, MAX_PIXELS, MAX_ALLOC)
}

/// Decodes a picture chosen to become the logo, with the same checks as the logo shown but room
/// for a camera photo ([`MAX_SOURCE_PIXELS`]).
pub fn decode_source(bytes: &[u8], format: PhotoFormat) -> Result<DynamicImage, PreviewError> {
    decode_within(bytes, format, MAX_SOURCE_PIXELS, MAX_SOURCE_ALLOC)
}

fn decode_within(
    bytes: &[u8],
    format: PhotoFormat,
    max_pixels: u64,
    max_alloc: u64,
) -> Result<DynamicImage, PreviewError> {
    let image_format = match format {
        PhotoFormat::Png => image::ImageFormat::Png,
        PhotoFormat::Jpeg => image::ImageFormat::Jpeg,
        PhotoFormat::Gif => image::ImageFormat::Gif,
        PhotoFormat::Webp => image::ImageFormat::WebP,
        PhotoFormat::Bmp => image::ImageFormat::Bmp,
        PhotoFormat::Tiff | PhotoFormat::Svg | PhotoFormat::Unknown => {
            return Err(PreviewError::Unsupported(format.label()));
        }
    };
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(max_alloc);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), image_format);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(preview_error)?;
    let (width, height) = image::ImageDecoder::dimensions(&decoder);
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(PreviewError::TooLarge(format!("{width} × {height} pixels")));
    }
    DynamicImage::from_decoder(decoder).map_err(preview_error)
}

fn preview_error(err: image::ImageError) -> PreviewError {
    match err {
        image::ImageError::Limits(limit) => PreviewError::TooLarge(limit.to_string()),
        other => PreviewError::Damaged(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_fn(width, height, |x, y| {
            image::Rgba([x as u8, y as u8, 0, 128])
        });
        let mut bytes = Vec::new();
        DynamicImage::ImageRgba8(image)
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .unwrap();
        bytes
    }

    #[test]
    fn large_logos_are_scaled_down_keeping_proportions() {
        let preview = decode_preview(&png(2000, 500), PhotoFormat::Png, 1024).unwrap();
        assert_eq!(preview.original, (2000, 500));
        assert_eq!(preview.image.size, [1024, 256]);
        assert_eq!(
            preview.thumbnail.size,
            [96, 24],
            "the small copy keeps them too"
        );
    }

    #[test]
    fn small_logos_keep_their_pixels_and_transparency() {
        let preview = decode_preview(&png(48, 16), PhotoFormat::Png, 1024).unwrap();
        assert_eq!(preview.image.size, [48, 16]);
        assert_eq!(preview.thumbnail.size, [48, 16]);
        assert!(
            preview
                .image
                .texture
                .pixels
                .iter()
                .all(|pixel| pixel.a() == 128)
        );
    }

    #[test]
    fn textures_have_power_of_two_sides_and_repeat_the_edges() {
        let picture = egui::ColorImage::new(
            [3, 2],
            (0..6u8)
                .map(|value| egui::Color32::from_gray(value * 10))
                .collect(),
        );
        let laid_out = TextureImage::new(&picture);
        assert_eq!(laid_out.size, [3, 2]);
        assert_eq!(laid_out.texture.size, [4, 2]);
        let gray = |x: usize, y: usize| laid_out.texture.pixels[y * 4 + x].r();
        assert_eq!([gray(0, 0), gray(2, 0), gray(3, 0)], [0, 20, 20]);
        assert_eq!([gray(0, 1), gray(2, 1), gray(3, 1)], [30, 50, 50]);
        assert_eq!(laid_out.uv().max, egui::pos2(0.75, 1.0));
        // The demo logo's small copy (96 × 32) and a 5-row picture, padded below too.
        let tall = TextureImage::new(&egui::ColorImage::filled([96, 5], egui::Color32::RED));
        assert_eq!(tall.texture.size, [128, 8]);
        assert!(
            tall.texture
                .pixels
                .iter()
                .all(|pixel| *pixel == egui::Color32::RED)
        );
        let square = TextureImage::new(&egui::ColorImage::filled([64, 64], egui::Color32::RED));
        assert_eq!(square.texture.size, [64, 64]);
        assert_eq!(
            square.uv(),
            egui::Rect::from_min_max(egui::Pos2::ZERO, egui::pos2(1.0, 1.0))
        );
    }

    #[test]
    fn damaged_and_unsupported_images_say_so() {
        let mut truncated = png(64, 64);
        truncated.truncate(truncated.len() / 2);
        assert!(matches!(
            decode_preview(&truncated, PhotoFormat::Png, 1024),
            Err(PreviewError::Damaged(_))
        ));
        assert!(matches!(
            decode_preview(b"<svg/>", PhotoFormat::Svg, 1024),
            Err(PreviewError::Unsupported("SVG"))
        ));
    }

    /// CRC-32 as PNG chunks use it, so a doctored header still reads as valid.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for byte in bytes {
            crc ^= u32::from(*byte);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_decompression_bomb_is_refused_by_the_limits() {
        // A valid PNG whose header claims 100000 × 100000 pixels (40 GB decoded).
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        let result = decode_preview(&bomb, PhotoFormat::Png, 1024);
        assert!(
            matches!(result, Err(PreviewError::TooLarge(_))),
            "{result:?}"
        );
    }

    #[test]
    fn too_many_pixels_are_refused_before_decoding() {
        // 11,000 × 11,000 of zeros compresses to almost nothing.
        let image = image::GrayImage::new(11_000, 11_000);
        let mut bytes = Vec::new();
        DynamicImage::ImageLuma8(image)
            .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
            .unwrap();
        assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
        let result = decode_preview(&bytes, PhotoFormat::Png, 1024);
        let Err(error) = result else {
            panic!("decoded {result:?}")
        };
        assert_eq!(
            crate::problem::preview_reason(&error).text(),
            "The logo is too large to show (11000 × 11000 pixels); you can still save it."
        );
        assert!(decode_full_rgba(&bytes, PhotoFormat::Png).is_err());
    }

    #[test]
    fn the_clipboard_gets_full_size_pixels() {
        let (width, height, pixels) = decode_full_rgba(&png(300, 200), PhotoFormat::Png).unwrap();
        assert_eq!((width, height, pixels.len()), (300, 200, 300 * 200 * 4));
    }
}
