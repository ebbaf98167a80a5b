/**
 * Evidence in the article that a capitalised name a pass would keep as an organisation is something else: a thing
 * the article counts ("three CPUs"), words of a title it quotes ("Takin' It to the Streets"), a product's name written
 * only with its model's number ("Xbox 2"). Pure: the
 * collector asks before it adds an organisation.
 */

import { occurrences } from './article-view';

/** An acronym of two to eight capitals: the form a count noun of technology or trade takes ("CPU", "SUV", "NGO"). */
const ACRONYM = /^[A-Z]{2,8}$/;

/**
 * "three CPUs", "NGOs say": an acronym the article also writes with a plural "s" is a thing it counts (a part, a
 * vehicle, a kind of body), not the name of one organisation: a body has one of itself.
 */
export function isCountedAcronym(name: string, sentences: readonly string[]): boolean {
  return ACRONYM.test(name) && sentences.some((s) => occurrences(s, `${name}s`).length > 0);
}

/** The longest quotation read as a title: songs, books, shows, slogans and mottos are short; a longer one is speech. */
const TITLE_MAX_WORDS = 8;
/** Small words a title leaves in lower case ("Takin' It to the Streets", "Attack of the Clones"). */
const TITLE_SMALL_WORD = /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|as|vs\.?)$/;
/** A word of a title: capitalised, a small word, or no letters at all ("&", "2"). */
const isTitleWord = (w: string): boolean => /^[^\p{L}]*\p{Lu}/u.test(w) || TITLE_SMALL_WORD.test(w) || !/\p{L}/u.test(w);

/** The quotation a place in a sentence lies inside (its opening and closing quote marks), or null. */
function quotationAround(s: string, from: number, to: number): string | null {
  const open = Math.max(s.lastIndexOf('“', from), s.lastIndexOf('"', from - 1));
  if (open < 0) return null;
  const mark = s[open] === '“' ? '”' : '"';
  // a straight mark opens only if an even number of them stand before it
  if (mark === '"' && (s.slice(0, open).match(/"/g)?.length ?? 0) % 2) return null;
  if (mark === '”' && s.lastIndexOf('”', from) > open) return null;
  const close = s.indexOf(mark, to);
  return close < 0 ? null : s.slice(open + 1, close);
}

/**
 * "his hit “Takin' It to the Streets”", "the motto “In God We Trust”": a name whose every mention lies inside a
 * short quotation in title case, with words of its own besides the name, is part of a title (a song, a book, a
 * show, a slogan), not an organisation the article writes about. (A quotation of the name alone is a nickname or
 * scare quotes, left to the other rules.)
 */
export function onlyInQuotedTitles(name: string, sentences: readonly string[]): boolean {
  let seen = 0;
  for (const s of sentences) {
    for (const i of occurrences(s, name)) {
      const quoted = quotationAround(s, i, i + name.length);
      const words = quoted?.trim().split(/\s+/) ?? [];
      // (more words than the name's: "“Acme,” he said" quotes the name alone)
      const title = !!quoted && words.length > name.split(' ').length && words.length <= TITLE_MAX_WORDS && words.every(isTitleWord);
      if (!title) return false;
      seen++;
    }
  }
  return seen > 0;
}

/** One word with a small letter in it ("Xbox", "PlayStation"): all-capital names are the collector's isModelOrCredit. */
const MIXED_CASE_WORD = /^\p{Lu}[\p{L}]*\p{Ll}[\p{L}]*$/u;
/** A number right after a name ("Xbox 2", "PlayStation 3"), not a score ("Hallam 2-1", "Hallam 2 Kestrels 1"). */
const MODEL_NUMBER_AFTER = /^ \d+(?!\d|\s*[-–]\s*\d| \p{Lu}[\p{L}]* \d)/u;

/**
 * "PlayStation 3, Xbox 2 (codename Xenon)", "Xbox 2 will be released": a one-word name whose every mention has a
 * number right after it is a product's line written with its model, not the maker (the article never writes the
 * maker alone); all-capital words ("RTX 5070") are read by the collector's isModelOrCredit.
 */
export function onlyBeforeModelNumber(name: string, sentences: readonly string[]): boolean {
  if (!MIXED_CASE_WORD.test(name)) return false;
  let seen = false;
  for (const s of sentences) {
    for (const i of occurrences(s, name)) {
      if (!MODEL_NUMBER_AFTER.test(s.slice(i + name.length, i + name.length + 40))) return false;
      seen = true;
    }
  }
  return seen;
}

/** "told the Commons", "told the inquiry": a body that sits and hears what it is told is a body of the story. */
const HEARING_BODY = /\b(?:Commons|Lords|Assembly|Senate|Congress|Parliament|Legislature|[Cc]ommittee|Commission|Inquiry|Court|Tribunal|Council|Board|Hearing)$/;
/** What stands right before an outlet the words were given to: "told", "told the". */
const TOLD_BEFORE = /\btold (?:the )?$/;
/** The most TOLD_BEFORE can match ("told the "): only that much before a mention is read. */
const TOLD_BEFORE_CHARS = 'told the '.length;

/**
 * "he told the BBC News website", "she told Reuters": a name whose every mention follows "told" is the outlet the
 * speaker gave the words to (the paper's own or a news agency), not a body the story is about; a body that sits
 * ("told the Commons", "told the Home Affairs Committee", "told the Commons transport committee") is one.
 */
export function onlyAsListener(name: string, sentences: readonly string[]): boolean {
  if (HEARING_BODY.test(name)) return false;
  let seen = false;
  for (const s of sentences) {
    for (const i of occurrences(s, name)) {
      if (!TOLD_BEFORE.test(s.slice(Math.max(0, i - TOLD_BEFORE_CHARS), i))) return false;
      seen = true;
    }
  }
  return seen;
}

/**
 * A sign-off line of the page, not of the story: an email address or a social handle ("Email: jroe@acme.example",
 * "Twitter: @jroe"), a prompt to follow or subscribe ("Follow Jane Roe on Twitter", "Subscribe to Acme on YouTube"),
 * a copyright, or the credits of other reporters ("… contributed to this report").
 */
const SIGN_OFF =
  /[\w.+-]+@[\w-]+\.[\w.]+|(?:^|\s)@\w{2,}|\b(?:[Ff]ollow|[Ss]ubscribe to|[Mm]essage|[Ll]ike) (?:[\w ]{1,40} )?on (?=\p{Lu})|\bCopyright\b|©|contributed (?:to )?this report/u;

/**
 * "Follow Jane Roe on Twitter", "Copyright 2010 Associated Press": a name whose every mention lies in the page's
 * sign-off lines is where the reader may find the writer or who owns the text, not an organisation of the story.
 */
export function onlyInSignOffs(name: string, sentences: readonly string[]): boolean {
  let seen = false;
  for (const s of sentences) {
    if (!s.includes(name) || !occurrences(s, name).length) continue;
    if (!SIGN_OFF.test(s)) return false;
    seen = true;
  }
  return seen;
}
