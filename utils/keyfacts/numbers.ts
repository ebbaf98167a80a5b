/** Numbers with their unit or currency, as written. */

import type { Span } from './dates';

const CUR = String.raw`(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₨|Rs\.? ?|PKR ?|INR ?|USD ?|EUR ?|GBP ?|Tk\.? ?|Dh ?|AED ?|SAR ?)`;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const SCALE = String.raw`(?: ?(?:million|billion|trillion|thousand|crore|lakh|bn|mn|m|k|tn|b)\b)`;
const UNIT = String.raw`(?: ?%| (?:percent|per cent|percentage points?)\b| ?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|` +
  String.raw`grams?|kilograms?|kg|mg|tonnes?|tons?|pounds?|lbs?|ounces?|oz|miles?|kilometres?|kilometers?|km|metres?|meters?|cm|mm|feet|foot|ft|inches|inch|` +
  String.raw`mph|km/h|kph|megawatts?|gigawatts?|kilowatts?|MW|GW|kW|kWh|MWh|GB|TB|MB|GHz|MHz|acres?|hectares?|barrels?|litres?|liters?|gallons?|` +
  String.raw`degrees?|°[CF]?|points?|dollars|euros|pounds|rupees|yuan|yen|riyals|dirhams|taka|shares|votes|seats|people|passengers|jobs|employees|workers|students|cases|deaths|troops)\b)`;
const HYPHEN_UNIT = String.raw`-(?:inch|hour|day|week|month|year|mile|foot|minute|second|metre|meter|kilometre|kilometer|point|game|member|seat|storey|story)s?\b`;

const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,:/$£€¥₹-])(?:` +
    String.raw`${CUR}${NUM}${SCALE}?` + // $1.2 billion, Rs1.65bn
    String.raw`|${NUM}${SCALE}?${UNIT}` + // 27%, 350 megawatts, 1.8 billion people
    String.raw`|${NUM}${HYPHEN_UNIT}` + // 48-hour
    String.raw`|\d{1,2}-\d{1,2}(?= (?:win|loss|victory|defeat|lead|draw|tie)|[,.]? ?$)` + // 4-1
    String.raw`|\d{1,3}(?:st|nd|rd|th)\b` + // 14th
    String.raw`|\d[GK]\b` + // 5G
    String.raw`|${NUM}${SCALE}?` +
    String.raw`)(?![\p{L}\d]|[.,]\d|-\d|:\d)`,
  'gu',
);

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** Numbers of a sentence outside the given date spans. */
export function findNumbers(s: string, dates: Span[]): Span[] {
  const out: Span[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(s))) {
    const start = m.index;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    const text = m[0];
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
