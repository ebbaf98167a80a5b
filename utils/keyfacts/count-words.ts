/**
 * Counts written as words. English's number words are a closed class of its grammar, not names: typed once here for
 * every pass that reads a count (a date's "fifteen years ago", a share's "nine out of 10", a list's "two other
 * lawyers", a count opening a capitalised run, "Two Clinton aides"), so each reads the same words.
 */

/** "one" to "twenty", in order: a word's value is its place (CARDINALS[6] is "seven", 7). */
export const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** The tens after twenty. */
export const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A count without its figure: "several lawyers", "dozens of fans", "both sides". */
export const VAGUE_COUNTS = ['several', 'many', 'some', 'both', 'all', 'dozens', 'hundreds', 'thousands'];
/** Every count word: the cardinals, the tens and the vague counts. */
export const COUNT_WORDS = [...CARDINALS, ...TENS, ...VAGUE_COUNTS];

/** The value of a cardinal written in words ("Seven" → 7), 0 for any other word. */
export const cardinalValue = (word: string): number => CARDINALS.indexOf(word.toLowerCase()) + 1;

/** The words with a capital first letter, as a sentence opens with them ("Two", "Several"). */
export const capitalised = (words: string[]): string[] => words.map((w) => w[0]!.toUpperCase() + w.slice(1));

/** A pattern's alternation of the words, each in lower case or opening with a capital ("[Tt]wo|[Tt]hree"). */
export const eitherCase = (words: string[]): string => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
