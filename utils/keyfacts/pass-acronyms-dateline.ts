/**
 * Pass: organisations spelled out beside their acronym ("China Mobile Communications Corporation (CMCC)",
 * "DACA (Deferred Action for Childhood Arrivals)") and the dateline's place ("BUFFALO, N.Y. —"). It runs before
 * the names pass, which then knows these organisations and acronyms.
 */

import { LETTER, LOWER, UPPER, re, reG } from './chars';
import type { Collector } from './collector';
import { isKnownPlace } from './gazetteer';
import { LEAD_STOP } from './lexicon';
import { NOT_ORG_ACRONYMS, acronymStart } from './organizations';
import { lower } from './phrases';

/** "China Mobile Communications Corporation (CMCC)" */
const ACRONYM_AFTER = reG`\(\s*([${UPPER}][${LETTER}&]{1,9})\s*\)`;
const TITLE_WORD = String.raw`(?:[${UPPER}][${LETTER}'’-]*|of|for|and|the|on|&)`;
/** "DACA (Deferred Action for Childhood Arrivals)" */
const ACRONYM_BEFORE = reG`\b([${UPPER}]{2,8}) \((${TITLE_WORD}(?: ${TITLE_WORD}){1,9})\)`;
/** "BUFFALO, N.Y. —", "Indianapolis –", "LONDON (Reuters) —", "LOS ANGELES, Dec. 2, 2026 /PRNewswire/ --". */
const DATELINE = re`^([${UPPER}][${UPPER}${LOWER}.'-]+(?: [${UPPER}][${UPPER}${LOWER}.'-]*){0,3})(?:,\s*[^—–:]{2,40}?)?(?:\s*\([^)]{1,20}\))?(\s+(?:--|[—–-])|:)\s`;
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
  for (const [i, s] of c.sents.entries()) {
    if (s.para > DATELINE_PARAGRAPHS) break;
    if (i > 0 && c.sents[i - 1]!.para === s.para) continue;
    const dl = DATELINE.exec(s.text);
    if (!dl) continue;
    const caps = ALL_CAPS_WORDS.test(dl[1]!);
    const name = caps ? dl[1]!.toLowerCase().replace(WORD_START, (ch) => ch.toUpperCase()) : dl[1]!;
    if (caps || (i === 0 && dl[2] !== ':' && !LEAD_STOP.has(lower(name.split(' ')[0]!)))) c.addPlace(name, i, 'dateline');
    break;
  }
}
