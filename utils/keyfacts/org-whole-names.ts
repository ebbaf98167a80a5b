/**
 * An organisation the passes kept by a part of its name: "Change" of "Color of Change", "Cassa Depositi" of "Cassa
 * Depositi e Prestiti", "United Nations High Commissioner" of "… for Human Rights". The phrase builder breaks a name
 * at a lower-case connector unless a word of organisations' names says it goes on; where the article writes the
 * kept name only ever glued, by the same connector, to the same capitalised words, those words are part of it.
 */

import { UPPER, LETTER } from './chars';
import type { Collector } from './collector';
import { isCalendarWord } from './collector';
import { isCommonWord, isGivenName, isKnownPlace } from './gazetteer';
import { HONORIFICS, LEAD_STOP } from './lexicon';
import { occurrences } from './article-view';
import { orgKey } from './coreference';
import { isDescriptor } from './evidence';
import { isRoleWord } from './people';
import { isPossessive, lower, stripPossessive } from './phrases';

/** A capitalised word of a name ("Prestiti", "Miami-Dade", "Children’s"). */
const CAP = String.raw`[${UPPER}][${LETTER}'’.&-]*`;
/**
 * The connectors a name goes on over after the kept part: "of Fame", "for Human Rights", "e Prestiti". Not "to"
 * ("from Uber to Atlassian") nor "and" (a list: "Acme and Globex"), nor "in" (where a body is, "in England").
 */
const GOES_ON = new RegExp(String.raw`^ (?:of|for|e|di|dei|del|de|du|da|do)(?: the)? (${CAP}(?: (?:${CAP}|&))*)`, 'u');
/**
 * The connectors a name opens with before the kept part: "Color of Change", "Blackburn with Darwen Borough Council",
 * "Campaign for Better Transport", "Investors in People", "Banca Monte dei Paschi". One or two capitalised words, and
 * no "the": "Chairman of the X", "Members of the X" name people of the body, not the body.
 */
const OPENS_WITH = new RegExp(String.raw`(?:^|[\s(“"‘])((?:${CAP} )?${CAP}) (?:of|with|for|in|e|di|dei|de) $`, 'u');
/**
 * "Nielsen/NetRatings", "Nord/LB": a slash between two kept organisations' names, each only ever written so, makes one
 * body's name. Both must be kept (a photo's credit glues a photographer to an agency, "Burton/Getty"), and not in a
 * credit's line (after a colon, a bracket or a credit's word: "Photograph: AFP/Getty", "(Reuters/Getty)").
 */
const CREDIT_BEFORE = /(?:[:(©]|\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Cc]redits?|[Ss]ource)\b)[^.!?]*$/;
const SLASHED_AFTER = new RegExp(String.raw`^\/{1,2}(${CAP})`, 'u');
const SLASHED_BEFORE = new RegExp(String.raw`(?:^|[\s(“"‘])((?:${CAP} )?${CAP})\/{1,2}$`, 'u');
/**
 * "Echo and the Bunnymen", "Larsen & Toubro": one capitalised word after "and" or "&" goes on a kept one-word
 * organisation's name when it is no body, place, person or ordinary word of its own and the article writes it nowhere
 * else (a list names bodies the article keeps or writes alone: "Acme and Globex"; a longer run after "and" is most
 * often the next body of a list: "the Helis Foundation and the State").
 */
const ANDED_AFTER = new RegExp(String.raw`^ (?:and|&)(?: the)? ([${UPPER}]\p{Ll}[${LETTER}'’]*)(?![\p{L}\p{N}]| ${CAP})`, 'u');
/**
 * "Friends of the Earth", "War on Want", "Interactive Media in Retail Group": a kept organisation glued by a lower-case
 * connector to the capitalised words of another kept one (a list's cue keeps each part as a name). Not "in the" nor
 * "on the": "drew with Sporting in the Europa League" names a side and its competition.
 */
const PAIR_GLUE = new RegExp(String.raw`^ ((?:of|for)(?: the)?|on|in) (${CAP}(?: ${CAP})*)`, 'u');
/** The characters after a mention read for such glue (a connector and a few capitalised words). */
const GLUE_READ = 120;
/** A number right after the words that would continue a name: they were a currency or a unit ("for Rs 6.2 crore"). */
const PRICE_AFTER = /^\s?\d/;

/** Words that are none of a body's name: a person's (role, title, given name, a surname the article uses), a month. */
function personOrRole(c: Collector, words: string[]): boolean {
  return words.some((w) => {
    const bare = stripPossessive(w);
    return isRoleWord(bare) || HONORIFICS.has(lower(bare)) || isCalendarWord(bare) || !!c.personBySurname(bare) || c.people.has(bare);
  }) || isGivenName(words[0]!);
}

/** The capitalised words after the name that continue it, or '' ("of South Korea": a place says where the body is). */
function continuation(c: Collector, name: string, after: string, lineBefore: string, prose: string): string {
  const anded = ANDED_AFTER.exec(after);
  if (anded && !name.includes(' ')) {
    const [glued, word] = [anded[0], anded[1]!];
    const alone = occurrences(prose, word).length > occurrences(prose, name + glued).length;
    return alone || isCommonWord(word) || isKnownPlace(word) || c.hasOrg(word) || personOrRole(c, [word]) ? '' : glued;
  }
  const slash = SLASHED_AFTER.exec(after);
  if (slash) {
    if (CREDIT_BEFORE.test(lineBefore)) return '';
    const glued = slash[0].replace(/\.$/, '');
    return c.hasOrg(glued.replace(/^\/+/, '')) || c.hasOrg(name + glued) ? glued : '';
  }
  const m = GOES_ON.exec(after);
  if (!m) return '';
  const run = m[1]!.replace(/\.$/, '');
  const words = run.split(' ');
  // ("joined Acme Titans for Rs 6.2 crore": a price's currency, not a name)
  if (PRICE_AFTER.test(after.slice(m[0].length)) || isKnownPlace(run) || isKnownPlace(words[0]!) || c.hasOrg(run) || personOrRole(c, words)) return '';
  return m[0].slice(0, m[0].length - m[1]!.length) + run;
}

