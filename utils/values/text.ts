// The text normalisers, one for each way text is compared. Text copied from a web page (the admin
// center above all) carries icon-font glyphs from Unicode's private-use area, zero-width
// characters and non-breaking spaces.
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

/** Runs of white space as one space, none at the ends: text as a person reads it. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For comparing names whatever their case and spacing: collapsed and lower case. */
export function comparableText(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/** Removes invisible and icon characters and collapses white space. */
export function cleanPastedText(input: string): string {
  return collapseWhitespace(input.replace(PRIVATE_USE, '').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' '));
}

/**
 * What every label, heading and button text goes through before matching: lower case, no
 * required-field asterisks, no trailing colon, single spaces, no icon glyphs.
 */
export function normaliseLabel(text: string): string {
  return collapseWhitespace(
    cleanPastedText(text)
      .toLowerCase()
      .replace(/[*:]+/g, ' ')
      .replace(/\((required|optional)\)/g, ' '),
  );
}

/**
 * Text cut to fit a message's or a stored value's limit, where it is built, marked with "…":
 * nothing the page shows is dropped whole for being a character too long.
 */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(max - 1, 0))}…` : text;
}
