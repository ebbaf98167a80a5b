// Eleventh round: notices under the article about its comments, and short lines that speak to the reader (follow
// us, get the app, members only, "read on another device", "buy now", "found an error?"), in several languages;
// a run of credits on one line. Each rule on an invented page; the text a reader came for stays.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCommentNotices } from '../../../utils/extract/rules/comment-notices';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeReaderPrompts } from '../../../utils/extract/rules/reader-prompts';
import { body, para, same, story } from './german-page';

describe('removeCommentNotices', () => {
  it('drops notices about the comments after the last paragraph, in German, English, French and Arabic', () => {
    const root = body(`${story(3)}<p>Die Kommentare geben nicht die Meinung der Redaktion wieder.</p><p>Comments are moderated according to our community guidelines.</p>
      <div>Les commentaires sont fermés.</div><p>الآراء في التعليقات لا تعبر عن رأي الموقع.</p>`);
    removeCommentNotices(root);
    same(root, story(3));
  });

  it('keeps a paragraph of the story about comments and moderation, and one after it that is not about comments', () => {
    const kept = `${para(1)}<p>Der Hafenbetreiber hat die Kommentare unter seinen Videos geschlossen, weil die Moderation nicht mehr nachkam.</p>${para(2)}<p>Die Stadt will die Regeln im Mai ändern.</p>`;
    const root = body(kept);
    removeCommentNotices(root);
    same(root, kept);
  });
});

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