/**
 * The capitalised words before the name that open it, or '' (a person, a role, an article or a descriptor before).
 * `openerAllowed`: an ordinary word that opens the sentence may open the name too (another mention writes it so inside one).
 */
function opening(c: Collector, name: string, before: string, openerAllowed = false): string {
  const slash = SLASHED_BEFORE.exec(before);
  if (slash) {
    if (CREDIT_BEFORE.test(before.slice(0, slash.index + 1))) return '';
    const glued = before.slice(slash.index + slash[0].indexOf(slash[1]!));
    return c.hasOrg(slash[1]!) || c.hasOrg(glued + name) ? glued : '';
  }
  const m = OPENS_WITH.exec(before);
  if (!m) return '';
  const start = m.index + m[0].indexOf(m[1]!);
  const words = m[1]!.split(' ');
  // ("Shares of Acme were …": an ordinary word that opens the sentence is no part of the name)
  const opensSentence = !/[^\s"“‘(]/.test(before.slice(0, start));
  if ((opensSentence && !openerAllowed && isCommonWord(words[0]!)) || LEAD_STOP.has(lower(words[0]!)) || words.some(isDescriptor) || c.hasOrg(m[1]!) || personOrRole(c, words)) return '';
  return before.slice(start);
}

/** The words glued after a mention and the name they end with ("of the Earth", "on Want" of "on Want's John Hilary"). */
function gluedAfter(after: string): { glue: string; second: string } {
  const m = PAIR_GLUE.exec(after);
  if (!m) return { glue: '', second: '' };
  const words = m[2]!.replace(/\.$/, '').split(' ');
  const owner = words.findIndex(isPossessive);
  const second = stripPossessive((owner < 0 ? words : words.slice(0, owner + 1)).join(' '));
  return { glue: ` ${m[1]} ${second}`, second };
}

/**
 * Joins two kept organisations the article writes only as one name, glued by a lower-case connector: every mention of
 * the first runs on to the second by the same words, and the second is written nowhere else ("Friends of the Earth":
 * neither "Friends" nor "Earth" alone).
 */
function joinGluedPairs(c: Collector, prose: string): void {
  for (const [key, o] of [...c.orgs]) {
    if (!c.orgs.has(key)) continue;
    const glued = occurrences(prose, o.name).map((at) => gluedAfter(prose.slice(at + o.name.length, at + o.name.length + GLUE_READ)));
    const { glue, second } = glued[0] ?? { glue: '', second: '' };
    const whole = o.name + glue;
    const other = c.orgs.get(orgKey(second));
    if (!glue || !other || other === o || glued.some((g) => g.glue !== glue) || occurrences(prose, second).length !== occurrences(prose, whole).length) continue;
    c.orgs.delete(key);
    c.orgs.delete(orgKey(second));
    c.addOrg(whole, o.acronym || c.acronymOf(whole), o.sentence, c.viaOf('orgs', o.name) ?? 'form');
    // (a whole name the collector would not add leaves both as they were)
    if (!c.hasOrg(whole)) {
      c.orgs.set(key, o);
      c.orgs.set(orgKey(second), other);
    }
  }
}

/**
 * Replaces each kept organisation whose every mention in the article's prose is glued the same way to more of its
 * name by that whole name (its cue and acronym kept). A mention written alone anywhere keeps the name as it is.
 */
export function wholeNamesOfFragments(c: Collector): void {
  if (!c.orgs.size) return;
  // the prose sentences joined by line breaks: one search per name, a mention's sentence is its line
  const prose = c.sents.filter((_, i) => !c.row[i] && c.prose[i]).map((s) => s.text).join('\n');
  joinGluedPairs(c, prose);
  for (const [key, o] of [...c.orgs]) {
    let whole = '';
    // (a mention whose opening word only opens its sentence counts if another mention writes the same name inside one)
    let sure = false;
    for (const at of occurrences(prose, o.name)) {
      const lineStart = prose.lastIndexOf('\n', at) + 1;
      const lineEnd = prose.indexOf('\n', at);
      const line = prose.slice(lineStart, at);
      const after = continuation(c, o.name, prose.slice(at + o.name.length, lineEnd < 0 ? undefined : lineEnd), line, prose);
      const strict = opening(c, o.name, line);
      const before = strict || opening(c, o.name, line, true);
      sure ||= before === strict;
      const name = before || after ? before + o.name + after : '';
      if (!name || (whole && whole !== name)) {
        whole = '';
        break;
      }
      whole = name;
    }
    if (!whole || !sure) continue;
    const via = c.viaOf('orgs', o.name) ?? 'form';
    c.orgs.delete(key);
    c.addOrg(whole, o.acronym || c.acronymOf(whole), o.sentence, via);
    // (an organisation the collector would not add under its whole name stays as it was)
    if (!c.hasOrg(whole)) c.orgs.set(key, o);
  }
}
