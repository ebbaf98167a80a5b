/** Quoted passages and who said them. */

import { LETTER, LOWER, UPPER, re } from './chars';
import { isDemonym, isGivenName } from './gazetteer';
import { ABBREVIATED_TITLES, REPORTING_VERBS } from './lexicon';
import { nameWithoutPossessive, wordCount } from './phrases';

export interface Quote {
  text: string;
  speaker: string;
  sentence: number;
}

/** Something that can be a speaker: a name mention in a sentence. */
export interface Mention {
  /** Surname (people) or name (organisations). */
  speaker: string;
  /** Full form, to find in attribution clauses. */
  forms: string[];
  sentence: number;
  person: boolean;
  /** The mention opens its sentence (a likely subject). */
  subject?: boolean;
}

const VERBS = `${REPORTING_VERBS}|tells|adds|writes|explains|notes|recalls|insists|replies|warns|argues|asks|states|claims|jokes|admits|comments|continues|observes|observed|laughed|laughs|continued|remarked|declared|posted|commented|acknowledged|admitted|conceded|announced|predicted|joked|quipped|suggested|claimed|emphasi[sz]ed|stressed|weighed in|chimed in|telling|saying|adding|warning|urged|shouted|shouts|yelled|ordered|testified`;
const CAPITALISED_TITLES = `${ABBREVIATED_TITLES}|st`.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => bar + c.toUpperCase());
/** A dot that does not end a clause: after an initial or a title ("Dr. Okafor said"). */
const INNER_DOT = String.raw`(?<=\b(?:[A-Z]|${CAPITALISED_TITLES}))\.`;
/**
 * The longest attribution read after a quote: a name with its apposition ("…," Ana Diaz, a research fellow at the
 * Institute for Coastal Studies in Bergen, Norway, and an author of the study, said).
 */
const TAIL_CHARS = 160;
/**
 * The longest stretch read before a quote for its attribution: a subject with a long apposition ("But Ana Diaz, a
 * security expert at Halden University and a graduate of the Coastal Academy at West Point, said the plan is "…"")
 * stands more than 160 characters before it, and a window that cuts the name off leaves only the bodies in the
 * apposition. 250 (200–400 did the same): speakers over the fifteen labelled sets 976 → 980 of 1,157 (one lost, to
 * a clause that opens the sentence, which SUBORDINATE_OPENING now passes over).
 */
const HEAD_CHARS = 250;
const TAIL = new RegExp(
  `^\\s*[,—–-]?\\s*(?:((?:[^"“”.!?]|${INNER_DOT}){1,${TAIL_CHARS}}?)\\s+(?:${VERBS})\\b|(?:${VERBS})\\s+((?:[^"“”.!?,;]|${INNER_DOT}){1,90})(?:,\\s+((?:[^"“”.!?,;]|${INNER_DOT}){1,90}))?)`,
);
/**
 * '…," said the trial\'s lead author, Maria Ortiz': after the verb a described speaker, then the name in apposition,
 * which is the speaker.
 */
