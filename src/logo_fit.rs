//! Fitting a picture to Zoho's limits for a logo before it is sent: at most 1 MB and 10
//! megapixels (zoho.md §5.4). A picture already within them, in a format Zoho is known to take,
//! is sent byte for byte; otherwise it is scaled down with a Lanczos filter and re-encoded (PNG
//! when it has transparency, else the smaller of JPEG and PNG) until it fits. CPU-heavy: run it
//! off the UI thread.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageFormat};

use crate::i18n::{Arg, Msg, t};
use crate::worker::logo::{PreviewError, decode_source};
use crate::zoho::PhotoFormat;
use crate::zoho::logo_write::{MAX_LOGO_BYTES, MAX_LOGO_PIXELS};

/// The JPEG quality of a re-encoded logo: no visible loss on a photo or a flat logo.
pub const JPEG_QUALITY: u8 = 88;

/// The smallest side a fitted logo may have: a picture that fits only below this is refused.
const MIN_SIDE: u32 = 16;

/// How many sizes are tried before giving up (each try aims a little under the limit).
const MAX_TRIES: usize = 8;

/// One picture's measures: its pixels, its encoding's size and format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Size of the encoded file in bytes.
    pub bytes: usize,
    /// The file format.
    pub format: PhotoFormat,
}

impl Measure {
    /// Width × height.
    pub fn pixels(&self) -> u64 {
        u64::from(self.width) * u64::from(self.height)
    }
}

/// What fitting had to do, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Nothing: the bytes are sent as they are.
    Unchanged,
    /// Same pixels in another format: Zoho is only known to take PNG, JPEG and GIF.
    Converted,
    /// Same pixels, encoded smaller: the file was over 1 MB.
    ReEncoded,
    /// Fewer pixels: the picture was over 10 megapixels, or over 1 MB even re-encoded.
    Scaled,
}

/// A picture fitted to Zoho's limits: exactly what will be sent.
#[derive(Clone, PartialEq, Eq)]
pub struct FittedLogo {
    /// The bytes to send.
    pub bytes: Vec<u8>,
    /// What they are.
    pub sent: Measure,
    /// The picture as chosen.
    pub original: Measure,
    /// What was done to it.
    pub change: Change,
    /// Whether the picture has see-through pixels (then it is sent as PNG).
    pub transparent: bool,
}

impl std::fmt::Debug for FittedLogo {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("FittedLogo")
            .field("sent", &self.sent)
            .field("original", &self.original)
            .field("change", &self.change)
            .field("transparent", &self.transparent)
            .finish()
    }
}

/// Why a picture cannot become the logo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FitError {
    /// Not a picture the app reads (SVG, TIFF, a document).
    #[error("unsupported format: {0}")]
    Unsupported(&'static str),
    /// Beyond the app's decoding limits.
    #[error("too large to decode: {0}")]
    TooLarge(String),
    /// The file is damaged.
    #[error("damaged: {0}")]
    Damaged(String),
    /// Even very small it stays over 1 MB (it never is for a real picture).
    #[error("does not fit in 1 MB even at {width} × {height}")]
    CannotFit {
        /// The last size tried.
        width: u32,
        /// The last size tried.
        height: u32,
    },
}

impl From<PreviewError> for FitError {
    fn from(error: PreviewError) -> Self {
        match error {
            PreviewError::Unsupported(format) => FitError::Unsupported(format),
            PreviewError::TooLarge(detail) => FitError::TooLarge(detail),
            PreviewError::Damaged(detail) => FitError::Damaged(detail),
        }
    }
}

