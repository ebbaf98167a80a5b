// Eleventh round: short lines that speak to the reader (follow us, get the app, members only, "read on another
// device", "buy now", "found an error?"), in several languages; a run of credits on one line. Each rule on an invented page; the text a reader came for stays.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeReaderPrompts } from '../../../utils/extract/rules/reader-prompts';
import { body, para, same } from './german-page';

describe('removeReaderPrompts', () => {
  it('drops follow-us and app prompts, paywall and device notices, shop and error-report lines', () => {
    const root = body(`${para(1)}<p>Folgen Sie uns auf Mastodon und Bluesky!</p><p>Get our free app for iOS and Android</p><p>この記事は会員限定です。</p>
      <p>Vous ne pouvez lire ce journal que sur un seul appareil à la fois.</p><p>Harbour wall poster — Buy now</p>${para(2)}
      <p>Haben Sie einen Fehler gefunden? Schreiben Sie uns.</p><p>Check back every week for a new harbour story.</p>`);
    removeReaderPrompts(root);
    same(root, para(1) + para(2));
  });

  it('keeps sentences of the story that use the same words, and a long paragraph that does', () => {
    const kept = `<p>Die Reederei will die Mauer selbst kaufen, sagte ihr Sprecher.</p><p>Anwohner sollen der Stadt folgen, wenn sie Sandsäcke verteilt.</p>
      <p>${'Die Stadt hat eine App, und wer sie herunterladen will, findet darin die Pegelstände und die Sperrungen am Hafen. '.repeat(3)}Follow us, sagte der Hafenmeister.</p>`;
    const root = body(para(1) + kept);
    removeReaderPrompts(root);
    same(root, para(1) + kept);
  });
});

describe('removeCredits: several credits on one line', () => {
  it('drops "Animation by …. Photo by …." and keeps a credit followed by a sentence', () => {
    const kept = '<p>Animation by the harbour office. It shows the wall at night.</p>';
    const root = body(`${para(1)}<p>Animation by Jan Beispiel. Photo by Agentur Nord.</p>${kept}${para(2)}`);
    removeCredits(root);
    same(root, para(1) + kept + para(2));
    expect(plainText(root)).not.toContain('Agentur Nord');
  });
});
