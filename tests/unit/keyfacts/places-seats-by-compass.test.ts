// @vitest-environment node
// Twenty-ninth round (s29-places), on invented sentences: a constituency named in Britain's form, a compass word after
// a town ("Leeds West") or glued before it ("Mid-Norfolk"), is a place (places.ts isCompassPlace); a name shaped so
// before a member's title is the seat, not a party (isSeatBeforeMember, bodies-by-members.ts, candidates.ts' post-nominal
// cut), and the member's title after a seat keeps it standing alone (place-evidence.ts standsAlone).
import { describe, expect, it } from 'vitest';
import { orgs, placesFound } from './read-facts';

describe('a seat named by a town and a compass word', () => {
  it('takes a known town with a compass word after it', () => {
    const text = 'On Tuesday the party leader will visit Leeds West, where the party won the seat last year. He later went on to York.';
    expect(placesFound(text)).toContain('Leeds West');
  });

  it('takes a known place with a compass word glued before it, before and after a member\'s title', () => {
    const text =
      'The Mid-Norfolk MP had denied a claim that he was paid for the tours. He has been MP for Mid-Norfolk since 1997, ' +
      'a committee said on Monday.';
    expect(placesFound(text)).toContain('Mid-Norfolk');
    expect(orgs(text)).not.toContain('Mid-Norfolk MP');
  });

  it('takes a seat no gazetteer holds before a member\'s title, not as a party', () => {
    const text = '"I felt it in my bones," said the Kelverton North MP. The committee will meet again next week to hear him.';
    expect(placesFound(text)).toContain('Kelverton North');
    expect(orgs(text)).not.toContain('Kelverton North');
  });

  it('leaves a party before a member\'s title, and a person named with a compass word', () => {
    const text =
      'The Labour MP said the vote was lost. Labour had hoped for more. Singer Kanye West and Tom North were at the ' +
      'launch in London on Friday.';
    const found = placesFound(text);
    expect(found).not.toContain('Labour');
    expect(found).not.toContain('Kanye West');
    expect(found).not.toContain('Tom North');
  });
});
