// @vitest-environment node
// Eleventh round: a run of credits on one line, on an invented page; the text a reader came for stays.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { body, para, same } from './german-page';

describe('removeCredits: several credits on one line', () => {
  it('drops "Animation by …. Photo by …." and keeps a credit followed by a sentence', () => {
    const kept = '<p>Animation by the harbour office. It shows the wall at night.</p>';
    const root = body(`${para(1)}<p>Animation by Jan Beispiel. Photo by Agentur Nord.</p>${kept}${para(2)}`);
    removeCredits(root);
    same(root, para(1) + kept + para(2));
    expect(plainText(root)).not.toContain('Agentur Nord');
  });
});

describe('removeCredits: a figure line its microdata calls the maker', () => {
  it('drops <figcaption itemprop="author">Name/Agency</figcaption>, keeps the caption and a long line so marked', () => {
    const caption = '<figcaption itemprop="caption">Die Hafenmauer am Abend, vom Leuchtturm aus gesehen.</figcaption>';
    const long = '<figcaption itemprop="author">Jan Beispiel fotografiert die Hafenmauer seit zwanzig Jahren bei jedem Wetter.</figcaption>';
    const figure = (credit: string) => `<figure><img src="https://www.hafenblatt.example/mauer.jpg" alt="">${caption}${credit}</figure>`;
    const root = body(`${para(1)}${figure('<figcaption itemprop="author">Jan Beispiel/Agentur Nord</figcaption>')}${figure(long)}${para(2)}`);
    removeCredits(root);
    expect(plainText(root)).not.toContain('Agentur Nord');
    for (const kept of ['Die Hafenmauer am Abend', 'seit zwanzig Jahren bei jedem Wetter']) expect(plainText(root)).toContain(kept);
  });
});
