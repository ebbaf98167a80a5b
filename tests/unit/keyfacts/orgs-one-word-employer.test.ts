// @vitest-environment node
// Twenty-sixth round (s26-orgs), each on an invented text: one capitalised word before a role written in lower case
// and a person ("Veltrix head Anna Morel") is the person's employer, when it is no ordinary word or given name and,
// at a sentence's start, the article writes it alone again (role-leads.ts lead).
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames } from './read-facts';

describe('one word before a role in lower case', () => {
  it('reads the word as the employer when the article writes it alone again', () => {
    const text =
      'The board met on Tuesday to discuss the delays to the new jet. Veltrix head Anna Morel is now set to replace the chairman, ' +
      'the company said. Veltrix has built small jets in the town since 1990.';
    expect(orgs(text)).toContain('Veltrix');
    expect(peopleNames(text)).toContain('Anna Morel');
  });

  it('reads no employer from a role’s first word at a sentence’s start ("Junior minister", "High school teacher")', () => {
    const text =
      'The bill on school buses passed its second reading. Junior transport minister Paul Hart said the money would reach every county. ' +
      'High school teacher Jo Lenner, who works at Ridgeway High School, said pupils waited an hour for a bus.';
    expect(orgs(text)).not.toContain('Junior');
    expect(orgs(text)).not.toContain('High');
  });
});
