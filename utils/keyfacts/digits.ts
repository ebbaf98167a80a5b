/**
 * Digits of other scripts as Western ones ("٪١٥" → "%15", "٣٫٥" → "3.5", "۱۴۰۳" → "1403", "२०२६" → "2026"), one
 * character for one, so every position in the result is the same in the text: the date and number patterns read
 * ASCII digits, and the facts are then cut from the text as written.
 */

/** The zero of each script's digits: Arabic-Indic, Persian and Urdu, Devanagari, Bengali. */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6];
const OTHER_DIGIT = /[\u0660-\u066c\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;
/** Arabic's own percent sign, decimal and thousands separators. */
const ARABIC_SIGNS: Record<string, string> = { '\u066a': '%', '\u066b': '.', '\u066c': ',' };

export function westernDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? ARABIC_SIGNS[d]! : String(code - zero);
  });
}