/// Fits `bytes` to Zoho's limits (see the module's comment).
pub fn fit(bytes: &[u8]) -> Result<FittedLogo, FitError> {
    let format = PhotoFormat::sniff(bytes);
    let image = decode_source(bytes, format)?;
    let original = Measure {
        width: image.width(),
        height: image.height(),
        bytes: bytes.len(),
        format,
    };
    let transparent = has_transparency(&image);
    let zoho_takes_format = matches!(
        format,
        PhotoFormat::Png | PhotoFormat::Jpeg | PhotoFormat::Gif
    );
    let within = bytes.len() <= MAX_LOGO_BYTES && original.pixels() <= MAX_LOGO_PIXELS;
    if within && zoho_takes_format {
        return Ok(FittedLogo {
            bytes: bytes.to_vec(),
            sent: original,
            original,
            change: Change::Unchanged,
            transparent,
        });
    }

    let (mut width, mut height) =
        scaled_to_pixels(original.width, original.height, MAX_LOGO_PIXELS);
    let mut current = image;
    for _ in 0..MAX_TRIES {
        if (width, height) != (current.width(), current.height()) {
            current = current.resize_exact(width, height, FilterType::Lanczos3);
        }
        let (encoded, sent_format) = encode(&current, transparent)?;
        if encoded.len() <= MAX_LOGO_BYTES {
            let change = if (width, height) != (original.width, original.height) {
                Change::Scaled
            } else if within {
                Change::Converted
            } else {
                Change::ReEncoded
            };
            return Ok(FittedLogo {
                sent: Measure {
                    width,
                    height,
                    bytes: encoded.len(),
                    format: sent_format,
                },
                bytes: encoded,
                original,
                change,
                transparent,
            });
        }
        // Bytes grow about with the pixels: aim 10% under the limit.
        let ratio = MAX_LOGO_BYTES as f64 / encoded.len() as f64 * 0.9;
        let target = (current.width() as f64 * current.height() as f64 * ratio) as u64;
        let next = scaled_to_pixels(current.width(), current.height(), target.max(1));
        if next.0 < MIN_SIDE || next.1 < MIN_SIDE {
            break;
        }
        (width, height) = next;
    }
    Err(FitError::CannotFit { width, height })
}

/// The largest size of `width` × `height`'s proportions with at most `max_pixels`, at least
/// 1 × 1; unchanged when it is within already.
fn scaled_to_pixels(width: u32, height: u32, max_pixels: u64) -> (u32, u32) {
    let pixels = u64::from(width) * u64::from(height);
    if pixels <= max_pixels {
        return (width, height);
    }
    let scale = (max_pixels as f64 / pixels as f64).sqrt();
    let mut new_width = ((f64::from(width) * scale).floor() as u32).max(1);
    let mut new_height = ((f64::from(height) * scale).floor() as u32).max(1);
    // Floating point may leave it a row over.
    while u64::from(new_width) * u64::from(new_height) > max_pixels && new_height > 1 {
        new_height -= 1;
        new_width =
            ((u64::from(width) * u64::from(new_height)) / u64::from(height).max(1)).max(1) as u32;
    }
    (new_width, new_height)
}

/// Whether any pixel is not fully opaque.
fn has_transparency(image: &DynamicImage) -> bool {
    if !image.color().has_alpha() {
        return false;
    }
    match image {
        DynamicImage::ImageRgba8(rgba) => rgba.pixels().any(|pixel| pixel.0[3] < u8::MAX),
        DynamicImage::ImageLumaA8(luma) => luma.pixels().any(|pixel| pixel.0[1] < u8::MAX),
        other => other.to_rgba8().pixels().any(|pixel| pixel.0[3] < u8::MAX),
    }
}

/// The picture as PNG when it has transparency, else the smaller of JPEG and PNG.
fn encode(image: &DynamicImage, transparent: bool) -> Result<(Vec<u8>, PhotoFormat), FitError> {
    let png = encode_png(image)?;
    if transparent {
        return Ok((png, PhotoFormat::Png));
    }
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, JPEG_QUALITY)
        .encode_image(&DynamicImage::ImageRgb8(image.to_rgb8()))
        .map_err(|err| FitError::Damaged(err.to_string()))?;
    Ok(if jpeg.len() < png.len() {
        (jpeg, PhotoFormat::Jpeg)
    } else {
        (png, PhotoFormat::Png)
    })
}

fn encode_png(image: &DynamicImage) -> Result<Vec<u8>, FitError> {
    let mut bytes = Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, ImageFormat::Png)
        .map_err(|err| FitError::Damaged(err.to_string()))?;
    Ok(bytes.into_inner())
}

