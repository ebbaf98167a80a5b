/** Numbers with their unit or currency, as written. */

import { LETTER, LOWER, UPPER, re } from './chars';
import { CARDINALS, cardinalValue, eitherCase } from './count-words';
import { TIME_ZONE_AFTER, type Span } from './dates';
import { isCommonCurrencyWord, isCurrencyWord, isDemonym } from './gazetteer';
import { LABEL_BEFORE } from './lexicon';
import { scaleAfter, unitAfter } from './other-languages';

/**
 * Currencies written before the amount. The dollar is also written before its country ("$US75", "$A1.2 billion": the
 * Australian press), the Ghanaian cedi with its cent sign ("GH¢120,000"), and ISO codes stand for the rest.
 */
const CUR = String.raw`(?:US\$|A\$|C\$|HK\$|S\$|NZ\$|R\$|\$(?:US|A|NZ|C|HK|S)(?=\d)|GH[¢₵] ?|\$|€|£|¥|₹|₨|₦|₱|Rs\.? ?|PKR ?|INR ?|USD ?|EUR ?|GBP ?|(?:AUD|CAD|NZD|HKD|SGD|JPY|CNY|SEK|NOK|DKK|ZAR) ?|Tk\.? ?|Dh ?|AED ?|SAR ?|K?[Ss]h ?|Rp ?|RM ?|CHF ?|[NPR](?=\d))`;
/**
 * "N5 billion", "P1,500", "R17.62": a one-letter currency (naira, peso, rand) is one only with a scale, thousands or
 * a price's two decimals ("N95" is a mask, "R2" a road).
 */
