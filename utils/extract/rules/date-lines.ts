import { short, text } from './text';
import { byTags } from '../walk';

const DATE_WORDS = /\d+|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|yesterday|[ap]\.?m\.?|utc|gmt|[a-z][sd]t|at|on|updated|published|posted)\b|[\s,.:;|/\-–—()]/gi;
/** A date and time take fewer characters than this ("Updated: Tuesday 19 November 2019, 10:02 AM GMT"). */
const MAX_DATE_LINE = 60;

/**
 * Beside a date with a time of day, a label of at most this many words in any language ("Zuletzt aktualisiert am … Uhr");
 * more is a sentence. A single character is no word: a date's units in Chinese and Japanese (年, 月, 日), Russian's "г."
 * for the year, French "à" before the hour, a writer's initials ("By J.K.").
 */
const MAX_LABEL_WORDS = 3;

/** A time of day: 18:50, 10.34, 10h02; not a date's "07.01." or "2022.08.10". */
const TIME_OF_DAY = /(?<![.\d])\d\d?[:.h]\d\d(?![.\d])/g;

/**
 * A short line that is only a date and time ("Nov. 20, 2019 5:52 AM EST", "Updated: 18 NOV 2019"), or a date with a
 * time of day and a few words the list above does not know; without a year, two times of day and those few words
 * ("Uppdaterad 15.59 | Publicerad 14.14": when a story went up and was last changed that day).
 */
function isDateLine(t: string): boolean {
  const rest = t.replace(DATE_WORDS, ' ').trim();
  const times = t.match(TIME_OF_DAY)?.length ?? 0;
  const labelled = times > 0 && !rest.match(/\S\S+/g)?.[MAX_LABEL_WORDS];
  return t.length < MAX_DATE_LINE && (/\b(1[89]|20)\d\d\b/.test(t) ? !rest || labelled : times > 1 && labelled);
}

/** Beside its <time>, a date line has a label this short ("Publié le", "Aktualisiert am … Uhr"), and no sentence. */
const MAX_TIME_LABEL = 30;

/** A short line made of <time> elements and a short label, in any language ("Mis à jour le <time>…</time>"). */
function isTimeLine(el: Element, t: string): boolean {
  const times = [...el.getElementsByTagName('time')];
  if (!times.length) return false;
  const label = times.reduce((rest, time) => rest.replace(text(time), ''), t).trim();
  return label.length <= MAX_TIME_LABEL && !/[.!?]$/.test(label);
}

/** A <time> outside any paragraph with no words beside it (a post's date over its title), not one inside a sentence. */
const standsAlone = (el: Element) => !el.closest('p') && ![el.previousSibling, el.nextSibling].some((n) => n?.nodeType === 3 && n.nodeValue!.trim());

/** Removes blocks that are only a date and time (the reader shows the date in its header), and such a <time> standing alone. */
export function removeDateLines(root: Element): void {
  for (const el of byTags(root, 'p div li h2 h3 h4 h5 h6 time')) {
    const t = el.isConnected && short(el, MAX_DATE_LINE);
    if (t && (el.localName !== 'time' || standsAlone(el)) && (isDateLine(t) || isTimeLine(el, t))) el.remove();
  }
}
