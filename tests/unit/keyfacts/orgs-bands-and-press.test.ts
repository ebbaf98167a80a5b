// @vitest-environment node
// Bands and papers named by their members (bodies-by-members.ts, twenty-ninth round, s29-orgs2): a band before its
// singer or drummer, a paper or a broadcaster before its editor, journalist or viewers; each on an invented text.
import { describe, expect, it } from 'vitest';
import { orgs, peopleNames } from './read-facts';

const orgsFound = (text: string) => orgs(text);

describe('a band the article writes its singer or drummer after', () => {
  it('reads the band, whole, wherever the article names it, and keeps the member a person', () => {
    const text =
      'Former Glasswing singer Tara Nolan has signed a deal for a solo album, her label said on Monday. ' +
      'Nolan left Glasswing in 2019 after three albums and a long tour of Europe. Her first single is out in May.';
    expect(orgsFound(text)).toContain('Glasswing');
    expect(peopleNames(text)).toContain('Tara Nolan');
  });

  it('reads a band named with a digit or with ordinary words', () => {
    const text =
      'The festival will close with a set by V8 frontman Joe Carr, its organisers said. ' +
      'Later Tonight drummer Sam Obi will play with him for the first time since the band split in 2015.';
    expect(orgsFound(text)).toEqual(expect.arrayContaining(['V8', 'Later Tonight']));
  });

  it('reads no band from a genre, or from singers in the plural', () => {
    const text =
      'The show opened with R&B singer Kelvo, who sang two songs from his new record. ' +
      'A-list singers Dalia and Moroe joined him on stage for the last song of the night, the promoters said.';
    expect(orgsFound(text)).not.toContain('R&B');
    expect(orgsFound(text)).not.toContain('A-list');
  });
});

describe('a paper or a broadcaster the article writes its staff or audience after', () => {
  it('reads the paper before its editor or journalist, its name whole', () => {
    const text =
      'The mayor compared an Evening Courier journalist to a prison guard at a party on Tuesday. ' +
      '"I will not apologise," he said, as The Lantern editor called for him to resign.';
    expect(orgsFound(text)).toEqual(expect.arrayContaining(['Evening Courier', 'Lantern']));
  });

  it('reads the broadcaster whose viewers voted', () => {
    const text = 'The award for best new act was voted for by viewers of Kiss Vision. The winner, a singer from Leeds, thanked her fans.';
    expect(orgsFound(text)).toContain('Kiss Vision');
  });

  it('reads no paper from a desk of the writer’s own, or from a common abbreviation', () => {
    const text =
      'The app offers a dozen sounds, including "Chime" (our Weekend editor’s favourite), the review said. ' +
      'TV viewers will see the new channel from March, the regulator said.';
    expect(orgsFound(text)).not.toContain('Weekend');
    expect(orgsFound(text)).not.toContain('TV');
  });
});
