//! Large logos for the benchmarks, drawn here so that every run decodes the same pictures: a
//! company mark (a ring with a gradient, a bar of "lettering", soft shadows) on a transparent
//! background, which compresses like a real logo rather than like noise or a flat colour.

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

use crate::error::Result;

/// The colour of the logo at (`x`, `y`) on a `side` × `side` canvas, or `None` for background.
fn mark(x: u32, y: u32, side: u32) -> Option<[u8; 3]> {
    let unit = side as f32;
    let (fx, fy) = (x as f32 / unit, y as f32 / unit);
    let (dx, dy) = (fx - 0.5, fy - 0.42);
    let distance = (dx * dx + dy * dy).sqrt();
    // A fine texture, as anti-aliased artwork has, so the file is not trivially small.
    let grain = ((x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 9) as f32 - 4.0;
    let shade = |value: f32| (value + grain).clamp(0.0, 255.0) as u8;
    if (0.22..0.34).contains(&distance) {
        let angle = dy.atan2(dx);
        Some([
            shade(59.0 + 120.0 * (0.5 + 0.5 * angle.sin())),
            shade(91.0 + 80.0 * fx),
            shade(219.0 - 90.0 * fy),
        ])
    } else if (0.80..0.88).contains(&fy) && (0.15..0.85).contains(&fx) {
        // "Lettering": blocks of different widths along a line.
        let letter = ((fx - 0.15) * 40.0) as u32;
        let inside = ((fx - 0.15) * 40.0).fract() < 0.35 + 0.1 * (letter % 4) as f32;
        inside.then(|| [shade(33.0), shade(37.0), shade(41.0)])
    } else {
        None
    }
}

/// A `side` × `side` PNG logo with transparency.
pub fn png_logo(side: u32) -> Result<Vec<u8>> {
    let image = RgbaImage::from_fn(side, side, |x, y| match mark(x, y, side) {
        Some([r, g, b]) => Rgba([r, g, b, 255]),
        None => Rgba([255, 255, 255, 0]),
    });
    let mut bytes = Vec::new();
    image.write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)?;
    Ok(bytes)
}

/// A `side` × `side` JPEG logo on white, at quality 90.
pub fn jpeg_logo(side: u32) -> Result<Vec<u8>> {
    let image = RgbImage::from_fn(side, side, |x, y| {
        Rgb(mark(x, y, side).unwrap_or([255, 255, 255]))
    });
    let mut bytes = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90);
    image.write_with_encoder(encoder)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_logos_decode_to_their_size() {
        let png = png_logo(256).unwrap();
        let decoded = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (256, 256));
        assert!(decoded.color().has_alpha());
        let jpeg = jpeg_logo(128).unwrap();
        let decoded = image::load_from_memory_with_format(&jpeg, ImageFormat::Jpeg).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (128, 128));
    }
}
