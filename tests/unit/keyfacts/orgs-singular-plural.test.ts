// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../utils/keyfacts';
import { mergeShortForms } from '../../../utils/keyfacts/coreference';

// One entity, one chip (issue #16, item 6): a body written in the singular and the plural is one organisation,
// shown under the form the article writes more often. Every name and sentence is invented.

const org = (name: string, acronym = '') => ({ name, acronym });
/** Whole-word mentions of a name in a text. */
const count = (text: string) => (name: string) => text.split(new RegExp(`\\b${name}\\b`)).length - 1;

describe('a name and its plural are one organisation', () => {
  it('merges a party written "-y" and "-ies", named by the commoner form', () => {
    expect(mergeShortForms([org('Whigly'), org('Whiglies')], count('Whigly Whiglies Whiglies'))).toEqual([org('Whiglies')]);
    // a tie: the first written
    expect(mergeShortForms([org('Whigly'), org('Whiglies')], count('Whigly Whiglies'))).toEqual([org('Whigly')]);
  });

  it("merges a name of two words written \"-s\" at the first one's place, with the acronym either had", () => {
    const orgs = [org('Ulster Forum'), org('Free Dem', 'FD'), org('Free Dems')];
    expect(mergeShortForms(orgs, count('Free Dem, Free Dems, Free Dems'))).toEqual([org('Ulster Forum'), org('Free Dems', 'FD')]);
  });

  it('keeps apart names that are not a singular and its plural', () => {
    const none = () => 0;
    expect(mergeShortForms([org('Harkness'), org('Harknes')], none)).toHaveLength(2);
    expect(mergeShortForms([org('Nexus'), org('Nexu')], none)).toHaveLength(2);
  });

  it('lists a party once in an article that writes it both ways', () => {
    const text =
      'Voters in Marlow backed the Greenlanders on Thursday, the first win for a Greenlander candidate in the county. ' +
      'Greenlander leader Tomas Pell said the Greenlanders had earned it. The Greenlanders now hold 12 seats on the council.';
    const names = extractKeyFacts('By-election', text).organizations.map((o) => o.name);
    expect(names.filter((n) => n.startsWith('Greenlander'))).toEqual(['Greenlanders']);
  });
});
