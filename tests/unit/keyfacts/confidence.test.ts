// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Collector } from '@/utils/keyfacts/collector';
import { articleView, confidence, entityFeatures, otherNames, FEATURES, MIN_SENTENCES, keepConfident, UNDECIDED_FEATURES, type ConfidenceModel, type KindModel } from '@/utils/keyfacts/confidence';
import { CONFIDENCE_MODEL, TRAINED_ON } from '@/utils/keyfacts/confidence-weights';
import { extractKeyFacts, factPasses, keyFactsWithFeatures, type OrganizationFact, type TextFact } from '@/utils/keyfacts';
import { bestThreshold, fingerprint, fitLogistic, labels, nameNorm, norm } from '../../../scripts/facts-confidence-lib';

const feature = (x: number[], name: (typeof FEATURES)[number]) => x[FEATURES.indexOf(name)]!;

const ARTICLE = [
  'Ana Diaz, the mayor of Lindqvist Falls, said on Monday that the bridge would close in Oslo for repairs.',
  'Diaz told reporters that the works would last a month.',
  'The city council agreed, and Diaz said the money was there.',
  'Customer Service',
  'Readers asked about customer service and the service of the bridge.',
].join('\n\n');

describe('the confidence features', () => {
  const c = new Collector(ARTICLE);

  it('counts the mentions of a name, of its last word, and where the article first names it', () => {
    const x = entityFeatures(articleView(c, 'Oslo bridge to close'), 'Ana Diaz', 'the mayor', otherNames([]), 1);
    expect(feature(x, 'mentions')).toBeCloseTo(Math.log1p(1));
    expect(feature(x, 'lastWordMentions')).toBeCloseTo(Math.log1p(3));
    expect(feature(x, 'firstAt')).toBe(0);
    expect(feature(x, 'inLead')).toBe(1);
    expect(feature(x, 'oneWord')).toBe(0);
    expect(feature(x, 'acronymOrRole')).toBe(1);
    expect(feature(x, 'givenFirst')).toBe(1);
    expect(feature(x, 'speechCue')).toBe(0); // ", the mayor …, said": not right after the name
    expect(feature(x, 'inTitle')).toBe(0);
  });

  it('reads a preposition of place, the title, and the lexicons of places', () => {
    const x = entityFeatures(articleView(c, 'Oslo bridge to close'), 'Oslo', '', otherNames([]), 1);
    expect(feature(x, 'placeCue')).toBe(1);
    expect(feature(x, 'inTitle')).toBe(1);
    expect(feature(x, 'knownPlace')).toBe(1);
    expect(feature(x, 'oneWord')).toBe(1);
    expect(feature(x, 'oneWordUnknown')).toBe(0);
  });

  it('sees a name whose words the article writes in lower case, alone on a short line', () => {
    const x = entityFeatures(articleView(c, ''), 'Customer Service', '', otherNames([]), 1);
    expect(feature(x, 'lowerShare')).toBe(1);
    expect(feature(x, 'shortSentence')).toBe(1);
    expect(feature(x, 'capsDensity')).toBe(1);
    expect(feature(x, 'once')).toBe(1);
    expect(feature(x, 'orgForm')).toBe(1); // "… Service": an organisation's tail word
  });

  it('sees a name shared with another kind, and a name inside a quotation', () => {
    const q = new Collector('“We love Lindqvist Falls,” she said. The Lindqvist Falls Rovers won.');
    expect(feature(entityFeatures(articleView(q, ''), 'Lindqvist Falls', '', otherNames(['Lindqvist Falls Rovers']), 1), 'otherKind')).toBe(0.5);
    expect(feature(entityFeatures(articleView(q, ''), 'Lindqvist Falls', '', otherNames(['Lindqvist Falls']), 1), 'otherKind')).toBe(1);
    expect(feature(entityFeatures(articleView(q, ''), 'Lindqvist Falls', '', otherNames([]), 1), 'inQuote')).toBe(0.5);
  });

  it('marks the cue that kept a name, one column of its own', () => {
    const q = new Collector('Lindqvist Falls is cold.');
    const x = entityFeatures(articleView(q, ''), 'Lindqvist Falls', '', otherNames([]), 1, 'dateline');
    expect(feature(x, 'via:dateline')).toBe(1);
    expect(FEATURES.filter((f) => f.startsWith('via:')).map((f) => feature(x, f)).reduce((a, b) => a + b)).toBe(1);
    const none = entityFeatures(articleView(q, ''), 'Lindqvist Falls', '', otherNames([]), 1);
    expect(FEATURES.filter((f) => f.startsWith('via:')).every((f) => feature(none, f) === 0)).toBe(true);
  });
});