const ONE_LETTER_CURRENCY = /^[NPR]\d/;
const ONE_LETTER_AMOUNT = /\d[ -]?[a-z]|\d,\d{3}|\.\d\d$/i;
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)`;
const words = (x: string) => new Set(x.split('|'));
// units and scales are read as a word after the number, then looked up (small regexes compile fast)
const SCALES = words('million|billion|trillion|quadrillion|thousand|crore|lakh|bn|mn|m|k|tn|b|millions|milliard|milliards|Millionen|Milliarden|Mio.|Mrd.|millones|miliardi|milioni');
// time and measures in the singular (a plural "s" or "es" is accepted), then counted things
const TIME_UNITS = 'year|month|week|day|hour|minute|second';
const UNITS = words(
  `${TIME_UNITS}|decade|century|centuries|gram|kilogram|kg|mg|tonne|ton|pound|lb|ounce|oz|mile|kilometre|kilometer|km|metre|meter|cm|mm|` +
    'yard|feet|foot|ft|inch|mph|km/h|kph|megawatt|gigawatt|kilowatt|MW|GW|kW|kWh|MWh|GB|TB|MB|GHz|MHz|gb|tb|mb|ghz|mhz|byte|kilobyte|megabyte|gigabyte|terabyte|acre|hectare|barrel|litre|liter|' +
    'gallon|degree|°|°C|°F|C|F|point|dollar|euro|Euro|cent|pence|penny|rupee|yuan|yen|riyal|dirham|taka|bitcoin|share|vote|seat|people|passenger|job|' +
    'employee|worker|student|case|death|troop|cup|tbsp|tsp|tablespoon|teaspoon|hp|bhp|horsepower|lb-ft|Nm|fps|Hz|kHz|teraflop|petaflop|nm|µm|mAh|Wh|dB|rpm|cc|ml|mL|L|bpd|b/d',
);
/** SI-prefixed symbols and rates of tech specs ("65W", "5 Gbps", "12 MP", "1.2 TFLOPS", "900 MHz"), case as written. */
const UNIT_SYMBOL = /^(?:[kMGTP]?(?:W|Wh|Hz|bps|B\/s)|[kmM]?(?:V|Ah)|[GTP]?(?:FL)?OPS|MP|PS|psi|mpg|nits?|sq|ppm|ppb)$/;
const isUnit = (w: string): boolean => UNITS.has(w) || UNITS.has(w.replace(/s$/, '')) || UNITS.has(w.replace(/es$/, '')) || UNIT_SYMBOL.test(w) || (/-hours?$/.test(w) && isUnit(w.replace(/-hours?$/, '')));
// Any other plural noun right after a number is what it counts ("120 beds", "214.6 crowns", "2.1 times"):
// a longer number still contains the bare one. Words ending in "s" that are no counted noun stay out.
const NOT_COUNTED = words('was|has|is|its|this|thus|as|us|yes|less|plus|across|unless|whereas|always|perhaps|besides|towards|afterwards|sometimes|his|hers|ours|theirs|yours|does|goes|says|versus|vs|news|series|nevertheless|also');
/** Counted nouns with no plural "s" ("17 children", "21 aircraft", "31 wounded", "600 personnel"). */
const IRREGULAR_COUNTED = words('children|men|women|personnel|aircraft|spacecraft|wounded|injured|dead|staff|cattle|sheep|livestock');
/** "3.2 CDs", "650 MPs", "40 ATMs": an initialism in the plural is a counted noun as a lower-case plural is. */
const INITIALISM_PLURAL = /^[A-Z]{2,4}s$/;
const isCounted = (w: string) => isUnit(w) || isCurrencyWord(w) || IRREGULAR_COUNTED.has(w) || (/^[a-z]{3,}s$/.test(w) && !/ss$/.test(w) && !NOT_COUNTED.has(w)) || INITIALISM_PLURAL.test(w);
/** Words a hyphen joins to a number that are not what it counts ("a 34-year-old" is an age, "a 10-plus" no noun). */
const NOT_HYPHEN_UNIT = words('old|odd|plus|something|ish|fold|year-old');
/** After "a 30-date" or "a 5.0-litre" the noun they describe completes the fact ("30-date tour"), unless it is a small word. */
const NOUN_AFTER = /\s([a-z]{3,})\b/y;
const NOT_NOUN = words('and|the|for|with|from|that|which|who|was|were|are|has|had|have|but|than|then|into|over|after|before|each|per');
const RATE_UNIT = `(?:${TIME_UNITS}|share|barrel|head|person|kg|tonne|litre|liter|gallon|unit|km|mile)`;
/**
 * "12 electoral votes", "46 new grants", "18 city-owned acres", "50 American counties": one describing word between
 * a number and what it counts; a capitalised one only when it is a people's adjective ("12 Pro models" is a model).
 */
const DEMONYM_FORM = /^[A-Z][a-z]+(?:an|ese|ish)$/;
const DESCRIBED_COUNT = /( [A-Za-z][a-z-]{2,}) ([a-z]{3,}s)\b(?![-'’])/y;
function describedCount(s: string, e: number): string | null {
  DESCRIBED_COUNT.lastIndex = e;
  const m = DESCRIBED_COUNT.exec(s);
  const describing = m?.[1]!.trim() ?? '';
  if (!m || NOT_NOUN.has(describing) || NOT_COUNTED.has(describing) || !isCounted(m[2]!) || (/^[A-Z]/.test(describing) && !isDemonym(describing) && !DEMONYM_FORM.test(describing))) return null;
  return m[0];
}
/** "15 km per second", "$3 a share", "5 percent a year", and a price's "$7/month" or "$60/person/year" */
const RATE_RE = new RegExp(`(?: (?:per|a|an) ${RATE_UNIT}|(?:/${RATE_UNIT}){1,2})\\b`, 'y');
const WORD_AFTER = /( ?)([A-Za-z°µ][A-Za-z/]*(?:-ft|-hours?)?\.?)/y;
/**
 * Units of more than one word ("100 basis points", "465 degrees Celsius", "12 million standard cubic feet", "87 square
 * miles", "20.7 cu. ft.", "230 million light-years"), and a currency named with its country ("176 Hong Kong dollars",
 * "40 Swiss francs"): without them the number alone says nothing.
 */
const COMPOUND_UNIT =
  /(?: (?:basis points?|degrees? (?:Celsius|Fahrenheit)|(?:standard )?cubic (?:feet|foot|metres?|meters?|yards?)|square (?:(?:nautical )?miles?|feet|foot|kilometres?|kilometers?|metres?|meters?|yards?|km)|light-years?|(?:[A-Z][a-z]+ ){1,2}(?:dollars?|francs?|pounds?|rupees?|pesos?|yuan|yen|euros?|kronor|kroner|krona|dinars?|ringgit)\b)| ?cu\. ?ft\.| sq\.? ?ft\.?)(?![\w-])/y;
/** "32 minutes and 4 seconds", "2 hours 15 minutes", "14 minutes 32.93 seconds": a time of two units is one number. */
const LARGER_TIME_UNIT = /^ (?:hours?|minutes?|mins?)$/;
const SMALLER_TIME = /(?:,? and |, | )\d{1,2}(?:\.\d{1,3})? (?:minutes?|mins?|seconds?|secs?)\b/y;
/** "5 feet 11 inches", "6 ft 2 in": a height in feet and inches written out is one measure too. */
const FEET_UNIT = /^ (?:feet|foot|ft)$/;
const INCHES_AFTER = /(?:,? and |, | )\d{1,2} (?:inch(?:es)?|in\.?)(?![\p{L}])/uy;
/** "5'6\"", "6′2″": a height in feet and inches is one measure (the inches alone mean nothing). */
const FEET_INCHES = /['’′]\d{1,2}(?:\.\d)?(?:["”″]|'')/y;
/** "60 or more miles", "5 or fewer seats". */
const OR_MORE = / or (?:more|less|fewer)(?= )/y;
/** "418p", "22.4p": pence, written onto the number. */
const PENCE = /p(?![\p{L}\d])/uy;
/**
 * "12 trillion won", "6.8bn rand": a currency whose name is a common word (`isCommonCurrencyWord`), written after the
 * amount; only after a scale, where it cannot be the verb or the noun ("2 million won the vote" is rare beside "won
 * 2 million").
 */
const COMMON_CURRENCY_AFTER_SCALE = / \p{Ll}+\b(?! (?:the|a|an|by|in|at|on|their|its|his|her)\b)/uy;
/** "Rs 1,240-crore", "P13.2-billion": a scale joined by a hyphen to an amount. */
const HYPHEN_SCALE = /-(?:million|billion|trillion|crore|lakh)\b/y;
/** A set's tiebreak, written in full ("(7-3)") or as the loser's points only ("(5)"). */
const TIEBREAK = String.raw`(?: \(\d{1,2}(?:-\d{1,2})?\))`;
/**
 * "7-6 (7-3), 6-4, 6-3", "21-18, 17-21", "6-4, 7-6 (5)": the sets or games of one match, one score; British style
 * writes them with spaces only ("6-2 6-4", "7-5 5-7 6-4").
 */
const SET_LIST = new RegExp(String.raw`-\d{1,2}${TIEBREAK}?(?:,? \d{1,2}-\d{1,2}${TIEBREAK}?)+(?![\d-])`, 'y');
/** "7-6 (5)": one set won on a tiebreak is a score on its own (a tiebreak is only ever played at 7-6). */
const TIEBREAK_SET = new RegExp(String.raw`-[67]${TIEBREAK}(?![\d-]|, \d)`, 'y');
/** "14 of 22 shots", "9 for 10", "341 for five": made of attempted, a cricket total for wickets. */
const TALLY = new RegExp(` (?:of \\d{1,3}(?: [a-z]+s\\b)?|for (?:\\d{1,2}|${CARDINALS.join('|')})\\b)(?!\\d|[.,]\\d)`, 'y');

// a number with an optional currency in front; what follows is read with the sticky patterns below
const CORE_RE = new RegExp(`${CUR}?${NUM}`, 'g');
const CUR_RE = new RegExp(`^${CUR}`);
const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF]/u;
const HAN_UNIT = /[万亿千百]*(?:美元|元|%|％|人|个|家|亿|万)?/y;
/** A currency sign written after the amount: "60,000₩", "25 €", and cents: "99¢". */
const SIGN_AFTER = / ?[₩€£¥₹₦₱₨¢]/y;
/** "&percnt;" is a per-cent sign a page left as its HTML name. */
const PERCENT_RE = /(?: ?%|\u00a0%|&percnt;| per ?cent\b| percent\b| percentage points?\b|pc\b)/y;
/** "30-date", "2.4-metre-deep": a unit or counted noun joined by hyphens (ages were ruled out before). */
const HYPHEN_RE = /-([a-z]+)(?:-[a-z]+)?\b(?!-)/y;
/** "34-year-old"; "16 and 17-year-olds", "18 to 24-year-olds": a number joined to an age is an age too. */
const AGE_AFTER = /^(?:\s(?:and|to|or)\s\d{1,3})?-[a-z]+-olds?\b/;
/** "a 14-5 run", "21-10 up at half-time", "put them 22-21 ahead": a score before a word of the game's state. */
/**
 * A match's result named by its noun ("win", "defeat"), or a side's hold on the game ("lead", "advantage": a lead's
 * other word). Only these may stand past the words that name the competition or the stage ("the 11-9 Six Nations
 * win", "a 3-0 FA Cup fifth-round victory"): a season, a record or a campaign after a name is no result.
 */
const RESULT_NOUN = 'win|loss|victory|defeat|lead|advantage|draw|deficit|rout|upset|romp|thrashing|drubbing|triumph';
/** Up to three words between a score and its result noun: capitalised (a competition's name) or joined by a hyphen ("fifth-round", "half-time"). */
const COMPETITION_WORDS = String.raw`(?:(?:[A-Z][\w'’-]*|[a-z]+-[a-z]+) ){1,3}`;
const SCORE_RE = new RegExp(
  String.raw`-\d{1,2}(?= (?:${RESULT_NOUN}|tie|home|road|away|run|bulge|up|ahead|down|behind|season|record|mark|start|finish|campaign|scoreline)\b| ${COMPETITION_WORDS}(?:${RESULT_NOUN})\b|[,.]? ?$)`,
  'y',
);
const SCORE_ANY = /-\d{1,3}(?!\d)/y;
/** "Hibernian 2-1 Motherwell": a score between two names. */
const SCORE_BETWEEN = new RegExp(`-\\d{1,2}(?= [${UPPER}])`, 'uy');
/**
 * A verb of winning or of a standing before a score: "beat Oslo 3-1", "were held 0-0", "improve to 5-0", "fell to
 * 16-7", "level the series 1-1", "outrebounded Atlanta 51-40", "rolled past Lund, 45-17", "knocked out Ruiz 4-2".
 */
const SCORE_BEFORE = /\b(?:(?:made|make|makes|making) it|(?:the )?score(?:line)? (?:was |of |at |stood at )?|level at|behind|trailing|came back from|won|win|wins|winning|beat|beats|beating|beaten|held|held off|holds? off|passed|approved|rejected|lost|losing|loses|lose|defeated|drew|draw|victory|defeat|loss|scored|led|leads|trailed|trails|voted?|edged|edge|edges|topped|tops|downed|blanked|routed|thrashed|crushed|tied|ties|out[a-z]+ed|record|improved?|improves|improving|fell to|falls to|dropped to|series|rolled past|got past|knocked out|overpower(?:ed|ing|s)?|went|clinched|finished|stands?|sits?)\b[^.;]{0,40}$/;
/**
 * A bowler's figures, wickets for runs ("took 3-31", "claimed 5-62 as", "a career-best 5-48 from", "finished with
 * 4-81 and"): after a verb of taking and before a clause goes on, never before a counted noun ("with 5-10 people").
 */
const BOWLING_BEFORE = /\b(?:took|claimed|with|figures of|career-best|best of)\s$/;
const BOWLING = /-\d{2,3}(?=[,.;]|\s(?:from|in|off|as|and|including|on|at|while|after|for)\b)/y;
/** "The Chiefs (9-2)", "Pryor (1-2)", "The Eagles (6-5, 3-4)": a team's or a player's record in brackets after the name. */
const RECORD_BRACKETS = /-\d{1,2}(?=\)|, \d{1,2}-\d{1,2}\))/y;
const RECORD_BRACKETS_BEFORE = new RegExp(`(?:[${UPPER}][\\p{L}.'’-]* \\(|\\(\\d{1,2}-\\d{1,2}, )$`, 'u');
/** "14-0-1", "10-5-2": a win-loss(-tie) record, never a date (dates take a four-digit year or slashes). */
const RECORD_RE = /-\d{1,2}-\d{1,2}(?!\d|-\d)/y;
const ORDINAL_RE = /(?:st|nd|rd|th)\b/y;
/**
 * "3 in 10 voters", "1 in 5": a share written as one count in another (the second larger, never a period: "5 in 10
 * days" is no share); "33-to-1", "voted 9 to 1": a ratio. Either number alone says nothing.
 */
const IN_RATIO = / in (10|100|1,000|[2-9])(?![\d,.]| (?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b)/y;
/** "2 out of 10", "10 out of 10": a count out of a whole it cannot exceed, one share (a score, a rate). */
const OUT_OF = / out of (\d{1,3}(?:,\d{3})*)(?!\d|[,.]\d)/y;
const TO_RATIO = /(?:-to-\d{1,3}| to 1)(?!\d|[.,]\d)/y;
/** "7/32", "1 1/2 cups": a vulgar fraction (halves to sixty-fourths: recipes, bond prices) is one number. */
const FRACTION = /( \d{1,2})?\/(2|3|4|8|16|32|64)(?![\d/])/y;
const GEN_RE = /[GK]\b/y;
/**
 * "2:03:27", "1:33.12", "3:51.2": a race or lap time, with seconds or their fractions; a clock time of the day has
 * neither ("10:30").
 */
const RACE_TIME = /:\d{2}(?::\d{2}(?:\.\d{1,3})?|\.\d{1,3})(?![\d:])/y;
const WORDY = re`[${LETTER}\d]`;
/**
 * "ב־30%", "ל-18", "وب30": Hebrew's and Arabic's one-letter prefixes (in, to, from, the, and, that, as) are written
 * onto the word they lead, a number too (after a maqaf, a hyphen or a tatweel, or none): the number is still one.
 */
const PREFIX_BEFORE = /(?:^|[^\u0590-\u06ff])(?:[ובכלמשה]{1,3}[\u05be-]?|[وفبلك]{1,2}[\u0640-]?)$/;
/** "10,000/-", "4m/-", "620m/-": East African shillings, the amount (and its scale) closed by "/-". */
const SHILLINGS = /(?:m|bn|k)?\/-/y;

/** The number written at `start` (digits already matched up to `end`), or null when it runs into letters. */
function extend(s: string, start: number, end: number, hasCurrency: boolean, english = true): string | null {
  const core = s.slice(start, end);
  let e = end;
  const at = (re: RegExp) => {
    re.lastIndex = e;
    const m = re.exec(s);
    return m ? m[0] : null;
  };
  const word = (known: (w: string) => boolean) => {
    WORD_AFTER.lastIndex = e;
    const m = WORD_AFTER.exec(s);
    if (!m) return null;
    const w = known(m[2]!) ? m[2]! : known(m[2]!.replace(/\.$/, '')) ? m[2]!.replace(/\.$/, '') : null;
    return w === null ? null : m[1]! + w;
  };
  // "1 in 4", "9 out of 10": a count before the whole it is part of (in a ratio larger than the count, out of one no smaller)
  const ofWhole = (whole: RegExp, orEqual: boolean) => {
    whole.lastIndex = e;
    const m = whole.exec(s);
    const n = m ? Number(m[1]!.replace(/,/g, '')) : NaN;
    return m && (n > Number(core) || (orEqual && n === Number(core))) ? m[0] : null;
  };
  const race = /^\d{1,2}$/.test(core) ? at(RACE_TIME) : null;
  if (race !== null) return core + race;
  const shillings = hasCurrency ? null : at(SHILLINGS);
  if (shillings !== null) return core + shillings;
  if (/^\d{1,2}$/.test(core)) {
    FRACTION.lastIndex = e;
    const f = FRACTION.exec(s);
    if (f && Number(f[1] ?? core) < Number(f[2])) e += f[0].length;
  }
  let scale = word((w) => SCALES.has(w)) ?? (english ? null : scaleAfter(s, e));
  if (scale !== null) {
    e += scale.length;
    const second = word((w) => SCALES.has(w)); // "Rs 2.14 lakh crore"
    if (second !== null) e += second.length;
    const money = at(COMMON_CURRENCY_AFTER_SCALE);
    if (money !== null && isCommonCurrencyWord(money.slice(1))) e += money.length;
  } else if (hasCurrency) {
    scale = at(HYPHEN_SCALE);
    if (scale !== null) e += scale.length;
  }
  let unit: string | null = null;
  if (!hasCurrency) {
    // "10,000+ customers", "14+ passengers": a lower bound written as a plus after the number
    if (s.charAt(e) === '+' && /^(?:\s[a-z]|[\s,.;)]|$)/.test(s.slice(e + 1, e + 3))) e += 1;
    unit = at(PERCENT_RE) ?? (/^\d$/.test(core) ? at(FEET_INCHES) : null) ?? at(SIGN_AFTER) ?? (english ? null : unitAfter(s, e)) ?? at(PENCE) ?? at(COMPOUND_UNIT) ?? word(isCounted) ?? (english ? describedCount(s, e) : null);
    if (unit === null && english) {
      // "60 or more miles": a bound between the number and what it counts
      const bound = at(OR_MORE);
      const counted = bound === null ? null : ((e += bound.length), word(isCounted));
      if (bound !== null) counted === null ? (e -= bound.length) : (unit = counted);
    }
    if (unit === null) {
      if (AGE_AFTER.test(s.slice(e, e + 24))) return null; // "34-year-old": an age
      HYPHEN_RE.lastIndex = e;
      const h = HYPHEN_RE.exec(s);
      if (h && h[1]!.length >= 2 && !NOT_HYPHEN_UNIT.has(h[1]!)) {
        unit = h[0];
        NOUN_AFTER.lastIndex = e + h[0].length;
        const noun = NOUN_AFTER.exec(s);
        if (noun && !NOT_NOUN.has(noun[1]!)) unit += noun[0];
      }
    }
    if (unit !== null) e += unit.length;
    const smaller = unit === null ? null : LARGER_TIME_UNIT.test(unit) ? SMALLER_TIME : FEET_UNIT.test(unit) ? INCHES_AFTER : null;
    if (smaller !== null) e += at(smaller)?.length ?? 0;
    else if (scale === null) {
      const scoreVerb = SCORE_BEFORE.test(s.slice(Math.max(0, start - 40), start));
      const between = CAP_WORD_BEFORE.test(s.slice(Math.max(0, start - 30), start));
      const bowling = /^(?:10|\d)$/.test(core) && BOWLING_BEFORE.test(s.slice(Math.max(0, start - 20), start));
      const bracketed = RECORD_BRACKETS_BEFORE.test(s.slice(Math.max(0, start - 40), start));
      // basketball and cricket scores run to three digits ("118-112"), then only after a verb of winning
      const extra = /^\d{1,2}$/.test(core)
        ? (at(RECORD_RE) ?? at(SET_LIST) ?? (/^[67]$/.test(core) ? at(TIEBREAK_SET) : null) ?? at(TALLY) ?? ofWhole(IN_RATIO, false) ?? ofWhole(OUT_OF, true) ?? at(TO_RATIO) ?? at(scoreVerb ? SCORE_ANY : SCORE_RE) ?? (between ? at(SCORE_BETWEEN) : null) ?? (bowling ? at(BOWLING) : null) ?? (bracketed ? at(RECORD_BRACKETS) : null) ?? at(ORDINAL_RE) ?? (/^\d$/.test(core) ? at(GEN_RE) : null))
        : /^\d{3}$/.test(core)
          ? ((scoreVerb ? at(SCORE_ANY) : null) ?? at(TALLY) ?? at(ORDINAL_RE))
          : /^\d{1,3}(?:,\d{3})+$/.test(core)
            ? at(ORDINAL_RE)
            : null;
      if (extra !== null) e += extra.length;
    }
  }
  if (unit !== null || hasCurrency) e += at(RATE_RE)?.length ?? 0;
  if (HAN.test(s.charAt(e)) || s.charAt(e) === '％') {
    HAN_UNIT.lastIndex = e;
    e += HAN_UNIT.exec(s)![0].length;
    if (e === end) return core;
    return s.slice(start, e);
  }
  const next = s.slice(e, e + 2);
  // "4-Year Scholarships": a number joined to a capitalised word is part of a name
  if (WORDY.test(next.charAt(0)) || /^[.,]\d|^-\d|^:\d|^\/\d|^-[A-Z]/.test(next)) return null;
  return s.slice(start, e);
}

/**
 * "62 to 70 per cent", "between 6,600 and 6,900 homes", "Rs 312-328", "4 or 5 days": a range whose unit is written once is one
 * fact; "£45 to £89.50" writes it twice and is two.
 */
const RANGE = new RegExp(`( to |-to-|–| – | - | and | or |-)(${CUR}?)${NUM}`, 'y');
const BARE = new RegExp(`^${CUR}?${NUM}$`);
/** "1800 x 1920", "3,168 x 1,440 pixels": the sides of a size are one fact. */
const BY = new RegExp(`( ?[x×] ?)(${NUM})`, 'y');

function dimensions(s: string, start: number, coreEnd: number): string | null {
  BY.lastIndex = coreEnd;
  const b = BY.exec(s);
  if (!b) return null;
  const second = coreEnd + b[1]!.length;
  const written = extend(s, second, second + b[2]!.length, false);
  return written === null ? null : s.slice(start, second) + written;
}

/** "25, 40 or 60 miles", "3, 5 and 7 days": a list of numbers whose unit is written once, after the last, is one fact. */
const LIST = new RegExp(`(?:, ${NUM}){1,6},? (?:or|and) (${NUM})`, 'y');
function list(s: string, start: number, coreEnd: number, english: boolean): string | null {
  LIST.lastIndex = coreEnd;
  const l = LIST.exec(s);
  if (!l || YEAR.test(s.slice(start, coreEnd))) return null;
  const last = coreEnd + l[0].length - l[1]!.length;
  const written = extend(s, last, coreEnd + l[0].length, false, english);
  return written === null || BARE.test(written) ? null : s.slice(start, last) + written;
}

function range(s: string, start: number, coreEnd: number, hasCurrency: boolean, english: boolean): string | null {
  RANGE.lastIndex = coreEnd;
  const r = RANGE.exec(s);
  if (!r) return null;
  const [all, joint, cur] = r as unknown as [string, string, string];
  if (cur !== '') return null;
  if (joint === ' and ' && !/\bbetween $/i.test(s.slice(Math.max(0, start - 8), start))) return null;
  const second = coreEnd + joint.length;
  const written = extend(s, second, coreEnd + all.length, hasCurrency, english);
  if (written === null) return null;
  // "voted 5 to 4": without a unit or a currency a range says too little; so "4-1" stays a score, and
  // "5-8 minutes" is a range; "between 18 and 25" says it is one, and so does "20 to 50" written low to high
  // (either number alone means nothing; a vote or a ratio is written high to low)
  const first = s.slice(start, coreEnd);
  if (!hasCurrency && BARE.test(written)) {
    const spread = joint === ' and ' ? !YEAR.test(first) : joint === ' to ' && amount(first) < amount(written) && !YEAR.test(first);
    if (!spread) return null;
  }
  return s.slice(start, second) + written;
}

const amount = (t: string): number => Number(/\d[\d,]*(?:\.\d+)?/.exec(t)![0].replace(/,/g, ''));
/** The form of a written number with its digits as one mark: "$130k" → "$#k", "10 percent" → "# percent". */
const form = (t: string): string => t.replace(/\d[\d,]*(?:\.\d+)?/g, '#');
const SPREAD_JOINT = / to | and |–| – | - |-(?=[^\d\s])/y;
const SECOND_RE = new RegExp(`${CUR}?${NUM}`, 'y');
/**
 * A verb of change before the first value ("rose from 25 percent to 30 percent", "fell Rs6.85 to Rs142.10", "cut
 * by 2% to 5%"): then the two values are a change and its result, two facts; "ranging from", "varies from" open
 * a spread.
 */
const CHANGE_BEFORE =
  /\b(?:from|by|rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|climbed|climbs|jumped|jumps|dropped|drops|slipped|slid|gained|gains|lost|loses|declined|declines|increased|increases|increasing|decreased|decreases|grew|grows|growing|cut|cuts|raised|raises|lowered|lifted|boosted|surged|soared|plunged|tumbled|sank|eased|edged|added|advanced|went|moved|shifted|up|down|higher|lower)\s(?:\S+\s){0,2}$/;
const SPREAD_FROM = /\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\sfrom\s$/;
/**
 * "$53,000 to $62,000", "10 percent to 25 percent", "between $130k and $160k", "$303 - $312": a spread whose unit or
 * currency is written on both sides is one fact, as "12 to 15 per cent" is (either end alone says something the
 * story does not). Written low to high; "by 48% to 38%" compares two values, "£5 and £8" lists two.
 */
function spread(s: string, start: number, written: string, english: boolean): string | null {
  SPREAD_JOINT.lastIndex = start + written.length;
  const j = SPREAD_JOINT.exec(s);
  if (!j) return null;
  const second = start + written.length + j[0].length;
  SECOND_RE.lastIndex = second;
  const m = SECOND_RE.exec(s);
  if (!m) return null;
  const w2 = extend(s, second, second + m[0].length, CUR_RE.test(m[0]) && !/^\d/.test(m[0]), english);
  if (w2 === null) return null;
  // the second end may carry more after the shared unit ("$41,000 to $48,000 a year")
  const same = form(w2) === form(written) || form(w2).startsWith(`${form(written)} `);
  if (!same || form(written) === '#' || amount(w2) <= amount(written)) return null;
  const before = s.slice(Math.max(0, start - 40), start);
  // ("a rise of between 40% and 50%": "between" makes a spread of the two, whatever verb comes before it)
  const between = /\bbetween $/i.test(before);
  if (j[0] === ' and ' && !between) return null;
  if (!between && CHANGE_BEFORE.test(before) && !SPREAD_FROM.test(before)) return null;
  return s.slice(start, second) + w2;
}

/**
 * "35 Innovators Under 35", "5 Top Tech Stocks", "30 Rock writer", "180 Kent is": a bare number before capitalised
 * words is part of a title or an address, unless they describe what it counts ("17 Fed policymakers", "28 Airbus
 * A320s", "11 Kansas hospitals") or are one plural word that is what it counts ("21 Christians", "450 Dreamers").
 */
const CAPITALS_AFTER = re`^\s[${UPPER}]`;
const COUNTED_AFTER_CAPITALS = re`^(?:\s[${UPPER}][\p{L}\d.'’-]*){1,3}?\s([${LOWER}][${LOWER}-]+|[${UPPER}][\p{L}-]*\d[\p{L}\d-]*s\b)(?:\s([${LOWER}]{3,}))?`;
const ONE_PLURAL_CAPITAL = re`^\s[${UPPER}][${LOWER}]+s\b(?!\s[${UPPER}])`;
function isTitleOrAddress(after: string): boolean {
  if (!CAPITALS_AFTER.test(after) || ONE_PLURAL_CAPITAL.test(after)) return false;
  const m = COUNTED_AFTER_CAPITALS.exec(after);
  return !m || !(isCounted(m[1]!) || /\d/.test(m[1]!) || (m[2] !== undefined && isCounted(m[2])));
}
const CAP_WORD_BEFORE = re`[${UPPER}][${LETTER}-]*\s$`;
/** After a capitalised word a number is part of a name ("Boeing 787"), unless the word is a preposition ("In 30 years"). */
const isModelNumber = (before: string): boolean =>
  CAP_WORD_BEFORE.test(before) && !/(?:^|\s)(?:In|On|At|By|Of|About|Some|Nearly|Over|Almost|Just|Only|With|From|Around|Roughly|Approximately|Another|More|Fewer|Less|Up|Under|Exactly|Those|These|And|But)\s$/.test(before);
/**
 * "35 Innovators Under 35", "a 40 Under 40 award": a capitalised preposition after a capitalised word or a number is
 * a word of a title (a sentence's own opener, "In 30 years", has neither before it), and the number after it is the
 * title's.
 */
const TITLE_PREPOSITION_BEFORE = re`(?:[${UPPER}][${LETTER}'’-]*|\d+) (?:Under|Over|Of|For|At|In|To|From|By|With)\s$`;
/** Before a counted noun a determiner or a day is no name ("The 14 sites", "Monday 12 people"). */
const DETERMINER_OR_DAY = /(?:^|\s)(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|All|Each|Every|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s$/;
/** A number and the plural word after it, perhaps with one describing word, that the reader took for what it counts ("777 uses", "District 12 district attorneys"). */
const GUESSED_COUNT = /^\d+(?:\.\d+)? (?:[a-z][a-z-]+ )?([a-z]+s)$/;
/**
 * "sit 14th", "the 24th minute", "her 200th match": an ordinal is a rank or a place in an order, read with the noun
 * it ranks; before a capitalised word it is part of a name ("the 5th Circuit", "3rd Fleet"), "the 5th of May" and
 * "on the 19th" are days of a month.
 */
const ORDINAL_ONLY = /^[\d,]+(?:st|nd|rd|th)$/;
const ORDINAL_NAME_OR_DAY = re`^(?:-|\s(?:[${UPPER}\d]|of\s[${UPPER}]|(?:street|avenue|st|ave|floor|precinct)\b))`;
const ORDINAL_NOUN = /^ ([a-z]{3,})\b(?!-)/;
// ("2800 40th St.": a numbered street)
const STREET_AFTER = re`^\s(?:[${UPPER}][${LOWER}]+|\d{1,3}(?:st|nd|rd|th))\s(?:St|Street|Ave|Avenue|Road|Rd|Drive|Dr|Place|Lane|Blvd|Way|Court)\b`;
const YEAR = /^(?:1[6-9]|20)\d\d$/;
/**
 * "my 21 year old", "adults 18 to 24 years old", "about 16 years old": an age written without hyphens is no amount
 * (the labelled sets call ages neutral; "34-year-old" is left out when it is read).
 */
const AGE_UNIT = /(?:years?|months?|weeks?)$/;
const isAgeWritten = (text: string, after: string): boolean => (AGE_UNIT.test(text) ? /^ old\b/ : /^ (?:years?|months?|weeks?) old\b/).test(after);
/** "8 in the morning", "at 10 o'clock": after a bare 1 to 12, an hour of the day. */
const HOUR_AFTER = /^\s(?:in the (?:morning|afternoon|evening)|at night|o['’]clock)\b/;
/**
 * What makes a number no fact of the story: a clock time in a time zone ("0100 GMT") or of the day ("10.42 am",
 * "7.00 P.M."), a year of an era ("5,316 BCE": a date, not an amount), a street's ordinal ("6th Avenue"), a century ("the 21st century"),
 * an address a police report gives by its block ("the 2100 block of Main Street"): the date pass and the places say
 * what matters there. (A reference mark, "[1]", is none either.)
 */
const NOT_A_FACT_AFTER = /^\s?(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.)(?![\p{L}\d])|^\s(?:BCE?|CE|AD)\b|^\s(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?)(?!\w)|^\scentury\b|^\sblock of\b/u;
/**
 * "No. 4", "No 9": a rank or a place in an order ("the world No. 4", "the No. 3 seed"), read with its "No." (the
 * number alone counts nothing). British "No 10" is the prime minister's office, no rank.
 */
const RANK_BEFORE = /(?:^|[^\p{L}])(No|NO|no)\.?\s?$/u;
/**
 * "entered at number 20", "slipped to number 14", "reached number 12", "the world number 14": a chart place or a
 * player's ranking written out in lower case, read with "number" (and "world": the labelled sets list "world number
 * 31" whole). Elsewhere "number" is a label's ("serial number 5"), and a capitalised "Number 10" is Downing Street.
 */
const CHART_PLACE_BEFORE = /\b(?:at|to|reached|([Ww]orld)) number $/;
/** How far back a chart place's words may start: " world number " is fourteen characters. */
const CHART_PLACE_REACH = 16;
const DOWNING_STREET = /^No 10$/;
/** "50's", "40 Cent's": a possessive right after the number, or after one capitalised word after it. */
const NAME_POSSESSIVE_AFTER = re`^(?:\s[${UPPER}][${LETTER}-]*)?['’]s\b`;
const WORDED_SHARE_BEFORE = new RegExp(`(?<![\\p{L}-])(${eitherCase(CARDINALS)}) (in|out of) $`, 'u');
/** "age 42", "aged 89", "aged between 12 and 17", "the ages of 14 to 17": the number after is an age. */
const AGE_BEFORE = /\b(?:[Aa]ge|[Aa]ged(?: between)?|ages of)\s$/;
/**
 * Telephone numbers: "+31 10 555 0142", "(303) 555-0142", "02-751-1500", and national numbers opening with the trunk
 * zero then groups of three digits or more ("0800 555 0199", "08000 858531": an amount never opens with a zero).
 * Their digit groups are no amounts; like a date's, the numbers inside are skipped.
 */
const PHONE =
  /\+\d{1,3}(?:[ .-]\d{1,5}){2,}|\(\d{2,4}\)\s?\d{3,4}[ .-]\d{3,5}|(?<![\d.,-])\d{2,4}[.-]\d{3,4}[.-]\d{4}(?![\d-])|(?<![\d.,-])0\d{2,4}(?: \d{3,6}){1,2}(?![\d.,-])/g;

/**
 * A bibliographic reference ("Developmental Biology 392(2): 404–418", "Proc. Natl Acad. Sci. 107(28), 12457",
 * "doi:10.1016/…"): its volume, issue and pages are no facts of the story.
 */
const REFERENCE = /\b\d{1,4}\(\d{1,3}\)[:,]|\bdoi:?\s?10\.\d/i;
/** "501(c)(3)", "Section 230(c)": a code's section and its clauses. */
const CLAUSE_AFTER = /^\(\w{1,3}\)/;
const PERCENT_IN = /%|per ?cent|percent/;
/** "Updated 84 minutes ago": the age of the page, not of anything in the story. */
const PAGE_AGE = /(?:minutes?|mins?|hours?|hrs?)$/;

/** Numbers of a sentence outside the given date spans; units of other languages are read when it is not English. */
export function findNumbers(s: string, dates: Span[], english = true): Span[] {
  const out: Span[] = [];
  if (REFERENCE.test(s)) return out;
  const phones = [...s.matchAll(PHONE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  CORE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CORE_RE.exec(s))) {
    const start = m.index;
    const prev = s.charAt(start - 1);
    // "&#151;": the code of a character a page left in its text ("#" also opens a hashtag or a rank, "#1")
    if (prev && ((WORDY.test(prev) && !HAN.test(prev)) || /[.,:/$£€¥₹^#-]/.test(prev)) && !PREFIX_BEFORE.test(s.slice(Math.max(0, start - 5), start))) continue;
    // "2^15", "10^5": a power of a formula, not a fact
    if (s.charAt(start + m[0].length) === '^') continue;
    const hasCurrency = CUR_RE.test(m[0]) && !/^\d/.test(m[0]);
    const inDate = (end: number) => dates.some((d) => start < d.end && end > d.start) || phones.some((d) => start < d.end && end > d.start);
    const joined = (hasCurrency ? null : (dimensions(s, start, start + m[0].length) ?? list(s, start, start + m[0].length, english))) ?? range(s, start, start + m[0].length, hasCurrency, english);
    // "since August 2024 to 4.75 percent": a year of a date opens no range
    let written = joined !== null && !inDate(start + joined.length) ? joined : extend(s, start, start + m[0].length, hasCurrency, english);
    const spreadTo = written === null || written === joined ? null : spread(s, start, written, english);
    if (spreadTo !== null && !inDate(start + spreadTo.length)) written = spreadTo;
    // "6.2 percent a year earlier": a unit read into a date that follows ends where the date starts
    const next = written === null || inDate(start + m[0].length) ? undefined : dates.find((d) => d.start > start && d.start < start + written!.length);
    if (next) written = s.slice(start, next.start).trimEnd();
    if (written === null || (ONE_LETTER_CURRENCY.test(m[0]) && !ONE_LETTER_AMOUNT.test(written))) continue;
    CORE_RE.lastIndex = start + written.length;
    const end = start + written.length;
    if (inDate(end)) continue;
    const text = written;
    if (YEAR.test(text)) continue;
    const before = s.slice(Math.max(0, start - 12), start);
    const after = s.slice(end, end + 20);
    // "one in 10 pupils": a share whose first count is written in words is one fact, as "3 in 10" is (the pupils it
    // counts are left out, as there)
    // ("nine out of 10 members", "two out of 25": out of any whole)
    const share = /^\d{1,3}(?:,\d{3})*$/.test(m[0]) ? WORDED_SHARE_BEFORE.exec(s.slice(Math.max(0, start - 16), start)) : null;
    if (share && (share[2] === 'out of' || /^(?:10|100|1,000|[2-9])$/.test(m[0])) && cardinalValue(share[1]!) < amount(m[0])) {
      out.push({ text: `${share[0]}${m[0]}`, start: start - share[0].length, end: start + m[0].length });
      continue;
    }
    if (isAgeWritten(text, after)) continue;
    const chart = /^\d{1,3}$/.test(text) ? CHART_PLACE_BEFORE.exec(s.slice(Math.max(0, start - CHART_PLACE_REACH), start)) : null;
    if (chart) {
      const from = start - (chart[1] ? chart[0].length - chart[0].indexOf(chart[1]) : 'number '.length);
      out.push({ text: s.slice(from, end), start: from, end });
      continue;
    }
    if (LABEL_BEFORE.test(before) || CLAUSE_AFTER.test(after) || (s.charAt(start - 1) === '(' && /[\w)]/.test(s.charAt(start - 2)))) continue;
    if (PAGE_AGE.test(text) && /^ ago\b/.test(after)) continue;
    if (NOT_A_FACT_AFTER.test(after) || TIME_ZONE_AFTER.test(after) || (/^\[/.test(s.charAt(start - 1)) && after.startsWith(']'))) continue;
    const rank = /^\d+$/.test(text) ? RANK_BEFORE.exec(before) : null;
    if (rank) {
      const from = start - rank[0].length + rank[0].indexOf(rank[1]!);
      const written = s.slice(from, end);
      if (rank[1] !== 'no' && !DOWNING_STREET.test(written) && !/^[:/-]\d/.test(after)) out.push({ text: written, start: from, end });
      continue;
    }
    // "at age 42", "died aged 89", "children aged 2 to 19": an age, like "a 42-year-old", describes a person
    if (AGE_BEFORE.test(s.slice(Math.max(0, start - 20), start)) && /^\d{1,3}(?: (?:to|and) \d{1,3})?$/.test(text)) continue;
    // "the world's top 10 banks", "in the top 5": the size of a ranked group, not a count of the story ("the top 20%"
    // of earners is a share)
    if (/\b[Tt]op\s$/.test(before) && !PERCENT_IN.test(text)) continue;
    // "through to the last 16": a round of a competition, named by how many are left in it; nothing it counts is written
    if (/\b[Ll]ast\s$/.test(before) && /^\d+$/.test(text)) continue;
    // "seven out of every 100 children": the base of a rate; the count is the word before it
    if (/\b(?:out of|in|of) every\s$/.test(s.slice(Math.max(0, start - 14), start))) continue;
    if (ORDINAL_ONLY.test(text)) {
      if (ORDINAL_NAME_OR_DAY.test(after) || /\b[Oo]n the\s$/.test(before)) continue;
      const noun = ORDINAL_NOUN.exec(after);
      const written = noun && !NOT_NOUN.has(noun[1]!) ? text + noun[0] : text;
      out.push({ text: written, start, end: start + written.length });
      continue;
    }
    // "50's feud", "40 Cent's album": a number before a possessive is a name's (a rapper's, a band's), no amount
    if (/^\d+$/.test(text) && NAME_POSSESSIVE_AFTER.test(after)) continue;
    // "(00, 01, 10, 11)": digits with a leading zero are a code, not an amount ("0.5" is one)
    if (/^0\d/.test(text)) continue;
    // "just before 8 in the morning": an hour of the day
    if (/^(?:[1-9]|1[0-2])$/.test(text) && HOUR_AFTER.test(after)) continue;
    // model numbers ("Boeing 787", "Fortune 500"), also before a word read as what they count ("a Boeing 777 uses",
    // "Division 1 schools"), and addresses ("1119 Eighth St.")
    const counted = GUESSED_COUNT.exec(text);
    if (counted && !isUnit(counted[1]!) && isModelNumber(before) && !DETERMINER_OR_DAY.test(before)) continue;
    if (/^\d+(?:\.\d+)?$/.test(text)) {
      if (isModelNumber(before) || TITLE_PREPOSITION_BEFORE.test(s.slice(Math.max(0, start - 30), start))) continue;
      if (english && isTitleOrAddress(s.slice(end, end + 60))) continue;
      if (STREET_AFTER.test(after)) continue;
      if (/^\s(?:W|E|N|S)\.\s/.test(after)) continue;
      // ages: "Carlineo Jr., 55, of"
      if (/,\s$/.test(before) && /^,/.test(after) && text.length <= 2 && !/\d/.test(before)) continue;
    }
    out.push({ text: text.trim(), start, end });
  }
  return out;
}
