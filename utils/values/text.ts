// Text copied from a web page (the admin center above all) carries icon-font glyphs from Unicode's
// private-use area, zero-width characters and non-breaking spaces. One normaliser for all of it.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Removes invisible and icon characters and collapses white space. */
export function cleanPastedText(input: string): string {
  return input
    .replace(PRIVATE_USE, '')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
