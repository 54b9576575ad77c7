//! `zoho-org-viewer logo --out FILE [--org ORG]`: save the logo, byte for byte as Zoho sent it.

use std::path::{Path, PathBuf};

use super::error::CliError;
use super::setup::Setup;
use super::signed_in::with_org_session;
use super::terminal::{say, say_err};
use crate::i18n::{Msg, t};
use crate::store::write_atomically;
use crate::zoho::{Photo, PhotoFormat};

/// Fetches the logo and writes it to `out` atomically: the whole file or nothing.
pub(crate) fn logo(out: &Path, query: Option<&str>) -> Result<(), CliError> {
    if out.is_dir() {
        return Err(CliError::OutIsFolder {
            path: out.to_path_buf(),
            example: out.join("logo.png"),
        });
    }
    let setup = Setup::from_environment()?;
    let photo = with_org_session(&setup, query, |session| async move {
        session.get_org_photo().await
    })?
    .ok_or(CliError::NoLogo)?;
    write_atomically(out, &photo.bytes, false).map_err(|source| CliError::SaveLogo {
        path: out.to_path_buf(),
        source,
    })?;
    let shown = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
    say(&t::cli_logo_saved(
        describe(&photo),
        shown.display().to_string(),
    ));
    if let Some(note) = extension_note(&photo, out) {
        say_err(&note);
    }
    Ok(())
}

/// "PNG, 480 × 160 pixels, 9.8 KB"; the pixel size only when the header can be read.
fn describe(photo: &Photo) -> Msg {
    let format = photo.format.name();
    let size = crate::zoho::display::file_size(photo.bytes.len());
    match pixel_size(&photo.bytes) {
        Some((width, height)) => t::cli_logo_described_sized(format, height, size, width),
        None => t::cli_logo_described(format, size),
    }
}

/// The picture's size from its header alone (nothing is decoded).
fn pixel_size(bytes: &[u8]) -> Option<(u32, u32)> {
    image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .ok()?
        .into_dimensions()
        .ok()
}

/// A word when the file name promises another format than the bytes are: the bytes are saved
/// as sent, but some programs go by the name.
fn extension_note(photo: &Photo, out: &Path) -> Option<Msg> {
    let extension = out.extension()?.to_str()?.to_ascii_lowercase();
    let expected = photo.format.extension();
    let same = extension == expected
        || matches!(
            (photo.format, extension.as_str()),
            (PhotoFormat::Jpeg, "jpeg" | "jpe") | (PhotoFormat::Tiff, "tif")
        );
    if same || photo.format == PhotoFormat::Unknown {
        return None;
    }
    let mut suggested = PathBuf::from(out);
    suggested.set_extension(expected);
    Some(t::cli_logo_extension_note(
        extension,
        photo.format.label(),
        suggested.display().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// A PNG signature: enough for the format to be recognised.
    const PNG_HEADER: &[u8] = b"\x89PNG\r\n\x1a\n";

    #[test]
    fn the_description_names_format_pixels_and_size() {
        let mut encoded = std::io::Cursor::new(Vec::new());
        image::RgbaImage::new(48, 16)
            .write_to(&mut encoded, image::ImageFormat::Png)
            .unwrap();
        let bytes = encoded.into_inner();
        let length = bytes.len();
        let photo = Photo::new(bytes, None);
        assert_eq!(
            describe(&photo).text_in(Lang::En),
            format!("PNG, 48 × 16 pixels, {length} bytes")
        );
        let unknown = Photo::new(b"not a picture".to_vec(), None);
        assert_eq!(
            describe(&unknown).text_in(Lang::En),
            "Unknown format, 13 bytes"
        );
    }

    #[test]
    fn a_misleading_extension_gets_a_note() {
        let png = Photo::new(PNG_HEADER.to_vec(), None);
        assert!(extension_note(&png, Path::new("logo.png")).is_none());
        assert!(extension_note(&png, Path::new("logo.PNG")).is_none());
        assert!(extension_note(&png, Path::new("logo")).is_none());
        let note = extension_note(&png, Path::new("logo.jpg"))
            .unwrap()
            .text_in(Lang::En);
        assert!(
            note.contains("PNG image") && note.contains("logo.png"),
            "{note}"
        );
        let jpeg = Photo::new(b"\xff\xd8\xff\xe0".to_vec(), None);
        assert!(extension_note(&jpeg, Path::new("logo.jpeg")).is_none());
    }
}
