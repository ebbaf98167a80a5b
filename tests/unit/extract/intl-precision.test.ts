// @vitest-environment node
// Tenth round: clutter kept on non-English pages nobody tuned for — credits of other media and
// translations, custom credit elements, linked "Source:" lines, closing editor lines, copyright and
// licence notices and "related" labels in other languages. Each rule on an invented page; the
// text a reader came for stays.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeEditorLines } from '../../../utils/extract/rules/editor-lines';
import { removeFurnitureLines } from '../../../utils/extract/rules/furniture-lines';
import { removeLegalNotices } from '../../../utils/extract/rules/legal-notices';
import { body, para, same, story, URL } from './german-page';

describe('removeCredits: other media, translations, sources, custom elements', () => {
  it('drops "Video courtesy of", "TRANSLATION BY", "Illustration:" lines and a custom <image-credits> element', () => {
    const root = body(`${para(1)}<p>VIDEO COURTESY OF HAFENKINO</p><p>TRANSLATION BY ANNA MUSTER</p><p>Illustration: Jan Beispiel</p>
      <image-credits>Foto: Jan Beispiel/Agentur</image-credits>${para(2)}`);
    removeCredits(root);
    same(root, para(1) + para(2));
  });

  it('keeps a sentence that starts like a credit, "Map:" and "(Graphic: …)" lines and a custom element named for something else', () => {
    const kept = `<p>Video by the harbour office shows the wall giving way. It was filmed at night.</p><p>Map: the route of the new harbour wall</p>
      <p>(Graphic: Harbour traffic in 2019 - <a href="https://graphics.example/harbour">here</a>)</p><story-quote>Die Mauer hält.</story-quote>`;
    const root = body(`${para(1)}${kept}${para(2)}`);
    removeCredits(root);
    same(root, para(1) + kept + para(2));
  });

  it('drops a "Source:" line whose name is a link, keeps one in words and a sentence naming its source', () => {
    const kept = '<p>Quelle: Statistisches Landesamt</p><p>Source: the harbour office said on Monday that the wall would hold, and it did.</p>';
    const root = body(`${para(1)}<p>Quelle: <a href="https://shop.example/mauer">shop.example</a></p><p>出典：<a href="https://example.jp/a">example.jp</a></p>${kept}${para(2)}`);
    removeCredits(root);
    same(root, para(1) + kept + para(2));
  });
});

describe('removeEditorLines', () => {
  it('drops editor lines after the last paragraph, in several languages and scripts', () => {
    const root = body(`${story(3)}<p>[责任编辑:王明]</p><p>Redaktion: Anna Muster</p><p>Edited by Jane Doe</p><p>（編集：山田太郎）</p>`);
    removeEditorLines(root);
    same(root, story(3));
  });

  it('keeps an editor line in the middle of the text, and a closing sentence about an editor', () => {
    const kept = `${para(1)}<p>Redaktion: Anna Muster</p>${para(2)}<p>Editor: we asked the harbour master. He said no.</p>`;
    const root = body(kept);
    removeEditorLines(root);
    same(root, kept);
  });
});

describe('removeLegalNotices: other languages', () => {
  it('drops copyright and licence notices in German, French, Chinese and Japanese', () => {
    const root = body(`${para(1)}<p>© Hafenblatt GmbH – Alle Rechte vorbehalten.</p><p>Tous droits réservés.</p>
      <p><strong>【本文的中文权益归本站所有。未经授权，不得转载、摘编等。】</strong></p><p>この作品は クリエイティブ・コモンズ 表示 4.0 国際 ライセンスの下に提供されています。</p>${para(2)}`);
    removeLegalNotices(root, { title: 'Die Hafenmauer', url: URL });
    same(root, para(1) + para(2));
  });

  it('keeps a paragraph of the story that mentions a licence', () => {
    const kept = '<p>Die Stadt will die Fotos unter einer freien Lizenz veröffentlichen, sagte die Sprecherin am Montag.</p>';
    const root = body(para(1) + kept);
    removeLegalNotices(root, { title: 'Die Hafenmauer', url: URL });
    same(root, para(1) + kept);
  });
});

describe('removeFurnitureLines: "related" labels in other languages', () => {
  it('drops "Lire aussi", "Lesen Sie auch" and CJK labels with the link lists they introduce', () => {
    const root = body(`${para(1)}<p>Lire aussi :</p><ul><li><a href="/a">Le port ferme</a></li><li><a href="/b">La digue cède</a></li></ul>
      <h3>Lesen Sie auch</h3><p>関連記事</p><p>相关阅读</p><p>관련기사</p>${para(2)}`);
    removeFurnitureLines(root);
    same(root, para(1) + para(2));
  });

  it('keeps a sentence that starts with the same words', () => {
    const kept = '<p>Lesen Sie auch die Bekanntmachung der Stadt, die am Montag im Amtsblatt erschien und die neue Mauer beschreibt, bevor Sie Einspruch erheben; sie liegt im Rathaus aus und kann dort bis Ende des Monats eingesehen werden.</p>';
    const root = body(para(1) + kept);
    removeFurnitureLines(root);
    expect(plainText(root)).toContain('Bekanntmachung der Stadt');
  });
});

describe('removeFurnitureLines: newsletter lines in any language', () => {
  it('drops short lines that name a newsletter, in German, French, Spanish and a German compound', () => {
    const root = body(`${para(1)}<p>Der Hafen-Newsletter informiert Sie jeden Freitag über die Mauer.</p><p>Cet article est paru dans notre newsletter du port.</p>
      <p>Recibe nuestra newsletter semanal</p>${para(2)}`);
    removeFurnitureLines(root);
    same(root, para(1) + para(2));
  });

  it('keeps the word inside text written without spaces and a long paragraph of the story that mentions a newsletter', () => {
    const kept = '<li>可保存网页、newsletter订阅、文档等</li><p>Der Newsletter des Hafenamts, den im Winter kaum jemand las, hatte vor dem Einsturz gewarnt; die Stadt, so der Bericht, reagierte nicht; erst im Frühjahr wurde die Mauer geprüft.</p>';
    const root = body(para(1) + kept);
    removeFurnitureLines(root);
    same(root, para(1) + kept);
  });
});
