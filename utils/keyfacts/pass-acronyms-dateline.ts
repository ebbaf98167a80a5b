/**
 * Pass: organisations spelled out beside their acronym ("China Mobile Communications Corporation (CMCC)",
 * "DACA (Deferred Action for Childhood Arrivals)") and the dateline's place ("BUFFALO, N.Y. —"). It runs before
 * the names pass, which then knows these organisations and acronyms.
 */

import { LETTER, LOWER, UPPER, re, reG } from './chars';
import type { Collector } from './collector';
import { isKnownPlace } from './gazetteer';
import { LEAD_STOP, STATE_ABBR } from './lexicon';
import { NOT_ORG_ACRONYMS, acronymStart } from './organizations';
import { isRoleWord } from './people';
import { lower } from './phrases';

/** "China Mobile Communications Corporation (CMCC)" */
const ACRONYM_AFTER = reG`\(\s*([${UPPER}][${LETTER}&]{1,9})\s*\)`;
const TITLE_WORD = String.raw`(?:[${UPPER}][${LETTER}'’-]*|of|for|and|the|on|&)`;
/** "DACA (Deferred Action for Childhood Arrivals)" */
const ACRONYM_BEFORE = reG`\b([${UPPER}]{2,8}) \((${TITLE_WORD}(?: ${TITLE_WORD}){1,9})\)`;
/** "BUFFALO, N.Y. —", "Indianapolis –", "LONDON (Reuters) —", "LOS ANGELES, Dec. 2, 2026 /PRNewswire/ --". */
const DATELINE = re`^([${UPPER}][${UPPER}${LOWER}.'-]+(?: [${UPPER}][${UPPER}${LOWER}.'-]*){0,3})(?:,\s*([^—–:]{2,40}?))?(?:\s*\([^)]{1,20}\))?(\s+(?:--|[—–-])|:)\s`;
/** Paragraphs that may hold the dateline: the first, or the ones after a byline and a date line. */
const DATELINE_PARAGRAPHS = 2;
const WORD_START = reG`(^|\s)[${LETTER}]`;
const ALL_CAPS_WORDS = re`^[${UPPER}]+(?:\s[${UPPER}]+)*$`;

export function acronymsAndDateline(c: Collector): void {
  c.sents.forEach((s, i) => {
    if (c.row[i] || !c.prose[i]) return;
    // walk back from the bracket, matching the acronym's letters
    for (const m of s.text.matchAll(ACRONYM_AFTER)) {
      const acr = m[1]!;
      if (NOT_ORG_ACRONYMS.has(acr) || /[A-Z]s$/.test(acr)) continue; // "(TPUs)": a plural names things
      const ws = s.text.slice(0, m.index!).trimEnd().split(' ');
      const k = acronymStart(acr, ws);
      if (k < 0) continue;
      const name = ws.slice(k).join(' ').replace(/^(?:The|A|An)\s+/, '');
      if (name.split(' ').length < 2 && !name.includes('-')) continue;
      if (isKnownPlace(name)) c.addPlace(name, i, 'acronym');
      else c.addOrg(name, acr, i, 'acronym');
    }
    for (const m of s.text.matchAll(ACRONYM_BEFORE)) {
      if (!NOT_ORG_ACRONYMS.has(m[1]!) && acronymStart(m[1]!, m[2]!.split(' ')) === 0) c.addOrg(m[2]!, m[1]!, i, 'acronym');
    }
  });

  // "BUFFALO, N.Y. —", "KARACHI:", "LONDON (Reuters) -", "Indianapolis –" (a colon only after capitals); below a
  // byline or a date line the dateline opens a later paragraph, and is then written in capitals
  let first = -1;
  for (const [i, s] of c.sents.entries()) {
    if (s.para > DATELINE_PARAGRAPHS) break;
    if (i > 0 && c.sents[i - 1]!.para === s.para) continue;
    const dl = DATELINE.exec(s.text);
    if (!dl) continue;
    const caps = ALL_CAPS_WORDS.test(dl[1]!);
    // ("Actor Jan Brel - star of …": a role opens a person's name, never a place's)
    const opener = dl[1]!.split(' ')[0]!;
    if (caps || (i === 0 && dl[3] !== ':' && !LEAD_STOP.has(lower(opener)) && !isRoleWord(opener))) {
      addDateline(c, i, dl, caps);
      first = i;
    }
    break;
  }
  // "OILERS 5, FLAMES 2 / SUNRISE, Fla. — …": a round-up gives each of its stories a dateline of its own, opening a
  // paragraph further down, in capitals and before a dash; one is taken when the place is known or its region is
  for (const [i, s] of c.sents.entries()) {
    if (i <= first || (i > 0 && c.sents[i - 1]!.para === s.para) || c.row[i]) continue;
    const dl = DATELINE.exec(s.text);
    if (!dl || dl[3] === ':' || !ALL_CAPS_WORDS.test(dl[1]!)) continue;
    if (isKnownPlace(titleCase(dl[1]!)) || (dl[2] && isDatelineRegion(dl[2]))) addDateline(c, i, dl, true);
  }
}

/** "LOS ANGELES" → "Los Angeles". */
const titleCase = (caps: string): string => caps.toLowerCase().replace(WORD_START, (ch) => ch.toUpperCase());

/** The region a dateline gives after its town: a state's abbreviation ("Fla.") or a known place ("Alberta", "Kenya"); not a date. */
const isDatelineRegion = (region: string): boolean => STATE_ABBR.test(region) || isKnownPlace(region);

/** The dateline's town, and its region ("CAPE CANAVERAL, Fla. —": Cape Canaveral and Fla.), as places of the story. */
function addDateline(c: Collector, i: number, dl: RegExpExecArray, caps: boolean): void {
  c.addPlace(caps ? titleCase(dl[1]!) : dl[1]!, i, 'dateline');
  if (dl[2] && isDatelineRegion(dl[2])) c.addPlace(dl[2], i, 'dateline');
}
