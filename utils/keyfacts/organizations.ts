/** Organisations, with "Full Name (ACRONYM)" pairs merged. */

import { ORG_HEAD, ORG_TAIL } from './lexicon';
import { lower, stripPossessive, type Token } from './phrases';

const CLUB = /^(?:FC|AFC|CF|SC|United|Hotspur|Rovers|Athletic|Wanderers|Albion|Inc\.?|Corp\.?|Ltd\.?|LLC|PLC|plc|AG|SA|GmbH)$/;

/** A capitalised phrase that names an organisation by its form: "… Corporation", "Ministry of …", "FC Porto". */
export function isOrgByForm(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.w);
  const last = lower(stripPossessive(words[words.length - 1]!));
  const first = lower(words[0]!);
  if (ORG_TAIL.has(last) || CLUB.test(words[words.length - 1]!) || CLUB.test(words[0]!)) return words.length > 1 || CLUB.test(words[0]!);
  if (ORG_HEAD.has(first) && words.length > 2 && /^(?:of|for|on)$/.test(words[1]!)) return true;
  return words.length > 2 && words.some((w, i) => i > 0 && ORG_TAIL.has(lower(w)) && /^(?:of|for|on)$/.test(words[i + 1] ?? ''));
}

/** An acronym as written in brackets after a name: "CMCC", "MoITT", "NADRA". */
export const ACRONYM = /^\(\s*(\p{Lu}[\p{L}&]{1,9})\s*\)/u;

/** Whether an acronym can stand for the words (first letters agree, enough capitals). */
export function acronymFits(acr: string, name: string): boolean {
  const caps = acr.replace(/[^\p{Lu}]/gu, '');
  if (caps.length < 2) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
  return initials.length > 0 && initials[0] === caps[0] && (caps.length <= initials.length + 2);
}

/** Common all-capital words that are not organisations. */
export const NOT_ORG_ACRONYMS = new Set(
  'CEO|CFO|COO|CTO|AI|IT|TV|GDP|SUV|SUVs|UK|US|USA|UAE|EU|OK|PM|AM|ID|PIN|OTP|SIM|ATM|GPS|PC|PCs|DNA|HIV|COVID|LED|LCD|USB|PDF|FAQ|VIP|MVP|NFL|RIP|DIY|CEOs|IPO|ETF|VAT|GST|KPI|HR|PR|R&D|Q1|Q2|Q3|Q4|NY|LA|DC|GOP|SD|ND'.split('|'),
);
