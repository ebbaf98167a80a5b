/**
 * The labelled key-facts sets: the dev set in ../shared/keyfacts and every folder of tests/fixtures named
 * `keyfacts-*` holding `inputs.json` (`{ id: { title, text } }`) and `gold.json` (bench:facts, train:key-sentences).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface GoldSet {
  name: string;
  input: string;
  gold?: string;
}

/**
 * Sets kept as judges only: bench:facts scores them, no trainer fits on them, so their figures stay out of sample
 * (the thirty-sixth round's four BBC sets, labelled blind and read by the lead before and after the round's merges;
 * earlier rounds' blind20a–d, blind22a–d, blind23a–d, blind24a–d, blind25a–d, blind26a–d, blind27a–d, blind28a–d, blind29a–d, blind30a–d, blind31a–d, blind32a–d, blind33a–d, blind34a–d and blind35a–d, read that way, became study sets).
 */
export const JUDGE_ONLY_SETS = ['blind36a', 'blind36b', 'blind36c', 'blind36d'];

/** The sets a trainer may fit on: all but the judges-only. */
export function forTraining<T extends { name: string }>(sets: T[]): T[] {
  return sets.filter((s) => !JUDGE_ONLY_SETS.includes(s.name));
}

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const sharedKeyfacts = path.resolve(repoRoot, '../shared/keyfacts');

/** Every labelled set found (new sets need no edit here), the dev set first. */
export function goldSets(fixtures = path.join(repoRoot, 'tests/fixtures'), withDev = true): GoldSet[] {
  const found: GoldSet[] = withDev ? [{ name: 'dev', input: path.join(sharedKeyfacts, 'dev-inputs.json'), gold: path.join(sharedKeyfacts, 'dev-gold.json') }] : [];
  for (const dir of readdirSync(fixtures).sort()) {
    if (!dir.startsWith('keyfacts-')) continue;
    const d = path.join(fixtures, dir);
    if (existsSync(path.join(d, 'inputs.json')) && existsSync(path.join(d, 'gold.json'))) {
      found.push({ name: dir.replace(/^keyfacts-/, ''), input: path.join(d, 'inputs.json'), gold: path.join(d, 'gold.json') });
    }
  }
  return found.filter((s) => existsSync(s.input));
}
