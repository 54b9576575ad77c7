//! Pictures for the logo tests, made in memory: small, large, noisy (so they do not compress),
//! with and without transparency.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use rand::{Rng, SeedableRng, rngs::StdRng};

/// `image` encoded as `format`.
pub fn encode(image: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut bytes = Cursor::new(Vec::new());
    image
        .write_to(&mut bytes, format)
        .expect("the test image encodes");
    bytes.into_inner()
}

/// A flat-coloured RGB picture: tiny as PNG whatever its size.
pub fn flat(width: u32, height: u32) -> DynamicImage {
    DynamicImage::ImageRgb8(RgbImage::from_pixel(width, height, Rgb([30, 90, 160])))
}

/// An RGB picture of random pixels: a PNG of it is about 3 bytes a pixel.
pub fn noise(width: u32, height: u32) -> DynamicImage {
    let mut rng = StdRng::seed_from_u64(u64::from(width) * 31 + u64::from(height));
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |_, _| {
        Rgb([rng.r#gen(), rng.r#gen(), rng.r#gen()])
    }))
}

/// A photo-like RGB picture: smooth gradients with a little grain, as a camera makes them.
pub fn photo(width: u32, height: u32) -> DynamicImage {
    let mut rng = StdRng::seed_from_u64(7);
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        let grain: u8 = rng.gen_range(0..12);
        Rgb([
            ((x * 255 / width.max(1)) as u8).saturating_add(grain),
            ((y * 255 / height.max(1)) as u8).saturating_add(grain),
            (((x + y) * 127 / (width + height).max(1)) as u8).saturating_add(grain),
        ])
    }))
}

/// An RGBA picture of random pixels whose left half is see-through.
pub fn noise_with_alpha(width: u32, height: u32) -> DynamicImage {
    let mut rng = StdRng::seed_from_u64(u64::from(width) + 5);
    DynamicImage::ImageRgba8(RgbaImage::from_fn(width, height, |x, _| {
        let alpha = if x < width / 2 { 0 } else { 255 };
        Rgba([rng.r#gen(), rng.r#gen(), rng.r#gen(), alpha])
    }))
}
