// @vitest-environment node
// Twenty-sixth round (s26-orgs), each on an invented text: a party word that owns something or is listed with another
// body by name is the party (bodies-by-members.ts PARTY_OWNS_OR_LISTED); a party glued before its member's noun and
// a person ("Labour MP Jane Ockley") is the party as well as the person's role (bodyInDescriptor).
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames } from './read-facts';

describe('a party word that owns something or is listed with another body', () => {
  it('reads "Labour\'s" as the party wherever it stands', () => {
    const text =
      'Farmers plan to march through the town centre on Saturday. They will protest at Labour’s spring conference, which opens in the city hall. ' +
      'The organisers expect about two thousand people.';
    expect(orgs(text)).toContain('Labour');
  });

  it('reads "Labour and the X" as the party listed with another body', () => {
    const text =
      'The council published its budget for the coming year on Monday. Labour and the Greens say the sums do not add up. ' +
      'The council leader said the plan was fair to every ward.';
    expect(orgs(text)).toContain('Labour');
  });

  it('leaves the word alone where the article writes it in lower case (the work, not the party)', () => {
    const text =
      'The labour market tightened again in the spring, the figures show. Wages rose by four per cent. ' +
      'Employers said Labour’s plans for training would help, and unions agreed.';
    expect(orgs(text)).not.toContain('Labour');
  });
});

describe('a party before its member’s noun, glued to a person', () => {
  it('reads the party of "Labour MP Jane Ockley" and keeps the person', () => {
    const text =
      'Ministers have refused to publish the report on school meals. In a written answer to Labour MP Jane Ockley, the department said the ' +
      'report was not finished. Ockley said families deserved to see it.';
    expect(orgs(text)).toContain('Labour');
    expect(peopleNames(text)).toContain('Jane Ockley');
  });

  it('reads no body from a nationality before a member’s noun ("Dutch MEP")', () => {
    const text =
      'The vote on fishing quotas was delayed until March. Dutch MEP Anja Verhoeven said the delay would hurt small boats. ' +
      'Verhoeven has led the campaign for two years.';
    expect(orgs(text)).not.toContain('Dutch');
  });
});
