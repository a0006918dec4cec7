//! Photos are decoded once on upload, under hard limits, to prove they are images and to make the
//! small JPEG that lists show (a phone on shop-floor Wi-Fi should not fetch a 5 MB original to draw
//! a 96 px square).
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};

/// Longest side of a thumbnail, in pixels (twice the 96 px it is drawn at, for sharp phone screens).
pub const SIDE: u32 = 192;
/// Widest or tallest photo that is decoded at all.
pub const MAX_SIDE: u32 = 12_000;
/// The most memory one decode may take (a 12,000 x 12,000 RGBA image would need 576 MB).
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ThumbError {
    #[error("The photo could not be read as an image.")]
    Unreadable,
    #[error("The photo is larger than 12,000 pixels on a side.")]
    TooLarge,
}

/// A JPEG thumbnail of `bytes` (JPEG, PNG or WebP), upright by its EXIF orientation.
pub fn make(bytes: &[u8]) -> Result<Vec<u8>, ThumbError> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| ThumbError::Unreadable)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(classify)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(classify)?;
    img.apply_orientation(orientation);
    // never blown up: a photo already small enough keeps its size
    let small =
        if img.width() <= SIDE && img.height() <= SIDE { img.to_rgb8() } else { img.thumbnail(SIDE, SIDE).to_rgb8() };
    let mut out = Vec::with_capacity(16 * 1024);
    JpegEncoder::new_with_quality(&mut out, 80).encode_image(&small).map_err(|_| ThumbError::Unreadable)?;
    Ok(out)
}

fn classify(e: image::ImageError) -> ThumbError {
    match e {
        image::ImageError::Limits(_) => ThumbError::TooLarge,
        _ => ThumbError::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, _| image::Rgb([(x % 256) as u8, 40, 90]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img).write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png).unwrap();
        out
    }

    /// CRC-32 (IEEE) as PNG chunks carry it.
    fn crc32(data: &[u8]) -> u32 {
        let mut c = 0xFFFF_FFFFu32;
        for &b in data {
            c ^= b as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
        }
        !c
    }

    fn size(jpeg: &[u8]) -> (u32, u32) {
        let img = image::load_from_memory(jpeg).unwrap();
        (img.width(), img.height())
    }

    #[test]
    fn a_photo_becomes_a_small_jpeg_keeping_its_shape() {
        let t = make(&png(640, 480)).unwrap();
        assert!(t.starts_with(&[0xFF, 0xD8, 0xFF]), "a JPEG");
        assert_eq!(size(&t), (192, 144));
        // a tiny photo is not blown up
        assert_eq!(size(&make(&png(40, 20)).unwrap()), (40, 20));
    }

    #[test]
    fn fakes_and_bombs_are_refused() {
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(&[0u8; 64]);
        assert_eq!(make(&fake), Err(ThumbError::Unreadable));
        assert_eq!(make(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]), Err(ThumbError::Unreadable));
        // a PNG header claiming 60,000 x 60,000 pixels is refused before anything is allocated
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&60_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&60_000u32.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(make(&bomb), Err(ThumbError::TooLarge));
    }
}
