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
    pub image: egui::ColorImage,
    /// The original width and height.
    pub original: (u32, u32),
    /// The same picture at most [`THUMBNAIL_MAX_SIDE`] on the longer side.
    pub thumbnail: egui::ColorImage,
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
fn color_image(image: &DynamicImage) -> egui::ColorImage {
    let rgba = image.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
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
        assert!(preview.image.pixels.iter().all(|pixel| pixel.a() == 128));
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
