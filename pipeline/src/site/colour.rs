//! A colour per speaker: the same id gets the same colour in every document, every
//! report and on every machine, and every colour keeps body text readable.

/// The text colour every highlight is read with.
pub const TEXT: Rgb = Rgb(0x11, 0x11, 0x11);

/// The highlight of an attribution with no speaker.
pub const NOBODY: Rgb = Rgb(0xdd, 0xdd, 0xdd);

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// As `getComputedStyle` reports it: `rgb(r, g, b)`.
    pub fn css_rgb(self) -> String {
        format!("rgb({}, {}, {})", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG 2 contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// The highlight colour of `speaker` (an id; `None` for an attribution without one).
///
/// The hue is one of [`HUES`], picked by the id's blake3 hash, not by the speaker's
/// position in a list, so adding a document never repaints anyone. Twelve hues far
/// apart tell speakers apart better than any hue of a continuous wheel (two ids a few
/// degrees apart look the same); saturation and lightness are fixed at a pale tint so
/// that [`TEXT`] on any of them stays above 7:1 (WCAG AAA).
pub fn speaker(speaker: Option<&str>) -> Rgb {
    let Some(id) = speaker else { return NOBODY };
    let hash = blake3::hash(id.as_bytes());
    let bytes = hash.as_bytes();
    let pick = usize::from(u16::from_le_bytes([bytes[0], bytes[1]])) % HUES.len();
    hsl(f64::from(HUES[pick]), 0.80, 0.82)
}

/// The hues speakers are painted in: spread by eye rather than by degree (greens and
/// blues are wide, yellows narrow).
pub const HUES: [u16; 12] = [0, 28, 52, 90, 135, 168, 192, 212, 235, 262, 290, 325];

fn hsl(h: f64, s: f64, l: f64) -> Rgb {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let hp = h / 60.0;
    let x = c * (1.0 - (hp % 2.0 - 1.0).abs());
    let (r, g, b) = match hp as u8 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    Rgb(to(r), to(g), to(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hue_keeps_text_above_seven_to_one() {
        for hue in HUES {
            let bg = hsl(f64::from(hue), 0.80, 0.82);
            let ratio = bg.contrast(TEXT);
            assert!(ratio >= 7.0, "hue {hue}: {} gives {ratio:.2}", bg.hex());
        }
        assert!(NOBODY.contrast(TEXT) >= 7.0);
    }

    #[test]
    fn a_speaker_keeps_its_colour_and_others_differ() {
        assert_eq!(speaker(Some("john-legend")), speaker(Some("john-legend")));
        // the two people of the seeds, side by side in every article
        assert_ne!(speaker(Some("john-legend")), speaker(Some("kanye-west")));
        assert_eq!(speaker(None), NOBODY);
    }

    #[test]
    fn hsl_matches_known_colours() {
        assert_eq!(hsl(0.0, 1.0, 0.5), Rgb(255, 0, 0));
        assert_eq!(hsl(120.0, 1.0, 0.5), Rgb(0, 255, 0));
        assert_eq!(hsl(240.0, 1.0, 0.5), Rgb(0, 0, 255));
    }
}