/// A size as the sentences give it: "2.3 MB", "0.98 MB", "45.2 KB", "800 bytes", with the
/// reader's decimal sign ("0,98 MB") where it is worded.
pub fn size_in_words(bytes: usize) -> Msg {
    const KB: f64 = 1024.0;
    const MB: f64 = KB * KB;
    let size = bytes as f64;
    if size >= MB {
        t::org_file_size_mb(crate::zoho::display::one_decimal(size / MB))
    } else if size >= 100.0 * KB {
        t::org_file_size_mb(Arg::Decimal {
            scaled: (size / MB * 100.0).round() as i64,
            digits: 2,
        })
    } else {
        crate::zoho::display::file_size_msg(bytes)
    }
}

impl FittedLogo {
    /// What was done, in a few words: "scaled from 4000×3000 to 3651×2738, 2.3 MB → 0.98 MB".
    /// Each language words it to follow "The picture was" (`ui-picture-was`, `cli-picture-was`).
    pub fn what_changed(&self) -> Msg {
        let sizes = format!(
            "{} → {}",
            size_in_words(self.original.bytes),
            size_in_words(self.sent.bytes)
        );
        let original = format!("{}×{}", self.original.width, self.original.height);
        let sent = format!("{}×{}", self.sent.width, self.sent.height);
        match self.change {
            Change::Unchanged => t::err_fit_sent_as_is(
                self.sent.format.label(),
                sent,
                size_in_words(self.sent.bytes),
            ),
            Change::Converted => t::err_fit_converted(
                self.original.format.label(),
                sizes,
                self.sent.format.label(),
            ),
            Change::ReEncoded => t::err_fit_re_encoded(self.sent.format.label(), sizes),
            Change::Scaled => t::err_fit_scaled(original, sent, sizes),
        }
    }

    /// Why, in one sentence, for the preview and the command line.
    pub fn why(&self) -> Msg {
        match self.change {
            Change::Unchanged => t::err_fit_within_limits(),
            Change::Converted => t::err_fit_format_not_taken(),
            Change::ReEncoded => t::err_fit_too_heavy(),
            Change::Scaled if self.original.pixels() > MAX_LOGO_PIXELS => {
                t::err_fit_too_many_pixels()
            }
            Change::Scaled => t::err_fit_still_too_heavy(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    /// Cheap grain in `0..=grain` (a random generator is slow over 24 million pixels in a
    /// test build).
    fn grain(x: u32, y: u32, grain: u8) -> u8 {
        let hash = x.wrapping_mul(0x9E37_79B1) ^ y.wrapping_mul(0x85EB_CA77);
        let hash = hash ^ (hash >> 15);
        (hash % (u32::from(grain) + 1)) as u8
    }

    fn encoded(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut bytes = Cursor::new(Vec::new());
        image.write_to(&mut bytes, format).unwrap();
        bytes.into_inner()
    }

    /// A camera-like picture: smooth gradients with a little grain.
    fn photo(width: u32, height: u32, grain: u8) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            let noise = self::grain(x, y, grain);
            Rgb([
                ((x * 200 / width) as u8).saturating_add(noise),
                ((y * 200 / height) as u8).saturating_add(noise),
                (((x + y) * 100 / (width + height)) as u8).saturating_add(noise),
            ])
        })
    }

    #[test]
    fn a_logo_within_the_limits_is_sent_byte_for_byte() {
        let bytes = encoded(
            &DynamicImage::ImageRgb8(photo(480, 160, 4)),
            ImageFormat::Png,
        );
        let fitted = fit(&bytes).unwrap();
        assert_eq!(fitted.change, Change::Unchanged);
        assert_eq!(fitted.bytes, bytes);
        assert_eq!(fitted.sent, fitted.original);
        assert_eq!(
            (fitted.sent.width, fitted.sent.height, fitted.sent.format),
            (480, 160, PhotoFormat::Png)
        );
    }

