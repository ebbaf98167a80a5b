/**
 * Evidence in the article that a capitalised name a pass would keep as an organisation is something else: a thing
 * the article counts ("three CPUs"), words of a title it quotes ("Takin' It to the Streets"), a sign-off's, an outlet
 * told or named only as its website. Pure: the collector asks before it adds an organisation.
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
  return !HEARING_BODY.test(name) && everyMention(name, sentences, (s, i) => TOLD_BEFORE.test(s.slice(Math.max(0, i - TOLD_BEFORE_CHARS), i)));
}

/** Whether the name is written at least once and `test` holds at each of its mentions (the sentence, the name's index). */
function everyMention(name: string, sentences: readonly string[], test: (s: string, at: number) => boolean): boolean {
  let seen = false;
  for (const s of sentences) {
    for (const i of occurrences(s, name)) {
      if (!test(s, i)) return false;
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

/** A news outlet's name: its last word says it publishes the news ("BBC News", "Sky News", "Tarn Valley News"). */
const OUTLET_NAME = /\sNews$/;
/** What follows an outlet named as the page it publishes on: "the … News website". */
const WEBSITE_AFTER = /^(?:['’]s?)? website\b/;
/** The most WEBSITE_AFTER reads after a mention ("'s website" and the boundary after it). */
const WEBSITE_AFTER_CHARS = "'s website ".length;

/**
 * "told the BBC News website", "seen by the BBC News website", "Some BBC News website users": an outlet whose every
 * mention is its website is where the story is published or the words were given to (the paper's own site, like an
 * outlet told), not a body the story is about; an outlet written otherwise ("Sky News reported", "ABC News said") is
 * left to the passes.
 */
export function onlyAsOutletWebsite(name: string, sentences: readonly string[]): boolean {
  return OUTLET_NAME.test(name) && everyMention(name, sentences, (s, i) => WEBSITE_AFTER.test(s.slice(i + name.length, i + name.length + WEBSITE_AFTER_CHARS)));
}

