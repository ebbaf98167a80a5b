// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { peopleNames } from './read-facts';

describe('openers that are no part of a name', () => {
  it('cuts a question verb before a name', () => {
    const text = 'The vote was close. Is Halvard’s worldview this malleable, or are his statements the product of an impetuous mind? Halvard said nothing.';
    expect(peopleNames(text)).not.toContain('Is Halvard');
  });

  it('cuts a count before a name', () => {
    expect(peopleNames('The vote was close.\n\nTwo Halvard donors tell the paper that Halvard made the claim.')).not.toContain('Two Halvard');
  });
});
