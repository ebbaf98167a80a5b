// @vitest-environment node
// Twenty-seventh round (s27-orgs), each on an invented text: the name after "president of" or "chairman of" in a
// person's role is the body presided over when one of its words is no ordinary word (people-by-cue.ts PRESIDES); a
// department of ordinary words ("vice-president of Global Sales") is none.
import { describe, expect, it } from 'vitest';
import { orgs } from './read-facts';

describe('the body a person presides over', () => {
  it('reads the name after "president of" in a role', () => {
    const text =
      'Cinema takings fell by a tenth over the holiday weekend. "It is a poor start to the year," said Ana Ruiz, president of ' +
      'Quillfeather Relations, which compiles the figures. Two new films open on Friday.';
    expect(orgs(text)).toContain('Quillfeather Relations');
  });

  it('reads the name after "chairman of" in a role', () => {
    const text =
      'Cinema takings fell by a tenth over the holiday weekend. "It is a poor start to the year," said Ana Ruiz, chairman of ' +
      'Brannock Tally, which compiles the figures. Two new films open on Friday.';
    expect(orgs(text)).toContain('Brannock Tally');
  });
});

describe('a department after "president of"', () => {
  it('reads no body from ordinary words ("vice-president of Global Sales")', () => {
    const text =
      'The phone maker sold eight million handsets in the quarter. "Demand was strong everywhere," said Jo Lee, vice-president of ' +
      'Global Sales. The company will report its profits next week.';
    expect(orgs(text)).not.toContain('Global Sales');
  });
});
