/** Letter classes for regular expressions (explicit ranges compile faster than \p{…} in a fresh popup). */

/** Capital letters: Latin, Latin-1, Latin Extended-A, Greek, Cyrillic. */
export const UPPER = 'A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F';
/** Small letters of the same scripts. */
export const LOWER = 'a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F\u03B1-\u03C9\u0430-\u044F';
/** Letters of scripts without case: Hebrew, Arabic, Indic, Thai, kana, CJK, Hangul. */
export const CASELESS = '\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF';
/** Any letter of the scripts above. */
export const LETTER = `A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF${CASELESS}`;

/** A regular expression from a raw template (backslashes as in a literal), with the `u` flag. */
export const re = (s: TemplateStringsArray, ...v: string[]): RegExp => new RegExp(String.raw(s, ...v), 'u');
/** The same with `g`, for `exec` loops and `replace`. */
export const reG = (s: TemplateStringsArray, ...v: string[]): RegExp => new RegExp(String.raw(s, ...v), 'gu');
/** Text to be matched literally inside one of those expressions (a name with a dot or a bracket). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const STARTS_UPPER = re`^[${UPPER}]`;
/** One capital letter: an initial without its dot. */
export const ONE_UPPER = re`^[${UPPER}]$`;
/** "U.S", "N.Y", "a.m" (the last dot already cut). */
export const DOTTED = re`^(?:[${LETTER}]\.)+[${LETTER}]$`;
/** A sentence ends with a stop, a closing quote or bracket; headings, captions and rows of lists often do not. */
export const ENDS_LIKE_SENTENCE = /[.!?…。！？"”’)]$/;
/**
 * A possessive right after a mention ("Kovar's", "Acme’s"): the name owns something. Not a bare apostrophe before a space
 * ("the Joneses' house"), which closes a quotation as often (place-evidence.ts takes it where a place's preposition
 * comes before).
 */
export const POSSESSIVE_AFTER = /^['’]s?\b/;
