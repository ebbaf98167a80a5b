// @vitest-environment node
// Rules of the fourteenth round for names, each on an invented example: provenance, the undecided names, spans.
import { describe, expect, it } from 'vitest';
import { factPasses } from '@/utils/keyfacts';
import { joinedOrganisations } from '@/utils/keyfacts/organizations';
import { tokenize } from '@/utils/keyfacts/phrases';
import { orgs } from './read-facts';

describe('two organisations joined by "and" in one capitalised phrase', () => {
  it('splits two bodies named by their form', () => {
    expect(orgs('Profits are up, Harlow Reserve Board and Kestrel Commerce Department data show.')).toEqual(['Harlow Reserve Board', 'Kestrel Commerce Department']);
  });

  it('keeps one body whose "and" continues an "of", or has one word before it, or opens the second half with a body’s word', () => {
    const whole = (name: string) => joinedOrganisations(tokenize(name), () => false);
    expect(whole('Harlow Reserve Board and Kestrel Commerce Department')).not.toBeNull();
    expect(whole('Department of Health and Human Services')).toBeNull();
    expect(whole('Securities and Exchange Commission')).toBeNull();
    expect(whole('First Orvane Bank and Trust Company')).toBeNull();
    expect(whole('Kestrel Mining and Construction Company')).toBeNull();
    expect(whole('United Food and Commercial Workers International Union')).toBeNull();
    expect(orgs('The Department of Health and Human Services said on Monday that the rules would change.')).toEqual(['Department of Health and Human Services']);
  });

  it('splits two companies known by name, where the form of one does not tell', () => {
    const known = (ts: ReturnType<typeof tokenize>) => ts.map((t) => t.w).join(' ') === 'Velto Medicine';
    expect(joinedOrganisations(tokenize('Velto Medicine and Quarrin Therapeutics'), known)?.map((h) => h.map((t) => t.w).join(' '))).toEqual(['Velto Medicine', 'Quarrin Therapeutics']);
    expect(joinedOrganisations(tokenize('Velto Medicine and Quarrin Therapeutics'), () => false)).toBeNull();
  });
});

describe('provenance: the cue that kept each name', () => {
  const text = [
    'OSLO — Mayor Ana Diaz said on Monday that the bridge would close.',
    'Harlow Reserve Board and Kestrel Commerce Department data show costs rose.',
    'The deal with Quorvex was signed in March, Bo Lindqvist said.',
    'Quorvex will pay for the works.',
    'Residents of Tromsø asked questions.',
  ].join('\n\n');

  it('records a dateline, a title, a reporting verb, an organisation’s form', () => {
    const { c } = factPasses(text);
    expect(c.viaOf('places', 'Oslo')).toBe('dateline');
    expect(c.viaOf('people', 'Ana Diaz')).toBe('title');
    expect(c.viaOf('people', 'Bo Lindqvist')).toBe('speech');
    expect(c.viaOf('orgs', 'Harlow Reserve Board')).toBe('form');
    expect(c.viaOf('orgs', 'Nowhere Inc')).toBeUndefined();
  });

  it('keeps the names no cue decided, without months and days, for the second chance', () => {
    const { c } = factPasses(text);
    expect(c.undecided.get('Quorvex')).toBe(2);
    expect(c.undecided.has('March')).toBe(false);
    expect(c.undecided.has('Monday')).toBe(false);
    expect(c.undecided.has('Ana Diaz')).toBe(false);
  });
});