describe('the confidence filter', () => {
  const kind = (weights: Partial<Record<(typeof FEATURES)[number], number>>, threshold: number): KindModel => ({
    bias: 2,
    weights: FEATURES.map((f) => weights[f] ?? 0),
    threshold,
  });
  const undecidedKind = (weights: Partial<Record<(typeof UNDECIDED_FEATURES)[number], number>>, threshold: number): KindModel => ({
    bias: 2,
    weights: UNDECIDED_FEATURES.map((f) => weights[f] ?? 0),
    threshold,
  });
  // an invented model: a name whose words the article writes in lower case is doubtful
  // (no undecided name comes back: a threshold over any probability)
  const none = undecidedKind({}, 2);
  const model: ConfidenceModel = {
    features: FEATURES,
    people: kind({}, 0.5),
    orgs: kind({ lowerShare: -5 }, 0.5),
    places: kind({}, 0.5),
    undecidedFeatures: UNDECIDED_FEATURES,
    second: { people: none, orgs: none, places: none },
  };

  it('drops a weak item and keeps a strong one', () => {
    const c = new Collector(ARTICLE);
    const f = {
      people: [{ name: 'Ana Diaz', role: 'mayor', sentence: 0 }],
      organizations: [
        { name: 'Customer Service', acronym: '', sentence: 3 },
        { name: 'Lindqvist Falls Council', acronym: '', sentence: 0 },
      ],
      places: [{ text: 'Oslo', sentence: 0 }],
    };
    const kept = keepConfident(c, '', f, model);
    expect(kept.organizations.map((o) => o.name)).toEqual(['Lindqvist Falls Council']);
    expect(kept.people).toHaveLength(1);
    expect(kept.places).toHaveLength(1);
  });

  it('takes back an undecided name as the kind whose second-chance model is surest of it', () => {
    const text = [
      'Ana Diaz, the mayor of Springfield, said on Monday that the bridge would close.',
      'The deal with Quorvex was signed in March.',
      'Quorvex will pay for the works, the council said.',
      'Residents asked whether Quorvex would hire locally.',
      'The works start in May.',
    ].join('\n\n');
    const { c } = factPasses(text);
    expect(c.undecided.has('Quorvex')).toBe(true);
    const f = { people: [...c.people.values()], organizations: [] as OrganizationFact[], places: [] as TextFact[] };
    const sure = undecidedKind({ mentions: 3, once: -6 }, 0.99);
    const back = (second: Partial<ConfidenceModel['second']>) => {
      const kept = keepConfident(c, '', f, { ...model, second: { ...model.second, ...second } });
      return { orgs: kept.organizations.map((o) => o.name), places: kept.places.map((p) => p.text), people: kept.people.map((p) => p.name).filter((n) => n !== 'Ana Diaz') };
    };
    // a name the article writes three times, scored high by mentions; the one-off "Residents" stays out
    expect(back({ orgs: sure })).toEqual({ orgs: ['Quorvex'], places: [], people: [] });
    expect(back({ orgs: undecidedKind({ mentions: 3, once: -6 }, 2) })).toEqual({ orgs: [], places: [], people: [] });
    // two kinds over their thresholds: the surer one has it, once
    expect(back({ orgs: sure, places: undecidedKind({ mentions: 5, once: -6 }, 0.99) })).toEqual({ orgs: [], places: ['Quorvex'], people: [] });
  });

  it('the shipped model keeps a person named with a role and drops a menu line the article writes in lower case', () => {
    const text = [
      'Ana Diaz, the mayor of Springfield, said on Monday that the town would build 3 bridges.',
      'Diaz told the council that the works would start in May, and Diaz said the money was there.',
      'Style & Beauty',
      'Kitchen & Dining',
      'Residents asked about style, beauty, kitchen and dining spaces near the river.',
    ].join('\n\n');
    const c = new Collector(text);
    const f = {
      people: [{ name: 'Ana Diaz', role: 'the mayor of Springfield', sentence: 0 }],
      organizations: [{ name: 'Style & Beauty', acronym: '', sentence: 2 }],
      places: [],
    };
    expect(confidence(CONFIDENCE_MODEL.people, entityFeatures(articleView(c, ''), 'Ana Diaz', 'the mayor of Springfield', otherNames([]), 1))).toBeGreaterThan(CONFIDENCE_MODEL.people.threshold);
    const kept = keepConfident(c, '', f, CONFIDENCE_MODEL);
    expect(kept.people.map((p) => p.name)).toEqual(['Ana Diaz']);
    expect(kept.organizations).toEqual([]);
  });

  it('is applied by extractKeyFacts to an article, not to a text too short for its statistics', () => {
    const article = [
      'Ana Diaz, the mayor of Springfield, said on Monday that the bridge would close in March.',
      'Diaz told the city council that repairs would take a year.',
      'The council voted 7-2 for the plan.',
      'Home & Garden',
      'Diaz said the money was there, and residents cheered.',
    ].join('\n\n');
    // the passes read the menu's line as an organisation; the filter leaves it out, and keeps the mayor
    expect(keyFactsWithFeatures('Bridge to close', article).facts.organizations.map((o) => o.name)).toEqual(['Home & Garden']);
    const f = extractKeyFacts('Bridge to close', article);
    expect(f.organizations).toEqual([]);
    expect(f.people.map((p) => p.name)).toEqual(['Ana Diaz']);
    // fewer than MIN_SENTENCES: as the passes found it
    const short = 'Shares of Kelvar rose 4%. Ana Diaz said so.';
    expect(short.split('. ').length).toBeLessThan(MIN_SENTENCES);
    expect(extractKeyFacts('', short)).toEqual(keyFactsWithFeatures('', short).facts);
  });
});

