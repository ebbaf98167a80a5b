// @vitest-environment node
// The key-sentence training script (scripts/train-key-sentences.ts) re-run on tiny invented sets written to a
// temporary folder: it must learn a rule the hand weights do not know, and write a weights file the ranker can load.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '@/utils/keyfacts/key-sentence-features';
import { KEY_SENTENCE_WEIGHTS } from '@/utils/keyfacts/key-sentence-weights';
import { goldSets } from '../../../scripts/keyfacts-sets';
import { fit, found, HAND_WEIGHTS, leaveOneSetOut, listSizeTable, loadSet, pickQuality, sentNorm, steps, weightsFile, type Article } from '../../../scripts/train-key-sentences';

/** Articles whose second and third key sentences are late and attributed ("according to …"): the hand weights take ranks 1 and 2. */
function article(town: string) {
  return {
    title: `${town} council closes bridge`,
    text: [
      `The ${town} council voted on Monday to close the old bridge for repairs next spring.`,
      `Many people from ${town} came to the meeting in the hall on Main Street that evening.`,
      `The hall was full and the chairs ran out before Mayor Ana Diaz spoke about the bridge.`,
      `Children from the ${town} school sang two songs before the meeting began that night.`,
      `The repairs will cost more than the town spends on roads in a year, according to the council.`,
      `Coffee and cake were served in the lobby by volunteers from the ${town} library.`,
      `Traffic will go through Eastvale while the bridge is shut, according to the police.`,
    ].join('\n\n'),
  };
}
const gold = (town: string) => ({
  keySentences: [`The ${town} council voted on Monday`, 'The repairs will cost more', 'Traffic will go through Eastvale'],
  acceptableSentences: ['The hall was full'],
});

function tinySets(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'train-key-'));
  for (const [name, towns] of [['a', ['Dunmore', 'Kelby', 'Ashford']], ['b', ['Marlow', 'Tilby', 'Corran']]] as const) {
    const d = path.join(dir, `keyfacts-${name}`);
    mkdirSync(d);
    writeFileSync(path.join(d, 'inputs.json'), JSON.stringify(Object.fromEntries(towns.map((t) => [t, article(t)]))));
    writeFileSync(path.join(d, 'gold.json'), JSON.stringify(Object.fromEntries(towns.map((t) => [t, gold(t)]))));
  }
  return dir;
}

describe('train:key-sentences', () => {
  const sets = new Map(goldSets(tinySets(), false).map((s) => [s.name, loadSet(s)]));

  it('learns from the labelled sets what the hand weights miss, and holds it on the set left out', () => {
    expect([...sets.keys()]).toEqual(['a', 'b']);
    const all = [...sets.values()].flat();
    expect(found(all, HAND_WEIGHTS)).toEqual({ found: 6, gold: 18 }); // the lead of each, nothing else
    expect(found(all, fit(all))).toEqual({ found: 18, gold: 18 });
    for (const fold of leaveOneSetOut(sets)) expect([fold.set, fold.hand, fold.fitted]).toEqual([fold.set, 3, 9]);
  });

  it('fits the same weights every run and writes them with their provenance and figures', () => {
    const all = [...sets.values()].flat();
    const weights = fit(all);
    expect(fit(all)).toEqual(weights);
    const file = weightsFile(weights, leaveOneSetOut(sets), '2 labelled sets, 6 articles', 'abc123');
    expect(file).toMatch(/Data: 2 labelled sets, 6 articles\./);
    expect(file).toMatch(/Commit: abc123/);
    expect(file).toMatch(/pooled\s+6\s+18\s+0\.333\s+1\.000/);
    for (const f of [...FEATURES, 'repeat']) expect(file).toContain(`  ${f}: ${weights[f as keyof typeof weights]},`);
  });

  it('scores other list sizes on the same folds: gold found, picks shown, and picks the labels accept', () => {
    const all = [...sets.values()].flat();
    const weights = fit(all);
    // 7 sentences: 3 picks by default, all gold; a fourth and a fifth pick find no more gold
    expect(pickQuality(all, weights)).toEqual({ found: 18, gold: 18, shown: 18, sound: 18 });
    // a fourth pick is the coffee, not key and not accepted; a fifth the full hall, which the labels accept
    expect(pickQuality(all, weights, () => 4)).toEqual({ found: 18, gold: 18, shown: 24, sound: 18 });
    expect(pickQuality(all, weights, () => 5)).toEqual({ found: 18, gold: 18, shown: 30, sound: 24 });
    expect(pickQuality(all, weights, () => 1)).toMatchObject({ found: 6, shown: 6, sound: 6 });
    const table = listSizeTable(sets, leaveOneSetOut(sets));
    expect(table[0]).toMatch(/^list\s+pooled\s+weakest\s+under\s+shown\s+sound$/);
    expect(table[1]).toMatch(/^shipped\s+1\.000\s+a 1\.000\s+0\s+3\.00\s+1\.000$/);
    expect(table[2]).toMatch(/^3\s+1\.000\s+a 1\.000\s+0\s+3\.00\s+1\.000$/);
    expect(table[4]).toMatch(/^5\s+1\.000\s+a 1\.000\s+0\s+5\.00\s+0\.800$/);
  });

  it('weighs each key sentence against the sentences that are not key, never against a later key sentence', () => {
    const texts = ['the council voted', 'crowds filled the hall', 'repairs will cost more', 'coffee was served', 'traffic will divert'];
    const a: Article = {
      id: 'x',
      features: { rows: texts.map((_, i) => FEATURES.map((f) => (f === 'depth' ? i / 4 : 0))), words: texts.map((t) => new Set(t.split(' '))) },
      sentences: texts,
      key: [['the council'], ['repairs will'], ['traffic will']],
      acceptable: [],
    };
    // each choice: the key sentence itself and the two sentences that are not key
    const depth = FEATURES.indexOf('depth');
    expect(steps(a).map((s) => s.rows.map((r) => r[depth]))).toEqual([
      [0, 0.25, 0.75],
      [0.25, 0.5, 0.75],
      [0.25, 0.75, 1],
    ]);
    expect(steps(a).map((s) => s.chosen)).toEqual([0, 1, 2]);
  });

  it('reads sentences as score.py does: quotes, dashes and accents unified, leading quotes off', () => {
    expect(sentNorm('“Café” — the  Mayor’s  view')).toBe(`cafe" - the mayor's view`);
  });

  it('the checked-in weights name every feature and say how they were made', () => {
    expect(Object.keys(KEY_SENTENCE_WEIGHTS).sort()).toEqual([...FEATURES, 'repeat'].sort());
    const text = readFileSync(path.resolve(__dirname, '../../../utils/keyfacts/key-sentence-weights.ts'), 'utf8');
    for (const field of ['Data:', 'Commit:', 'Rebuild: npm run train:key-sentences', 'pooled']) expect(text).toContain(field);
  });
});
