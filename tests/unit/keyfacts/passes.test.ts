// @vitest-environment node
/** Each pass over the shared collector, on its own (invented sentences). */
import { describe, expect, it } from 'vitest';
import { Collector } from '@/utils/keyfacts/collector';
import { acronymsAndDateline } from '@/utils/keyfacts/pass-acronyms-dateline';
import { datesAndNumbers } from '@/utils/keyfacts/pass-dates-numbers';
import { keySentences } from '@/utils/keyfacts/pass-key-sentences';
import { namesInPhrases } from '@/utils/keyfacts/pass-names';
import { organisationsByContext } from '@/utils/keyfacts/pass-orgs-by-context';
import { quotesWithSpeakers } from '@/utils/keyfacts/pass-quotes';

const texts = (xs: Iterable<{ text: string }>) => [...xs].map((x) => x.text);

describe('the collector', () => {
  it('knows the article’s lower-case words, the capitalised words used alone and the list rows', () => {
    const c = new Collector('Brandt said the will was read. Then Brandt left.\n\nMay 3 – Dunmore @ Pine Hall');
    expect(c.lowerWords.has('will')).toBe(true);
    expect(c.alone.get('Brandt')).toBe(2);
    expect(c.row).toEqual([false, false, true]);
    expect(c.phrases.every((p) => p.sentence < 2)).toBe(true);
  });
});

describe('passes', () => {
  it('dates and numbers: per prose sentence, in any language', () => {
    const { dates, numbers } = datesAndNumbers(new Collector('В Москве 5 марта 2024 года цены выросли на 40%.'));
    expect(texts(dates)).toEqual(['5 марта 2024']);
    expect(texts(numbers)).toEqual(['40%']);
    // a bare number is the bare-number model's to keep: all of them with a model that keeps all
    const all = datesAndNumbers(new Collector('В Москве на встречу пришли 40 человек.'), () => true);
    expect(texts(all.numbers)).toEqual(['40']);
    expect(texts(datesAndNumbers(new Collector('В Москве на встречу пришли 40 человек.')).numbers)).toEqual([]);
  });

  it('acronyms and dateline: the spelled-out name with its acronym, the dateline’s places (its town and region)', () => {
    const c = new Collector('DUNMORE, Ore. — The Northern Water Authority (NWA) raised fees on Monday.');
    acronymsAndDateline(c);
    expect([...c.orgs.values()].map((o) => [o.name, o.acronym])).toEqual([['Northern Water Authority', 'NWA']]);
    expect([...c.places.keys()]).toEqual(['Dunmore', 'Ore.']);
  });

  it('names: people with roles, organisations, places; the undecided are returned', () => {
    const c = new Collector('Mayor Ana Ruiz met Halvard Group staff in Quito. Zentrix was not there.');
    const undecided = namesInPhrases(c);
    expect([...c.people.values()].map((p) => [p.name, p.role])).toEqual([['Ana Ruiz', 'Mayor']]);
    expect([...c.orgs.values()].map((o) => o.name)).toEqual(['Halvard Group']);
    expect([...c.places.keys()]).toEqual(['Quito']);
    expect(undecided.map((u) => u.name)).toEqual(['Zentrix']);
  });

  it('organisations by context: an undecided name written about as a company', () => {
    const c = new Collector('Shares of Zentrix fell. Zentrix, a chip maker, cut 300 jobs.');
    organisationsByContext(c, namesInPhrases(c));
    expect([...c.orgs.values()].map((o) => o.name)).toEqual(['Zentrix']);
  });

  it('quotes: a speaker named sentences before "he said"', () => {
    const c = new Collector('Coach Ian Moss watched from the bench. The team lost again. "We have to be better than this," he said.');
    namesInPhrases(c);
    expect(quotesWithSpeakers(c).map((q) => [q.text, q.speaker])).toEqual([['We have to be better than this', 'Moss']]);
  });

  it('key sentences: the lead, then sentences that share the title’s words and hold facts', () => {
    const text = [
      'The Dunmore council voted on Monday to close the old bridge for repairs costing $4 million.',
      'Many people in the town said they had enjoyed the weather over the long and quiet weekend.',
      'The old bridge, built in 1931, carries 12,000 cars a day and will close in May for repairs.',
      'Some residents came to the meeting, and a few of them stayed until it was over at night.',
    ].join('\n\n');
    const c = new Collector(text);
    const { dates, numbers } = datesAndNumbers(c);
    const picked = keySentences(c, 'Dunmore to close old bridge for repairs', dates, numbers).map((k) => k.sentence);
    expect(picked).toContain(0);
    expect(picked).toContain(2);
    expect(picked).toHaveLength(3);
  });
});

describe('key sentences add to the lead', () => {
  it('does not pick a sentence that restates an earlier pick when another on-topic one is there', () => {
    const text = [
      'The Dunmore council voted on Monday to close the old river bridge for repairs costing $4 million.',
      'On Monday the Dunmore council voted to close the old river bridge for $4 million of repairs.',
      'Traffic will be sent through Eastvale, adding 20 minutes to the commute of about 9,000 drivers.',
      'The bridge will reopen in 2027, the council said in a statement after the meeting.',
    ].join('\n\n');
    const c = new Collector(text);
    const { dates, numbers } = datesAndNumbers(c);
    expect(keySentences(c, 'Dunmore council votes to close river bridge', dates, numbers).map((k) => k.sentence)).toEqual([0, 2, 3]);
  });
});
