// @vitest-environment node
// A closing line that sends the reader to the publisher's own account on another site (a social network, an app store),
// told by where its links or the addresses it shows lead, not by its words: invented lines in German, Thai and Turkish
// under an invented German harbour paper (hafenblatt.example).
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeFollowLinks } from '../../../utils/extract/rules/follow-links';
import { siteName } from '../../../utils/extract/rules/site';
import { body, same, story, URL } from './german-page';

describe('siteName', () => {
  it('reads the name a host registers, a two-letter country suffix with its "com" or "co" taken off', () => {
    expect(['www.hafenblatt.example', 'www.ntv.com.tr', 'news.bbc.co.uk', 'www.bbc.com', 'fb.me'].map(siteName)).toEqual(['hafenblatt', 'ntv', 'bbc', 'bbc', 'fb']);
  });
});

describe('removeFollowLinks', () => {
  it("drops short closing blocks that point to the site's account elsewhere, by link or by an address shown, in any language", () => {
    const follow = `<p>Folgen Sie uns: <a href="https://social.example/hafenblatt_news">Social</a></p>
      <p>ติดตามข่าวท่าเรือได้ที่: เฟซบุ๊ก https://fb.example/hafenblatt ไลน์ @hafenblatt</p>
      <div><p>Uygulamamızı indirin</p><div><a href="https://apps.example/app/hafenblatt/id42"><img src="/badge.png" alt=""></a><a href="https://store.example/details?id=com.harbour.hafenblatt"><img src="/badge2.png" alt=""></a><a href="https://gallery.example/#/app/C1001"><img src="/badge3.png" alt=""></a></div></div>`;
    const root = body(`${story(6)}${follow}`);
    removeFollowLinks(root, { url: URL });
    same(root, story(6));
  });

  it("keeps such lines inside the text, lines with links to the site or to others' accounts, and a sentence that names the account among its words", () => {
    const kept = `<p>Fotos: <a href="https://social.example/anna_berg">Anna Berg</a></p>
      <p>Mehr im Netz: <a href="https://social.example/hafenblatt">Social</a> und <a href="/lokales/">Lokales</a></p>
      <p>Der nächste Hafentag ist am 6. Juli; das Programm steht ab Juni fest, und alle Neuigkeiten melden wir auf <a href="https://social.example/hafenblatt">@hafenblatt</a> und hier im Blog.</p>`;
    const inside = `${story(3)}<p>Folgen Sie uns: <a href="https://social.example/hafenblatt">Social</a></p>${story(3)}`;
    for (const html of [`${story(6)}${kept}`, inside]) {
      const root = body(html);
      removeFollowLinks(root, { url: URL });
      same(root, html);
    }
  });

  it('never takes the article: a page of follow lines alone stays', () => {
    const html = `<p>Folgen Sie uns: <a href="https://social.example/hafenblatt">Social</a></p>`;
    const root = body(html);
    removeFollowLinks(root, { url: URL });
    expect(plainText(root)).toContain('Folgen Sie uns');
  });
});