const DESCRIBED_FIRST = /^(?:the|a|an|another|one|its|his|her|their)\s|['’]s?\s/i;
/**
 * "Ana Diaz, the agency's head, told reporters on Monday that the plan was "…"": the sentence's subject reported
 * the quote, however far the verb stands from it (the head clause below wants the verb just before the quote).
 */
const SUBJECT_VERB = new RegExp(`^(.{1,140}?)\\s+(?:${VERBS})\\b`);
const HEAD = new RegExp(`((?:[^"“”.!?]|${INNER_DOT}){1,110}?)\\s+(?:${VERBS})(?:\\s+[^"“”.!?,:]{0,40}?)?(?:\\s+that)?\\s*[,:]?\\s*$`);
/** A sentence that opens with a name of 2 to 4 words, then a comma or a colon ("Ana Diaz, …:", "Ana Diaz:"). */
const NAME_SUBJECT = /^(?!The\s)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[,:]/u;
/** '… "unacceptable" and said it was "a hostage-taking"': the verb after a conjunction has the sentence's subject. */
const CONJUNCTION = /^(?:and|but|then|and then)$/i;
/** "After Russia said in March that …, Ana Diaz said …": a clause that opens the sentence holds no subject of it. */
const SUBORDINATE_OPENING = /^\s*(?:After|When|While|As|Before|Since|Although|Though|If|Because|Once|Until)\b[^,"“”]*,\s*/;
const ACCORDING = /according to ([^,.;]+)[,.]?\s*$/;
const ACCORDING_AFTER = /^\s*[,—–-]?\s*according to ([^,.;"“”]+)/;
/** "In Dr. Ruiz's words, "…"": the speaker named before the quote, as "according to" does. */
const IN_WORDS = new RegExp(`\\b[Ii]n ((?:[^,.;]|${INNER_DOT})+?)['’]s?\\s+(?:own\\s+)?words[,:]?\\s*$`);
const PRONOUN = /^(?:he|she|they|we|i)$/i;
/** "He instead", "She then": a pronoun with an adverb is still the pronoun. */
const PRONOUN_ADVERB = /^(?:he|she|they|we|i)\s+[a-z]+ly$|^(?:he|she|they|we|i)\s+(?:instead|then|also|later|again|still|once)$/i;
/** "an officer", "one legal expert", "the victim's mother": a speaker described, not named; the noun is the speaker. */
const NOT_A_NOUN = /ly$|^(?:also|then|still|instead|again|later|now|too|even|once|just|[a-z]{1,2})$/;
const DESCRIBED = /^(?:an?|one|another|the|two|several|some)\s+(?:[a-z'’-]+\s+){0,2}([a-z]+)$/i;
/** Nouns of bodies that speak as one ("the airline said"). */
const BODY_NOUNS = 'company|club|team|union|office|department|ministry|agency|airline|firm|label|campaign|government|administration|brokerage|council|association';
const NOUN = new RegExp(`\\b(spokes(?:wo)?(?:man|person)|officials?|officers?|sources?|witnesses|residents|experts?|police|prosecutors?|investigators?|analysts?|statement|report|organizers|organisers|${BODY_NOUNS})\\b`, 'gi');

/**
 * "the 56-year-old", "the actress": a person named before; not "the company", "the airline", which speak for a body
 * and are named by their noun (NOUN below).
 */
const THE_NOUN = re`^[Tt]he\s+(?!(?:${BODY_NOUNS})$)[${LOWER}\d-]+$`;
const CAP_WORD_END = re`([${UPPER}][${LETTER}'’.-]+)(?:['’]s?)?(?:\s+(?:spokes\w+|statement))?\s*$`;

interface Pending {
  text: string;
  open: number;
  close: number;
  toEnd: boolean;
}

/**
 * British style quotes speech in single marks (‘We will fight,’ she said). The closing mark is also the apostrophe
 * ("don’t", "the players’ union"), so a single quote closes only after a stop or comma, or before punctuation.
 */
const SINGLE_CLOSE = /(?<=[,.!?…])’|’(?=[,.;:!?)—–]|\s*$)/g;

/**
 * '…portfolio. "Our businesses…': a speech that runs over several paragraphs closes none but its last, and each
 * paragraph opens with a mark of its own; where paragraphs were run together, that opening follows the stop of the
 * one before. A double mark after a stop and a space with a word right after it opens a quote; it never closes one
 * (a closing mark stands against the word or stop before it). Read as a close, it put every mark after it out of
 * step, and the prose between two quotes was taken for one.
 */
const RUN_ON_OPENING = /(?<=[.!?…]\s+)[“"](?=[\p{L}\d‘'])/gu;

/**
 * 'from Europe." When he was in Tokyo', 'for terrorists". His party': a straight mark against the word or stop before
 * it, with a space or the paragraph's end after it (a stop between them or not), closes a quote; where it is the first mark left to read, its opening was lost (a quote
 * the page cut, a mark dropped), and read as an opening it put every mark after it out of step: the prose up to the
 * next quote was taken for one, and that quote's words for prose.
 */
const STRAY_CLOSE = /(?<=[\p{L}\d.,!?;…])"(?=[.,;:!?]?(?:\s|$))/uy;

function quoteSpans(p: string): Pending[] {
  const out: Pending[] = [];
  const re = /[“"‘]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(p))) {
    const open = m.index;
    STRAY_CLOSE.lastIndex = open;
    if (STRAY_CLOSE.test(p)) continue;
    const closer = m[0] === '‘' ? SINGLE_CLOSE : m[0] === '“' ? /[”"]/g : /["”]/g;
    closer.lastIndex = open + 1;
    const c = closer.exec(p);
    if (!c && m[0] === '‘') continue; // "rock ‘n’ roll", "‘90s": an apostrophe, not an opening
    let close = c ? c.index : p.length;
    // the next paragraph's opening before the close: this quote runs to it unclosed, and the next one starts there
    RUN_ON_OPENING.lastIndex = open + 1;
    const runOn = m[0] === '‘' ? null : RUN_ON_OPENING.exec(p);
    const toNext = runOn !== null && runOn.index <= close;
    if (toNext) close = runOn.index;
    out.push({ text: p.slice(open + 1, close), open, close, toEnd: !c || toNext });
    re.lastIndex = toNext ? close : close + 1;
  }
  return out;
}

/**
 * A quote nobody is named for (the speaker is in an earlier paragraph, or a survey's respondents) is still the
 * article's quote when it is this long: one word more than an attributed quote needs, since no speaker vouches for
 * it; shorter ones are scare quotes and names of things.
 */
const UNATTRIBUTED_WORDS_MIN = 5;
/** "Takin' It to the Streets": every word capitalised is a title, not speech. */
const TITLE_CASE = /^(?:[^\s]*[A-Z0-9][^\s]*\s+(?:(?:a|an|the|of|to|in|on|and|for|at|by)\s+)*)+[^\s]*[A-Z0-9][^\s]*$/;

/**
 * "I've no excuses.": a short quote that is a whole sentence (a capital, a verb's worth of words, a stop) is speech,
 * not a scare quote ("vile", "new normal"), which is a fragment.
 */
const FULL_SENTENCE = /^[A-Z][^\s]*(?:\s+[^\s]+){1,}[.!?]$/;

/** Where a quote stands, and what the attribution forms below read around it. */
interface QuoteSite {
  /** The paragraph's text. */
  p: string;
  q: Pending;
  sentence: number;
  /** Offset of the quote's sentence in the paragraph. */
  sentenceStart: number;
  /** Where the last quote of the paragraph closed (-1 for none). */
  prevClose: number;
  /** The stretch before the quote: from its sentence's start ("U.S. commander" ends none) or the last quote. */
  clause: string;
  /** The reporting clause that ends just before the quote ("Ana Diaz said", "he told reporters that"). */
  head: RegExpExecArray | null;
  /** The attribution right after the quote ('…," Ana Diaz said'). */
  tail: RegExpExecArray | null;
  resolve: (clause: string, sentence: number) => string;
  /** What a speaker is among the names of the article: a person, an organisation, or not named in it. */
  known: (speaker: string) => 'person' | 'org' | undefined;
}

/** 'he said, "…"' names the speaker even when a reporting clause follows ('…," the office said'). */
function saidThenQuote(s: QuoteSite): string {
  return s.head && /(?:said|says|told [^,]{1,40}|added|wrote|asked),\s*$/.test(s.clause) ? s.resolve(s.head[1]!.trim(), s.sentence) : '';
}

/** '…," Ana Diaz said', '…," said the trial's lead author, Maria Ortiz': the attribution after the quote. */
function tailAttribution(s: QuoteSite): string {
  const { tail, q } = s;
  // after a quote that ends its sentence ('…."') what follows is not its attribution
  if (q.toEnd || /[.]$/.test(q.text.trim())) return '';
  const after = (t: string) => s.resolve(t.replace(/\s+(?:when|as|while|after|before|who|in|on|at|during|speaking)\s.*$/, '').trim(), s.sentence);
  // '…," according to an official in the ministry', '…," according to the World Bank'
  const according = ACCORDING_AFTER.exec(s.p.slice(q.close + 1, q.close + TAIL_CHARS));
  if (according) return after(according[1]!);
  if (!tail) return '';
  const named = tail[3] && DESCRIBED_FIRST.test(tail[2]!) ? after(tail[3]) : '';
  return named || (tail[1] ? s.resolve(tail[1], s.sentence) : after(tail[2] ?? ''));
}

/** "according to Ana Diaz, "…"", "In Dr. Ruiz's words, "…"": the speaker named before the quote. */
function accordingTo(s: QuoteSite): string | undefined {
  const acc = ACCORDING.exec(s.clause) ?? IN_WORDS.exec(s.clause);
  return acc ? s.resolve(acc[1]!.trim(), s.sentence) : undefined;
}

/**
 * "Ana Diaz opened up about her friends Jay Z and Beyoncé, saying, "…"", "Brightline released a statement saying "…"":
 * a participle reports for the sentence's subject, not for the last name before it.
 */
const PARTICIPLE_HEAD = /(?:^|,|\sstatement)\s+(?:saying|adding|telling [^,"“”]{1,40}?|writing|noting|warning|explaining)(?:\s+that)?\s*[,:]?\s*$/;
/**
 * "During the show, …", "In June, …", "In a video dated May 23, 2015, …": a phrase that opens the sentence before its
 * subject (a date's comma inside it).
 */
export const OPENING_PHRASE = String.raw`(?:In|On|At|During|Earlier|Later|Last|This|For|With|Under|Despite|Meanwhile)\b[^,"“”]{0,80}(?:,\s\d{4})?,\s+`;
const PHRASE_OPENING = new RegExp(`^\\s*${OPENING_PHRASE}`);
/** The subject that opens a sentence: a pronoun, a run of capitalised words, or "the" and a noun. */
const OPENING_SUBJECT = /^(?:(He|She|They|We|I)\b|(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:['’]s\s+\p{Ll}+)?)|((?:[Tt]he|[Aa]n?)\s+\p{Ll}+))/u;

/** A verb right after a subject: one in the past ("released"), a reporting verb, or either after an adverb. */
const SUBJECT_THEN_VERB = new RegExp(`^\\s+(?:[a-z]+ly\\s+|also\\s+|then\\s+)?(?:[a-z]+ed|${VERBS})\\b`);

function participleHead(s: QuoteSite): string | undefined {
  const opening = s.p.slice(s.sentenceStart, s.q.open).replace(SUBORDINATE_OPENING, '').replace(PHRASE_OPENING, '');
  const m = OPENING_SUBJECT.exec(opening);
  // a pronoun that opens the sentence points back, past the names after it
  if (m?.[1]) return s.resolve(m[1], s.sentence - 1);
  // a capitalised subject when it is one of the article's names or a verb follows it ("Brightline released"), not
  // when it is only the first word ("Cocoa prices were …, he wrote, adding")
  const subject = m ? s.resolve(m[0], s.sentence) : '';
  const verbNext = m && SUBJECT_THEN_VERB.test(opening.slice(m[0].length));
  return subject && (m![3] || verbNext || s.known(subject)) ? subject : undefined;
}

/** "Ana Diaz said "…"", "he told reporters that "…"": the reporting clause just before the quote. */
function headAttribution(s: QuoteSite): string | undefined {
  const { head, p } = s;
  if (!head) return undefined;
  if (CONJUNCTION.test(head[1]!.trim())) return conjunctionHead(s);
  const participle = s.prevClose < s.sentenceStart && PARTICIPLE_HEAD.test(s.clause) ? participleHead(s) : undefined;
  if (participle) return participle;
  const speaker = s.resolve(head[1]!.trim(), s.sentence);
  // "Ana Diaz, an expert at Halden University and a graduate of the Coastal Academy, said …": the clause
  // before the verb holds only bodies of the apposition; the person who opens the sentence said it
  const opening = speaker && s.known(speaker) !== 'person' && s.prevClose < s.sentenceStart ? SUBJECT_VERB.exec(p.slice(s.sentenceStart, s.q.open)) : null;
  const subjectSpeaker = opening ? s.resolve(opening[1]!.trim(), s.sentence) : '';
  return subjectSpeaker && s.known(subjectSpeaker) === 'person' ? subjectSpeaker : speaker;
}

/** '… "unacceptable" and said it was "a hostage-taking"': the verb after a conjunction has the sentence's subject. */
function conjunctionHead(s: QuoteSite): string {
  return s.resolve(SUBJECT_VERB.exec(s.p.slice(s.sentenceStart, s.q.open))?.[1]?.trim() ?? '', s.sentence);
}

/**
 * "Ana Diaz, the agency's head, told reporters on Monday that the plan was "…"": the sentence's subject, however far
 * its verb. "He said that Ana Diaz and the board are "…"": a pronoun that opens the sentence points back, past the
 * names after it in the same sentence.
 */
function sentenceSubject(s: QuoteSite): string | undefined {
  const subject = SUBJECT_VERB.exec(s.clause.replace(SUBORDINATE_OPENING, ''));
  if (!subject || s.prevClose >= s.sentenceStart) return undefined;
  const who = subject[1]!.trim();
  return s.resolve(who, PRONOUN.test(who) ? s.sentence - 1 : s.sentence);
}

/** "Ana Diaz, an analyst at Brightline, put it plainly: "…"": a colon hands the word to the sentence's subject. */
function colonAfterName(s: QuoteSite): string {
  if (!/:\s*$/.test(s.clause) || s.prevClose >= s.sentenceStart) return '';
  const name = NAME_SUBJECT.exec(s.clause);
  return name ? s.resolve(name[1]!, s.sentence) : '';
}

/**
 * The attribution forms read before the quote: each returns undefined when its form is not there, and the first form
 * that is there decides, even when it names no one.
 */
function attributionBefore(s: QuoteSite): string {
  return accordingTo(s) ?? headAttribution(s) ?? sentenceSubject(s) ?? (colonAfterName(s) || personBeforeColon(s));
}

/**
 * "Former mayor Ana Diaz echoed the sentiment, but laid blame on the council: "…"", "Ana Diaz hesitated: "…"", "Ana
 * Diaz called the ruling "a disgrace"": a person who opens the sentence, then a colon or "called" before the quote.
 */
const COLON_OR_CALLED = /:\s*$|\bcalled\b[^"“”.:;]{0,60}$/;
function personBeforeColon(s: QuoteSite): string {
  if (!COLON_OR_CALLED.test(s.clause) || s.prevClose >= s.sentenceStart) return '';
  const opening = s.p.slice(s.sentenceStart, s.q.open).replace(SUBORDINATE_OPENING, '').replace(PHRASE_OPENING, '');
  const pronoun = /^(?:He|She)\b/.exec(opening);
  if (pronoun) return s.resolve(pronoun[0], s.sentence - 1);
  const speaker = s.resolve(opening.split(/\s+/).slice(0, OPENING_WORDS).join(' '), s.sentence);
  return s.known(speaker) === 'person' ? speaker : '';
}
/**
 * 'Diaz accused the board of "sitting on its hands for years"', 'Diaz remembered Ruiz "going above and beyond"': a
 * phrase quoted inside a sentence that opens with a person, with a verb other than a reporting one before it, is
 * that person's words (the labelled sets list such a partial quote of four words or more under the sentence's
 * subject); a pronoun that opens the sentence points back to the last person.
 */
function partialQuoteSubject(s: QuoteSite, text: string): string {
  if (!s.clause.trim() || s.prevClose >= s.sentenceStart || FULL_SENTENCE.test(text) || TITLE_CASE.test(text)) return '';
  const opening = s.p.slice(s.sentenceStart, s.q.open).replace(SUBORDINATE_OPENING, '').replace(PHRASE_OPENING, '');
  const m = OPENING_SUBJECT.exec(opening);
  if (m?.[1]) return /^(?:He|She)$/.test(m[1]) ? s.resolve(m[1], s.sentence - 1) : '';
  const subject = m?.[2] ? s.resolve(m[2], s.sentence) : '';
  return subject && s.known(subject) === 'person' ? subject : '';
}

/** How many words open a sentence with its subject: a role and a name ("Former mayor Ana Diaz echoed"). */
const OPENING_WORDS = 5;

/**
 * Quotes of an article. Paragraphs are given as sentence lists; `resolve` names the person or organisation that an
 * attribution clause points to. Each attribution form is a function of its own above, tried in this order: "said,"
 * before the quote, the clause after it, the forms before it, then a split quote, a quote paragraph that continues,
 * and the person the passage before is about.
 */
export function findQuotes(
  paragraphs: Array<{ text: string; first: number; starts: number[] }>,
  resolve: (clause: string, sentence: number) => string,
  subjectIn: (from: number, to: number) => string = () => '',
  known: (speaker: string) => 'person' | 'org' | undefined = () => 'person',
): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker = '';
  let lastPara = -2;
  paragraphs.forEach((para, pi) => {
    const p = para.text;
    const sentenceAt = (off: number) => {
      let k = 0;
      while (k + 1 < para.starts.length && para.starts[k + 1]! <= off) k++;
      return para.first + k;
    };
    let prevSpeaker = '';
    let prevClose = -1;
    let prev: { quote: Quote | undefined; raw: string } = { quote: undefined, raw: '' };
    for (const q of quoteSpans(p)) {
      const text = q.text.trim().replace(/[,\s]+$/, '');
      if (prev.quote && isSplitQuoteRest(prev.raw, p.slice(prevClose + 1, q.open), text)) {
        prev.quote.text += ` … ${text}`;
        prevClose = q.close;
        prev = { quote: undefined, raw: '' };
        continue;
      }
      const sentence = sentenceAt(q.open);
      const sentenceStart = para.starts[sentence - para.first]!;
      const clause = p.slice(Math.max(sentenceStart, prevClose + 1, q.open - HEAD_CHARS), q.open);
      const site: QuoteSite = {
        p,
        q,
        sentence,
        sentenceStart,
        prevClose,
        clause,
        head: HEAD.exec(clause),
        tail: TAIL.exec(p.slice(q.close + 1, q.close + TAIL_CHARS + 50)),
        resolve,
        known,
      };
      let speaker = saidThenQuote(site) || tailAttribution(site) || attributionBefore(site);
      prevClose = q.close;
      speaker ||= continuedQuote(prevSpeaker, q, pi, lastPara, lastSpeaker);
      const before = paragraphs[pi - 1];
      speaker ||= passageSubject(site, text, before, para.first, subjectIn);
      speaker ||= partialQuoteSubject(site, text);
      if (!speaker) {
        const quote = wordCount(text) >= UNATTRIBUTED_WORDS_MIN && !TITLE_CASE.test(text) ? { text, speaker: '', sentence } : undefined;
        if (quote) quotes.push(quote);
        prev = { quote, raw: q.text };
        continue;
      }
      // short scare quotes ("terrorist") are not quotes, but they carry the speaker to the next part
      const quote = wordCount(text) >= 4 || FULL_SENTENCE.test(text) ? { text, speaker, sentence } : undefined;
      if (quote) quotes.push(quote);
      prev = { quote, raw: q.text };
      prevSpeaker = speaker;
      lastSpeaker = speaker;
      lastPara = pi;
    }
  });
  return quotes;
}

/**
 * '…," she said, "': an attribution between the halves of one quote (a reporting verb, no stop, and no comma but the
 * one before the rest: '…," he said, telling her, "…' turns to another hearer, a new quote).
 */
const SPLIT_ATTRIBUTION = new RegExp(`^\\s*[^"“”.!?;:,]{0,80}\\b(?:${VERBS})\\b[^"“”.!?;:,]{0,80},\\s*$`);
/**
 * '"The dam will hold," Diaz said, "but not for long."': the second half of a quote the writer split around its
 * attribution (the first half ends in a comma, the rest opens in lower case) is the same quote, not another one; it
 * is shown after the first half, with an ellipsis where the attribution stood.
 */
const isSplitQuoteRest = (firstHalf: string, between: string, rest: string): boolean =>
  /,\s*$/.test(firstHalf) && !TITLE_CASE.test(firstHalf.trim().replace(/,$/, '')) && /^[a-z]/.test(rest) && SPLIT_ATTRIBUTION.test(between);

/** The second half of a split quote; a quote paragraph that continues the one before it. */
function continuedQuote(prevSpeaker: string, q: Pending, para: number, lastPara: number, lastSpeaker: string): string {
  if (prevSpeaker) return prevSpeaker;
  return q.open === 0 && lastPara === para - 1 ? lastSpeaker : '';
}

/**
 * A quote that opens its sentence with no attribution at all, after a passage about someone: their words (not after
 * a quote paragraph: names inside someone's words are not what the passage is about).
 */
function passageSubject(
  s: QuoteSite,
  text: string,
  before: { text: string; first: number } | undefined,
  paraFirst: number,
  subjectIn: (from: number, to: number) => string,
): string {
  if (s.clause.trim() || (s.tail && !s.q.toEnd) || wordCount(text) < UNATTRIBUTED_WORDS_MIN || /^["“‘]/.test(before?.text ?? '')) return '';
  const subject = subjectIn(before?.first ?? paraFirst, s.sentence - 1);
  const pronoun = before && !subject ? PRONOUN_REPORTS.exec(before.text)?.[1] : undefined;
  return pronoun ? s.resolve(pronoun, before!.first) : subject;
}
/**
 * "He added that …", "She said …": a paragraph of reported speech whose subject is a pronoun. The quote paragraph
 * with no attribution after it goes on in the same person's words.
 */
const PRONOUN_REPORTS = new RegExp(`^(He|She)\\s+(?:also\\s+|then\\s+|later\\s+)?(?:${VERBS})\\b`);

/**
 * "the statement said", "the order observed", "the bench noted": a document or a body speaks, and its noun is the
 * speaker, not the last person named before it.
 */
const SPEAKING_THING = /^(?:the|its|their)\s+(?:[a-z'’-]+\s+)?(statement|order|report|ruling|judge?ment|verdict|letter|filing|complaint|study|survey|bench|court|committee|panel|jury|lawsuit|indictment|memo|release|notice|website|description|tweet|post|message)$/i;
/**
 * "the judge said", "the senator added": a role that points back to a person given that role (all its words:
 * "the former adviser" is not the adviser named before) in the last few sentences; further back it is as likely
 * someone new.
 */
const THE_ROLE = /^the\s+((?:[a-z'’-]+\s+){0,2}[a-z-]+)$/;
const ROLE_BACK_SENTENCES = 12;
/** The labelled sets name a spokesperson's quote by that noun (or accept it beside the employer). */
const SPOKESPERSON = /^spokes(?:wo)?(?:man|person)$/i;
/** "the Russian said": a demonym stands for the person the passage is about, as a pronoun does. */
const THE_DEMONYM = /^the\s+(\p{Lu}[\p{L}-]+)$/u;

/**
 * Turns an attribution clause into a speaker, given the mentions so far and the people found (for their roles:
 * "the judge" is the person given that role).
 */
export function makeResolver(mentions: Mention[], people: ReadonlyArray<{ name: string; role: string }> = []): (clause: string, sentence: number) => string {
  const roleOf = new Map(people.map((p) => [p.name, p.role.toLowerCase()]));
  return (clause, sentence) => {
    const c = clause.replace(/^(?:and|but|so|then|as)\s+/i, '');
    if (!c) return '';
    const last = c.split(/\s+/).pop()!;
    // "a Meta spokesperson", "the company's spokesman": the spokesperson speaks, not their employer
    if (SPOKESPERSON.test(last)) return last.toLowerCase();
    const thing = SPEAKING_THING.exec(c);
    if (thing) return thing[1]!.toLowerCase();
    const role = THE_ROLE.exec(c)?.[1];
    if (role) {
      // the latest person named before with this role ("Judge Ana Ruiz … the judge said")
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (m.sentence < sentence - ROLE_BACK_SENTENCES) break;
        if (m.person && m.sentence <= sentence && ` ${roleOf.get(m.forms[0]!) ?? ''} `.includes(` ${role} `)) return m.speaker;
      }
    }
    const demonym = THE_DEMONYM.exec(c)?.[1];
    // "he", "… that she", "the 56-year-old", "the Russian": the last person mentioned
    // "it said": a thing or a body, never a person; the organisation named before is as often the wrong one
    if (/^it$/i.test(c)) return '';
    if (PRONOUN.test(c) || PRONOUN.test(last) || PRONOUN_ADVERB.test(c) || THE_NOUN.test(c) || (demonym && isDemonym(demonym))) {
      // the latest subject of the last three sentences, else the latest person
      let latest = '';
      for (let i = mentions.length - 1; i >= 0; i--) {
        const m = mentions[i]!;
        if (!m.person || m.sentence > sentence) continue;
        if (m.subject && m.sentence >= sentence - 2) return m.speaker;
        latest ||= m.speaker;
        if (m.sentence < sentence - 2) break;
      }
      return latest;
    }
    let best: Mention | undefined;
    let bestAt = -1;
    for (const m of mentions) {
      for (const f of m.forms) {
        const at = c.lastIndexOf(f);
        // a person named in the clause wins over an organisation ("Jessica Caldwell, Edmunds' director, said")
        if (at >= 0 && ((m.person && !best?.person) || ((at > bestAt || (at === bestAt && m.person)) && (m.person || !best?.person)))) {
          best = m;
          bestAt = at;
        }
      }
    }
    // "CNN meteorologist Ola Brekke", "Ola Brekke of the University of Bergen": a given name and a surname beside the
    // organisation, though the names pass did not take them for a person, are the one who speaks
    if (best && !best.person) return unlistedPerson(c, best) || best.speaker;
    if (best) return best.speaker;
    const cap = CAP_WORD_END.exec(c);
    if (cap && (wordCount(c) <= 4 || /^[^ ]+$/.test(c.slice(c.lastIndexOf(' ') + 1))) && !/^(?:The|He|She|It|They|We|I)$/.test(cap[1]!) && /\S$/.test(c)) return nameWithoutPossessive(cap[1]!);
    // the last noun: "one administration official" is an official
    const noun = [...c.matchAll(NOUN)].pop();
    if (noun && wordCount(c) <= 6) return noun[1]!.toLowerCase();
    const described = DESCRIBED.exec(c)?.[1]?.toLowerCase() ?? '';
    return NOT_A_NOUN.test(described) ? '' : described;
  };
}

/** A given name, then a surname (perhaps after particles: "Joost van Hoof"). */
const GIVEN_AND_SURNAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s+((?:(?:van|von|de|der|den|da|di|du|del|la|le)\s+)*\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-])/gu;

/** The surname of a person written with a given name in an attribution clause, outside the organisation's name. */
function unlistedPerson(clause: string, org: Mention): string {
  const orgAt = org.forms.map((f) => [clause.indexOf(f), clause.indexOf(f) + f.length] as const).filter(([at]) => at >= 0);
  for (const m of clause.matchAll(GIVEN_AND_SURNAME)) {
    const end = m.index + m[0].length;
    if (!isGivenName(m[1]!) || orgAt.some(([from, to]) => m.index < to && end > from)) continue;
    return m[2]!;
  }
  return '';
}

/**
 * The person a passage is about: the latest person who opens a sentence (its subject) between two sentences, when
 * the passage has one; a quote nobody is named for that follows it is taken as theirs.
 */
export function subjectOfPassage(mentions: Mention[]): (from: number, to: number) => string {
  return (from, to) => {
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.sentence > to) continue;
      if (m.sentence < from) break;
      if (m.person && m.subject) return m.speaker;
    }
    return '';
  };
}
