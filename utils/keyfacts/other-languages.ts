/**
 * Month names and unit words of the languages news is most often read in besides English, taken from the
 * runtime's own CLDR data (`Intl`), not typed lists: on a non-English article a date ("1. Januar 2027",
 * "27 de novembro") and a number's unit ("48 Prozent", "30 milliards d'euros") are language-independent facts.
 * Built on the first non-English article, once per background start.
 */

/** Languages whose words are read (Latin script; the others' digits and symbols are read as before). */
const LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'id', 'tr', 'pl', 'sv', 'da', 'nb', 'fi', 'ro', 'cs', 'hr'];
/** Units a news number counts in: shares, time, distance, weight, volume. */
const UNITS = ['percent', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'kilometer', 'meter', 'kilogram', 'gram', 'liter', 'celsius'];
/** Currencies whose names follow amounts in European news ("Euro", "dólares estadounidenses"). */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'INR', 'BRL', 'MXN', 'TRY', 'PLN', 'SEK', 'NOK', 'DKK', 'IDR'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "por ciento" wins over a shorter word it starts with. */
const alternation = (words: Iterable<string>) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');

function partsOf(locale: string, options: Intl.NumberFormatOptions, type: string): string[] {
  // singular and plural forms ("1 Jahr", "5 Jahre"; "1 dollar", "5 dollars")
  return [1, 5].map((n) =>
    new Intl.NumberFormat(locale, options)
      .formatToParts(n)
      .filter((p) => p.type === type)
      .map((p) => p.value)
      .join('')
      .trim(),
  );
}

let months: string | undefined;
/** Month names of LANGUAGES, as a regular-expression alternation (matched without regard to case). */
export function monthNames(): string {
  return (months ??= alternation(
    LANGUAGES.flatMap((l) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => new Intl.DateTimeFormat(l, { month: 'long' }).format(new Date(2020, m, 15)).toLowerCase())),
  ));
}

let monthSet: Set<string> | undefined;
/** "Januar", "octobre": a month's name in one of LANGUAGES. */
export function isMonthName(word: string): boolean {
  monthSet ??= new Set(monthNames().split('|'));
  return monthSet.has(word.toLowerCase());
}

let unitRe: RegExp | undefined;
/**
 * The unit after a number at `at` in a non-English sentence (" Prozent", " pour cent", " d'euros" after a scale),
 * or null. A currency may come after "de", "d'" or "di" ("milliards d'euros", "millones de dólares").
 */
export function unitAfter(s: string, at: number): string | null {
  unitRe ??= (() => {
    const units = LANGUAGES.flatMap((l) => UNITS.flatMap((unit) => partsOf(l, { style: 'unit', unit, unitDisplay: 'long' }, 'unit')));
    const money = LANGUAGES.flatMap((l) =>
      CURRENCIES.flatMap((currency) => partsOf(l, { style: 'currency', currency, currencyDisplay: 'name' }, 'currency')).flatMap((n) => [n, n.replace(/^.*-/, '')]),
    );
    return new RegExp(`(?: |\u00a0)(?:(?:${alternation(units)})|(?:d'|d’|de |di )?(?:${alternation(money)}))(?![\\p{L}\\d])`, 'iuy');
  })();
  unitRe.lastIndex = at;
  return unitRe.exec(s)?.[0] ?? null;
}
