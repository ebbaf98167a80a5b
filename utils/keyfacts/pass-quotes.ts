/** Pass: quotes and their speakers, read per paragraph against the names mentioned so far. */

import type { Collector } from './collector';
import { REPORTING_VERBS } from './lexicon';
import { surname, surnameWithParticles } from './people';
import { storyPointerSentences } from './prose';
import { OPENING_PHRASE, findQuotes, makeResolver, subjectOfPassage, type Mention } from './quotes';
import type { QuoteFact } from './types';

/**
 * Mentions of known people by surname alone as the subject of a sentence ("Ruiz, who led the study, says…",
 * "Dr. Ruiz explained…"): the names pass records only a person's full mentions, and a pronoun after "Ruiz says…"
 * means Ruiz, not the last full name before. Only a surname that opens its sentence and is followed by a comma or a
 * verb counts ("Ruiz campaign chairman Ana Diaz", "Ruiz and Diaz met" have another subject or two). The full name
 * may come later than the surname: in a caption or a closing line ("Ana Ruiz, the firm's technology chief, …").
 */
function surnameSubjects(c: Collector): Mention[] {
  const surnames = new Set<string>();
  for (const p of c.people.values()) {
    const last = surname(p.name);
    if (last !== p.name && last.length >= 3) surnames.add(last);
  }
  const out: Mention[] = [];
  if (!surnames.size) return out;
  c.sents.forEach((s, i) => {
    const last = SURNAME_OPENS.exec(s.text)?.[1];
    if (last && surnames.has(last)) out.push({ speaker: last, forms: [last], sentence: i, person: true, subject: true });
  });
  return out;
}
/** Titles before a surname ("Dr. Ruiz"). */
const TITLE = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Judge|Justice|President|Minister)\.?`;
/** A verb after a subject: one ending like a verb in the present or past ("says", "explained"), or an auxiliary. */
const VERB_AFTER_SUBJECT = String.raw`\p{Ll}+(?:s|ed)|has|had|is|was|will|would|can|could|did|does|also|then|later|now|told|said`;
/**
 * A sentence that opens with one capitalised word (after a title, perhaps after a phrase: "On the last subject, Ruiz
 * opened up …"), then a comma or a verb: the word may be a surname.
 */
const SURNAME_OPENS = new RegExp(`^["“‘]?(?:${OPENING_PHRASE})?(?:${TITLE}\\s+)?(\\p{Lu}[\\p{L}'’-]+)(?:,|\\s+(?:${VERB_AFTER_SUBJECT})\\b)`, 'u');
/** "Dr Ruiz's lawyer, Ana Diaz, said…": a name in the possessive opens the sentence but is not its subject. */
const possessive = (sentence: string, name: string) => sentence.includes(`${name}'s `) || sentence.includes(`${name}’s `);

/**
 * A known person right before a reporting verb, or before an apposition and the verb, is the subject of its clause
 * wherever it stands ("Council chief executive Ana Ruiz said …", "…, Ana Ruiz, the firm's head, told the BBC"): the
 * one who spoke, whom a pronoun after it points to.
 */
function reportingSubjects(c: Collector): Mention[] {
  const out: Mention[] = [];
  const withVerb = c.sents.map((s, i) => ({ text: s.text, i })).filter((s) => REPORTING.test(s.text));
  for (const p of c.people.values()) {
    const last = surname(p.name);
    for (const s of withVerb) {
      if (saidAfter(s.text, p.name) || saidAfter(s.text, last)) out.push({ speaker: surnameWithParticles(p.name), forms: [p.name, last], sentence: s.i, person: true, subject: true });
    }
  }
  return out;
}
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`);
/**
 * After a name: a reporting verb, perhaps after an apposition of one or two parts (", the firm's head,"), or after
 * the comma that closes an apposition before the name ("The head of the centre, Ana Ruiz, says …").
 */
const SAID_AFTER_NAME = new RegExp(`^(?:,[^"“”,]{1,80}(?:,[^"“”,]{1,80})?,|,)?\\s+(?:${REPORTING_VERBS})\\b`);
/** Whether some mention of `name` in the sentence, a whole word, has a reporting verb after it. */
function saidAfter(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/\p{L}/u.test(text.charAt(at - 1)) && SAID_AFTER_NAME.test(text.slice(at + name.length, at + name.length + 200))) return true;
  }
  return false;
}

/**
 * "Sir Keith said …" after "Sir Keith Joseph": a knight or a dame is called by title and given name, so "Sir Keith"
 * speaks for the person of that given name, whose surname names the speaker. The short form ("Sir Keith") of each
 * person the article names with the title, to that person's full name.
 */
function knightsByGivenName(c: Collector): Map<string, string> {
  const out = new Map<string, string>();
  const text = c.sents.map((s) => s.text).join(' ');
  for (const p of c.people.values()) {
    const name = p.name.replace(KNIGHT_TITLE, '');
    const title = KNIGHT_TITLE.exec(p.name)?.[0] ?? KNIGHTED.exec(text.slice(0, Math.max(0, text.indexOf(name))))?.[0];
    const given = name.split(' ')[0]!;
    if (title && name.includes(' ')) out.set(`${title.trim()} ${given}`, p.name);
  }
  return out;
}
const KNIGHT_TITLE = /^(?:Sir|Dame)\s+/;
/** The title just before a name ("… Sir ⟨Keith Joseph⟩"). */
const KNIGHTED = /(?:Sir|Dame)\s$/;

export function quotesWithSpeakers(c: Collector): QuoteFact[] {
  if (!c.english) return [];
  // "Sir Keith" is a form of Sir Keith Joseph's mentions; a mention of "Sir Keith" alone is his
  const knights = knightsByGivenName(c);
  const fullOf = new Map([...knights].map(([short, full]) => [full, short]));
  const mentions = [...c.mentions, ...surnameSubjects(c), ...reportingSubjects(c)]
    .map((m) => {
      const full = knights.get(m.forms[0]!);
      if (full) return { ...m, speaker: surname(full) };
      const short = fullOf.get(m.forms[0]!);
      return short ? { ...m, forms: [...m.forms, short] } : m;
    })
    .sort((a, b) => a.sentence - b.sentence);
  // for pronouns a possessive is no subject; a passage is still about the person in it ("Ruiz's new film…")
  const forPronouns = mentions.map((m) => (m.subject && possessive(c.sents[m.sentence]!.text, m.forms[0]!) ? { ...m, subject: false } : m));
  const paragraphs: Array<{ text: string; first: number; starts: number[] }> = [];
  c.sents.forEach((s, i) => {
    const last = paragraphs[paragraphs.length - 1];
    if (last && c.sents[i - 1]?.para === s.para) {
      last.starts.push(last.text.length + 1);
      last.text += ' ' + s.text;
    } else paragraphs.push({ text: s.text, first: i, starts: [0] });
  });
  // a quote outside running prose is a title or a cell; in a line pointing to another story, that story's headline
  const pointer = storyPointerSentences(c.sents);
  const known = new Map<string, 'person' | 'org'>();
  for (const m of mentions) if (m.person || !known.has(m.speaker)) known.set(m.speaker, m.person ? 'person' : 'org');
  return findQuotes(paragraphs, makeResolver(forPronouns, [...c.people.values()]), subjectOfPassage(mentions), (speaker) => known.get(speaker)).filter(
    (q) => c.prose[q.sentence] && !pointer[q.sentence],
  );
}
