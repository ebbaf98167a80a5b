// @vitest-environment node
// Twenty-seventh round (s27-orgs), each on an invented text: a party before its spokesman (with the brief between),
// its shadow minister, its peer, its chairman or its chief executive is the party (bodies-by-members.ts
// PARTY_MEMBERS, SPOKESMAN); a run of party words ("Liberal Democrat") is the party's name though "Liberal" is an
// ordinary word; an ordinary word opening its sentence ("Another peer") is no body.
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames } from './read-facts';

describe('a party before a spokesman, a shadow minister or a peer', () => {
  it('reads "Liberal Democrat" before a spokesman and his brief', () => {
    const text =
      'The plan to close six rural post offices was approved on Tuesday. Liberal Democrat rural affairs spokesman Tom Ashby said villages ' +
      'would be cut off. The minister said the branches lost money every year.';
    expect(orgs(text)).toContain('Liberal Democrat');
    expect(peopleNames(text)).toContain('Tom Ashby');
  });

  it('reads "Conservative" before a shadow minister', () => {
    const text =
      'Fuel duty will rise by two pence a litre in April. Conservative shadow chancellor Mary Dunn called the rise a tax on drivers. ' +
      'The Treasury said the money would pay for road repairs.';
    expect(orgs(text)).toContain('Conservative');
  });

  it('reads "Liberal Democrat" before a peer', () => {
    const text =
      'The bill to reform postal voting returns to the Lords next week. Liberal Democrat peer Lord Hanley has tabled six amendments. ' +
      'Ministers say the changes would delay the bill.';
    expect(orgs(text)).toContain('Liberal Democrat');
  });
});

describe('what is no party before a member’s noun', () => {
  it('reads no body from an ordinary word opening the sentence ("Another peer")', () => {
    const text =
      'The Lords debated the report for three hours on Monday. Lord Hanley said the findings were clear. Another peer meanwhile, Lady Orme, ' +
      'asked for more time to read it.';
    expect(orgs(text)).not.toContain('Another');
  });

  it('reads no body from a name and a clause before "a spokesman" ("Hartwell said a spokesman", "Kelso told a spokesman")', () => {
    const said =
      'The harbour will close for repairs in May. On Monday Hartwell said a spokesman for the council would explain the plans. ' +
      'Hartwell has run the harbour for ten years.';
    expect(orgs(said).join(' ')).not.toContain('Hartwell');
    const told = 'The harbour will close for repairs in May. Officials from Kelso told a spokesman for the council that the plans were late.';
    expect(orgs(told)).not.toContain('Kelso');
  });
});
