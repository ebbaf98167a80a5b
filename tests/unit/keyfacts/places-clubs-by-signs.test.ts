// @vitest-environment node
// Twenty-seventh round (s27-places), on invented sentences: in a sports report, a town written once with a club's
// sign — a plural verb right after it ("Leeds have rejected"), a player's, a staff member's or a supporter's noun
// ("the Leeds legend", "Leeds fans"), a result or a move before it ("after beating Hull", "to join Leeds") — is the
// club in every mention (place-evidence.ts writtenAsClub), unless the article writes it once after a preposition of
// place; a country keeps its place. Twenty-eighth round (s28-places): "say" after it, a club's noun or a post held
// "with" it before it ("his former club Leeds", "player-manager with Leeds").
import { describe, expect, it } from 'vitest';
import { placesFound } from './read-facts';

describe("a town written with a club's sign in a sports report", () => {
  it('drops a town followed by a plural verb in every mention', () => {
    const text =
      'Leeds have rejected a second bid from the league leaders for their striker, the club said on Monday. The ' +
      'midfielder scored twice in the match against Exeter. It is thought Leeds want a higher fee before the deadline.';
    expect(placesFound(text)).not.toContain('Leeds');
  });

  it("drops a town before a player's or a supporter's noun with no name after it", () => {
    const text =
      'The manager said he could not afford to lose the 34-year-old Leeds legend before the match on Saturday. The ' +
      'Leeds fans sang for the whole second half as the striker scored twice in the league game.';
    expect(placesFound(text)).not.toContain('Leeds');
  });

  it('drops a town after a result or a move ("after beating Hull", "poised to join Leeds")', () => {
    const text =
      'The striker is poised to join Leeds after scoring twice in the league match on Saturday. His side are second ' +
      'in the table after beating Hull 2-1, and the manager said the fee was fair.';
    const found = placesFound(text);
    expect(found).not.toContain('Leeds');
    expect(found).not.toContain('Hull');
  });

  it('keeps a town the article writes as a place once, and a country written in the plural', () => {
    const text =
      'Leeds were beaten 2-1 by the league leaders in the match on Saturday. Fans in Leeds watched the game on a big ' +
      'screen. The striker said Italy were the best side he had faced in the tournament in Rome.';
    const found = placesFound(text);
    expect(found).toContain('Leeds');
    expect(found).toContain('Italy');
  });

  it('keeps a town with a plural verb outside a sports report', () => {
    const text = 'The storm brought down power lines across the north on Monday. Leeds were without power for a day, and Hull was flooded.';
    expect(placesFound(text)).toContain('Leeds');
  });
  it('drops a town before "say", after a club\'s noun or after a post held with it', () => {
    const text =
      'Leeds say they will not be rushed into a bid for the striker, who scored twice in the 2-1 win on Saturday. ' +
      'The manager began his career as player-boss with Hull and was linked with a return to his former club Exeter.';
    const found = placesFound(text);
    expect(found).not.toContain('Leeds');
    expect(found).not.toContain('Hull');
    expect(found).not.toContain('Exeter');
  });

  it('keeps a town after "with" that follows no post ("a draw with" aside)', () => {
    const text =
      'The striker scored twice in the 2-1 win on Saturday. He said he was happy with Exeter and its people, where he ' +
      'has lived for ten years.';
    expect(placesFound(text)).toContain('Exeter');
  });
});
