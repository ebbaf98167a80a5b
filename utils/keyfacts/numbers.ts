/** Numbers with their unit or currency, as written. */

import type { Span } from './dates';

const CUR = String.raw`(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₨|Rs\.? ?|PKR ?|INR ?|USD ?|EUR ?|GBP ?|Tk\.? ?|Dh ?|AED ?|SAR ?)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)`;
const SCALE = String.raw`(?: ?(?:million|billion|trillion|thousand|crore|lakh|bn|mn|m|k|tn|b|millions?|milliards?|Millionen|Milliarden|Mio\.|Mrd\.|millones|miliardi|milioni)(?![\p{L}]))`;
const UNIT = String.raw`(?: ?%|\u00a0%| (?:percent|per cent|percentage points?)\b| ?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|` +
  String.raw`grams?|kilograms?|kg|mg|tonnes?|tons?|pounds?|lbs?|ounces?|oz|miles?|kilometres?|kilometers?|km|metres?|meters?|cm|mm|feet|foot|ft|inches|inch|` +
  String.raw`mph|km/h|kph|megawatts?|gigawatts?|kilowatts?|MW|GW|kW|kWh|MWh|GB|TB|MB|GHz|MHz|acres?|hectares?|barrels?|litres?|liters?|gallons?|` +
  String.raw`degrees?|°[CF]?|points?|dollars|euros?|Euro|pounds|rupees|yuan|yen|riyals|dirhams|taka|shares|votes|seats|people|passengers|jobs|employees|workers|students|cases|deaths|troops)\b)`;
const HYPHEN_UNIT = String.raw`-(?:inch|hour|day|week|month|year|mile|foot|minute|second|metre|meter|kilometre|kilometer|point|game|member|seat|storey|story)s?\b`;

// a number with an optional currency in front; what follows is read with the sticky patterns below
const CORE_RE = new RegExp(`${CUR}?${NUM}`, 'g');
const CUR_RE = new RegExp(`^${CUR}`);
const SCALE_RE = new RegExp(SCALE, 'uy');
const HAN = /\p{Script=Han}/u;
const HAN_UNIT = /[万亿千百]*(?:美元|元|%|％|人|个|家|亿|万)?/y;
const UNIT_RE = new RegExp(`${UNIT}|${HYPHEN_UNIT}`, 'uy');
const SCORE_RE = /-\d{1,2}(?= (?:win|loss|victory|defeat|lead|draw|tie)|[,.]? ?$)/y;
const ORDINAL_RE = /(?:st|nd|rd|th)\b/y;
const GEN_RE = /[GK]\b/y;
const WORDY = /[\p{L}\d]/u;

/** The number written at `start` (digits already matched up to `end`), or null when it runs into letters. */
function extend(s: string, start: number, end: number, hasCurrency: boolean): string | null {
  const core = s.slice(start, end);
  let e = end;
  const at = (re: RegExp) => {
    re.lastIndex = e;
    const m = re.exec(s);
    return m ? m[0] : null;
  };
  const scale = at(SCALE_RE);
  if (scale !== null) e += scale.length;
  if (!hasCurrency) {
    const unit = at(UNIT_RE);
    if (unit !== null) e += unit.length;
    else if (scale === null) {
      const extra = /^\d{1,2}$/.test(core) ? (at(SCORE_RE) ?? (/^\d{1,3}$/.test(core) ? at(ORDINAL_RE) : null) ?? (/^\d$/.test(core) ? at(GEN_RE) : null)) : /^\d{1,3}$/.test(core) ? at(ORDINAL_RE) : null;
      if (extra !== null) e += extra.length;
    }
  }
  if (HAN.test(s.charAt(e)) || s.charAt(e) === '％') {
    HAN_UNIT.lastIndex = e;
    e += HAN_UNIT.exec(s)![0].length;
    if (e === end) return core;
    return s.slice(start, e);
  }
  const next = s.slice(e, e + 2);
  if (WORDY.test(next.charAt(0)) || /^[.,]\d|^-\d|^:\d/.test(next)) return null;
  return s.slice(start, e);
}

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** Numbers of a sentence outside the given date spans. */
export function findNumbers(s: string, dates: Span[]): Span[] {
  const out: Span[] = [];
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(s))) {
    const start = m.index;
    const prev = s.charAt(start - 1);
    if (prev && ((WORDY.test(prev) && !HAN.test(prev)) || /[.,:/$£€¥₹-]/.test(prev))) continue;
    const hasCurrency = CUR_RE.test(m[0]) && !/^\d/.test(m[0]);
    const written = extend(s, start, start + m[0].length, hasCurrency);
    if (written === null) continue;
    CORE_RE.lastIndex = start + written.length;
    const end = start + written.length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    const text = written;
    if (YEAR.test(text)) continue;
    const before = s.slice(Math.max(0, start - 12), start);
    const after = s.slice(end, end + 14);
    // model numbers ("Boeing 787", "Fortune 500") and addresses ("1119 Eighth St.")
    if (/^\d+$/.test(text)) {
      if (/\p{Lu}[\p{L}-]*\s$/u.test(before) && !/(?:^|\s)(?:In|On|At|By|Of|About|Some|Nearly|Over|Almost|Just|Only|With|From)\s$/.test(before)) continue;
      if (/^\s\p{Lu}\p{Ll}+\s(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Place|Lane|Blvd|Way|Court)\b/u.test(after)) continue;
      if (/^\s(?:W|E|N|S)\.\s/.test(after)) continue;
      // ages: "Carlineo Jr., 55, of"
      if (/,\s$/.test(before) && /^,/.test(after) && /\p{Lu}/u.test(before)) continue;
    }
    out.push({ text: text.trim(), start, end });
  }
  return out;
}
