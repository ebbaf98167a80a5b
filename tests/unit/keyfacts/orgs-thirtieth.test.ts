// @vitest-environment node
// Organisations the fresh judges of the twenty-ninth round missed, by mechanism (s30-orgs); each rule on an invented text.
import { describe, expect, it } from 'vitest';
import { isSportsReport } from '@/utils/keyfacts/cues';
import { orgsFound } from './read-facts';

const story = (...sentences: string[]) =>
  [...sentences, 'The minister is expected to answer questions from members of the public in the spring.'].join(' ');

describe('a chamber\'s committee with its remit in lower case', () => {
  it('is one body, named whole', () => {
    const found = orgsFound(story('Ms Vell told the Commons fisheries and rivers committee that the figures were wrong.', 'A Senate shipping committee will hear her next week.'));
    expect(found).toContain('Commons fisheries and rivers committee');
    expect(found).toContain('Senate shipping committee');
  });

  it('takes no function word for a remit', () => {
    const found = orgsFound(story('The report reached the Senate and the committee said nothing.', 'Members of the Assembly said this committee had failed.'));
    expect(found.filter((o) => o.endsWith('committee'))).toEqual([]);
  });
});

describe('a sports report with no match in it', () => {
  it('is one by a sport\'s cups, bodies, posts and events', () => {
    expect(isSportsReport('Tom Brenner will be unveiled as the new Harfield manager on Tuesday, having led his country at the World Cup. The winger he signed last year stays.')).toBe(true);
    expect(isSportsReport('Ana Soto named Lev Haran her coach before the Davis Cup tie, and the ATP confirmed her ranking.')).toBe(true);
  });

  it('reads the sides such a report names as clubs', () => {
    const text = 'Tom Brenner will be unveiled as the new Harfield manager on Tuesday. The former winger led his country at the World Cup. Harfield are 17th in the table and have a home game against Dunmore on Tuesday.';
    expect(orgsFound(text)).toContain('Dunmore');
  });

  it('needs two such words: one cup named in other news is not enough', () => {
    expect(isSportsReport('The minister said the World Cup bid would cost the city more than it would earn, and the council agreed.')).toBe(false);
  });
});