    #[test]
    fn a_6000_by_4000_photo_is_fitted_under_both_limits() {
        let bytes = encoded(
            &DynamicImage::ImageRgb8(photo(6000, 4000, 24)),
            ImageFormat::Jpeg,
        );
        let fitted = fit(&bytes).unwrap();
        assert_eq!(fitted.change, Change::Scaled);
        assert!(fitted.sent.pixels() <= MAX_LOGO_PIXELS, "{fitted:?}");
        assert!(fitted.bytes.len() <= MAX_LOGO_BYTES, "{fitted:?}");
        // The proportions stay 3:2, to the pixel.
        let ratio = f64::from(fitted.sent.width) / f64::from(fitted.sent.height);
        assert!((ratio - 1.5).abs() < 0.01, "{ratio}");
        // What is described is what is sent.
        let sent = image::load_from_memory(&fitted.bytes).unwrap();
        assert_eq!(
            (sent.width(), sent.height()),
            (fitted.sent.width, fitted.sent.height)
        );
        assert_eq!(fitted.sent.format, PhotoFormat::sniff(&fitted.bytes));
        assert!(
            fitted.what_changed().text().starts_with(&format!(
                "scaled from 6000×4000 to {}×{}, ",
                fitted.sent.width, fitted.sent.height
            )),
            "{}",
            fitted.what_changed()
        );
    }

    #[test]
    fn a_large_png_with_transparency_stays_a_png_with_transparency() {
        // 12 megapixels: over Zoho's 10, like the photo above, at half its cost in a test build.
        let image = RgbaImage::from_fn(4000, 3000, |x, y| {
            let alpha = if x < 1000 { 0 } else { 255 };
            Rgba([(x % 256) as u8, (y % 256) as u8, grain(x, y, 8), alpha])
        });
        let bytes = encoded(&DynamicImage::ImageRgba8(image), ImageFormat::Png);
        let fitted = fit(&bytes).unwrap();
        assert!(fitted.transparent);
        assert_eq!(fitted.sent.format, PhotoFormat::Png);
        assert!(fitted.sent.pixels() <= MAX_LOGO_PIXELS);
        assert!(fitted.bytes.len() <= MAX_LOGO_BYTES);
        let sent = image::load_from_memory(&fitted.bytes).unwrap().to_rgba8();
        assert_eq!(
            sent.get_pixel(0, 0).0[3],
            0,
            "the left edge is still see-through"
        );
        assert_eq!(sent.get_pixel(sent.width() - 1, 0).0[3], 255);
    }

    #[test]
    fn a_1_5_mb_png_only_needs_re_encoding() {
        let bytes = encoded(
            &DynamicImage::ImageRgb8(photo(1000, 700, 24)),
            ImageFormat::Png,
        );
        assert!(
            (1_300_000..=1_800_000).contains(&bytes.len()),
            "the test picture is {} bytes",
            bytes.len()
        );
        let fitted = fit(&bytes).unwrap();
        assert_eq!(fitted.change, Change::ReEncoded);
        assert_eq!((fitted.sent.width, fitted.sent.height), (1000, 700));
        assert_eq!(fitted.sent.format, PhotoFormat::Jpeg);
        assert!(fitted.bytes.len() <= MAX_LOGO_BYTES);
        assert!(
            fitted
                .what_changed()
                .text()
                .starts_with("re-encoded as JPEG, 1."),
            "{}",
            fitted.what_changed()
        );
    }

    #[test]
    fn a_webp_within_the_limits_is_converted_and_a_document_is_refused() {
        let bytes = encoded(
            &DynamicImage::ImageRgba8(RgbaImage::from_pixel(64, 32, Rgba([9, 9, 9, 255]))),
            ImageFormat::WebP,
        );
        let fitted = fit(&bytes).unwrap();
        assert_eq!(fitted.change, Change::Converted);
        assert!(matches!(
            fitted.sent.format,
            PhotoFormat::Png | PhotoFormat::Jpeg
        ));
        assert!(!fitted.transparent);
        assert_eq!(
            fit(b"%PDF-1.7"),
            Err(FitError::Unsupported(PhotoFormat::Unknown.label()))
        );
    }

    #[test]
    fn sizes_read_as_in_the_issue() {
        let english = |bytes| size_in_words(bytes).text_in(crate::i18n::Lang::En);
        assert_eq!(english(2_411_725), "2.3 MB");
        assert_eq!(english(1_027_604), "0.98 MB");
        // The decimal sign is the reader's.
        assert_eq!(
            size_in_words(1_027_604).text_in(crate::i18n::Lang::De),
            "0,98 MB"
        );
        assert_eq!(scaled_to_pixels(4000, 3000, 10_000_000), (3651, 2738));
        assert_eq!(scaled_to_pixels(400, 300, 10_000_000), (400, 300));
    }
}
