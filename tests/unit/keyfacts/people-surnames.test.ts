// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personByGivenName } from '@/utils/keyfacts/evidence';
import { tokenize } from '@/utils/keyfacts/phrases';
import { peopleNames } from './read-facts';

const byGivenName = (name: string) => personByGivenName(tokenize(name), new Set());

describe('a surname that also names a company', () => {
  it('reads a given name and a company’s one-word name after it as a person', () => {
    expect(byGivenName('Stuart Owens')).toBe(true);
    expect(peopleNames('The visitors held on, and Stuart Owens made 22 saves in goal.')).toEqual(['Stuart Owens']);
  });

  it('does not read a name with a company’s word before its last word as a person', () => {
    expect(byGivenName('Ana Owens Diaz')).toBe(false);
  });
});
