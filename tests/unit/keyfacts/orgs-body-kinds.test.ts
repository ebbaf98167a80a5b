// @vitest-environment node
// Kinds of bodies an appositive, a word before the name or a list of examples gives (cues.ts ORG_NOUNS, twenty-first
// round, s21-orgs): each on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('kinds of bodies an appositive or a word before the name gives', () => {
  it('reads a vendor, a band and a think tank as organisations', () => {
    expect(orgs('A 2023 study from Quorvane, a data-security vendor, found that most hospitals pay ransoms. The hospitals disputed the figure.')).toContain('Quorvane');
    expect(orgs('Hollow Tides, the Glasgow indie band behind last summer’s hit, will tour in March. Tickets go on sale on Friday.')).toContain('Hollow Tides');
    expect(orgs('Miriam Stone, a fellow at British think tank Wexcombe House, told reporters the plan was too slow. The minister disagreed.')).toContain('Wexcombe House');
  });
});
