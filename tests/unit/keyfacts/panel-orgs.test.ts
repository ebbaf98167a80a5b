// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractKeyFacts } from '../../../utils/keyfacts';
import { mergeShortForms } from '../../../utils/keyfacts/coreference';

// The panel as a reader sees it (issue #16, s20-panel): one chip per organisation. Every sentence is invented.

describe('one chip per organisation', () => {
  it('shows an organisation once when the article also writes its last word in the plural', () => {
    const text = 'Emirates Airline ordered 30 jets on Monday. Emirates Airlines said deliveries start in 2027.';
    expect(extractKeyFacts('Report', text).organizations.map((o) => o.name)).toEqual(['Emirates Airline']);
  });

  it('shows a company once beside its web address, with the acronym either had', () => {
    const org = (name: string, acronym = '') => ({ name, acronym });
    expect(mergeShortForms([org('Kestrel Reviews'), org('Kestrel Reviews.com', 'KR')])).toEqual([org('Kestrel Reviews', 'KR')]);
    // two bodies whose names differ by more than that stay two
    expect(mergeShortForms([org('Harbour Trust'), org('Harbour Trusts Council')]).length).toBe(2);
  });
});