describe('training the confidence model', () => {
  it('labels names as the scorer matches them: honorifics, "the", possessives; a neutral or second match counts neither way', () => {
    expect(nameNorm('Dr. Ana Díaz')).toBe('ana diaz');
    expect(norm('The U.N.’s')).toBe('un');
    const gold = { people: [{ name: 'Ana Diaz' }], orgs: [{ name: 'Acme Corp', acronym: 'ACME' }], places: ['Oslo|Oslo city'], neutral: ['Springfield'] };
    expect(labels(['Mr Ana Diaz', 'Ana Diaz', 'Bo Lind'], gold, 'people')).toEqual([1, null, 0]);
    expect(labels(['ACME', 'Ana Diaz', 'Springfield'], gold, 'orgs')).toEqual([1, 0, null]); // a person as an organisation: wrong
    expect(labels(['Oslo city'], gold, 'places')).toEqual([1]);
  });

  it('fits a feature that tells right from wrong, the same weights every time, and a threshold that drops the wrong', () => {
    const samples = [
      ...Array.from({ length: 20 }, (_, i) => ({ x: [1, i % 2], y: 1 as const })),
      ...Array.from({ length: 6 }, (_, i) => ({ x: [0, i % 2], y: 0 as const })),
      { x: [0, 0], y: 1 as const },
      { x: [0, 1], y: 1 as const },
    ];
    const m = fitLogistic(samples, 0.1);
    expect(m.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(m.weights[1]!)).toBeLessThan(0.01); // noise, as often with right and wrong
    expect(fitLogistic(samples, 0.1)).toEqual(m);
    const scored = samples.map((s) => ({ p: confidence({ ...m, threshold: 0 }, s.x), y: s.y }));
    const t = bestThreshold(scored, 22, 1);
    expect(scored.filter((s) => s.p >= t).every((s) => s.y === 1)).toBe(true);
  });

  it('chooses the undecided names\' threshold after the kept items: over them all when the best of them are wrong', () => {
    const wrongFirst = [{ p: 0.9, y: 0 as const }, { p: 0.5, y: 0 as const }, { p: 0.45, y: 0 as const }, { p: 0.4, y: 1 as const }];
    expect(bestThreshold(wrongFirst, 10, 1, 100, { tp: 8, fp: 0 })).toBeGreaterThan(0.9);
    // (counted alone, the one right item would be worth its wrong ones)
    expect(bestThreshold(wrongFirst, 1, 1, 100)).toBeLessThanOrEqual(0.4);
    const kept = { tp: 8, fp: 1 };
    expect(bestThreshold([{ p: 0.9, y: 1 }, { p: 0.4, y: 0 }], 10, 1, 100, kept)).toBeGreaterThan(0.4);
    expect(bestThreshold([{ p: 0.9, y: 1 }, { p: 0.4, y: 0 }], 10, 1, 100, kept)).toBeLessThanOrEqual(0.9);
  });

  it('the weights file is what `npm run train:facts` wrote from the current features, trainer and labelled sets', () => {
    expect(CONFIDENCE_MODEL.features).toEqual([...FEATURES]);
    for (const k of ['people', 'orgs', 'places'] as const) expect(CONFIDENCE_MODEL[k].weights).toHaveLength(FEATURES.length);
    expect(TRAINED_ON).toBe(fingerprint());
  });
});
