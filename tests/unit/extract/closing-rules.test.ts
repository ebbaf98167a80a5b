// @vitest-environment node
// Clutter recognised by shape and place rather than words, so that it goes in any language: lists of
// other stories after the article's end, figures left with only a caption, "Name | Agency" credit lines. Each rule on an invented page (in German and French
// where the words would matter to a word list).
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeClosingTeasers } from '../../../utils/extract/rules/closing-teasers';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeOrphanCaptions } from '../../../utils/extract/rules/orphan-captions';
import { removeOrphanHeadings } from '../../../utils/extract/rules/orphan-headings';
import { removeOrphanLabels } from '../../../utils/extract/rules/orphan-labels';
import { body, para, same, story, URL } from './german-page';


describe('removeClosingTeasers', () => {
  const headlines = `<ul><li>Neue Fähre: <a href="https://www.hafenblatt.example/lokales/faehre-88">Der Fahrplan ab Montag</a></li>
    <li><a href="/sport/regatta-91">Regatta fällt wegen Sturm aus</a></li><li><a href="/kultur/konzert-92">Konzert am Kai verschoben</a></li></ul>`;
  const summaries = [1, 2, 3].map((n) => `<div><h3><a href="/lokales/bericht-${n}">Bericht ${n} aus dem Hafen</a></h3><p>Eine Zusammenfassung von zwei Sätzen über etwas anderes. Sie führt zu einer anderen Seite.</p></div>`).join('');

  it('drops a list of headlines and a run of teaser summaries without pictures after the last paragraph', () => {
    const root = body(`${story(9)}<hr>${headlines}<div>${summaries}</div>`);
    removeClosingTeasers(root, { url: URL });
    same(root, story(9));
  });

  it('keeps such a list in the middle of the text, and a closing list of sources on other sites', () => {
    const sources = `<ol>${[1, 2, 3].map((n) => `<li><a href="https://stats.example.org/report-${n}">Bericht ${n}</a>, Statistikamt, 2019</li>`).join('')}</ol>`;
    const html = `${story(3)}${headlines}${story(3)}${sources}`;
    const root = body(html);
    removeClosingTeasers(root, { url: URL });
    same(root, html);
  });

  it('never takes the article: a page that is mostly such a list keeps it', () => {
    const root = body(`${para(1)}${headlines}`);
    removeClosingTeasers(root, { url: URL });
    expect(plainText(root)).toContain('Regatta fällt');
  });
});

describe('removeOrphanCaptions', () => {
  it('drops a figure left with only its caption, keeps captions of pictures and of quotes', () => {
    const kept = `<figure><img src="/a.jpg" alt=""><figcaption>La digue à marée basse.</figcaption></figure><figure><blockquote>La mer monte.</blockquote><figcaption>Un pêcheur</figcaption></figure>`;
    const root = body(`${para(1)}<figure><figcaption><span>Vidéo : le port sous la tempête</span></figcaption></figure>${kept}${para(2)}`);
    removeOrphanCaptions(root);
    same(root, `${para(1)}${kept}${para(2)}`);
  });
});

describe('removeOrphanCaptions: emptied players and their title lines', () => {
  it('drops a figure left empty and the title line set apart right before it, keeps a sentence and a heading over a kept picture', () => {
    const kept = `<p>Der Senat hat am Montag entschieden</p><figure></figure><h3>Die Mauer im Bild</h3><figure><img src="/m.jpg" alt=""></figure>`;
    const root = body(`${para(1)}<p><u><em>Hafenmauer – die Bilanz des Senators</em></u></p><figure><div> </div></figure><h3>Video: So sieht die Mauer aus</h3><figure></figure>${para(2)}${kept}`);
    removeOrphanCaptions(root);
    same(root, `${para(1)}${para(2)}${kept}`);
  });
});

describe('removeOrphanLabels', () => {
  it('drops a box left with only its short label, keeps a box with a sentence, a heading, a link or a picture', () => {
    const kept = `<div><p>Der Senat hat entschieden.</p></div><div><p>„Wirklich?“</p></div><div><h3>Zahlen</h3></div><div><p><a href="/lokales/zahlen-3">Zahlen</a></p></div><div><p>Karte</p><img src="/k.png" alt=""></div>`;
    const root = body(`${para(1)}<div><p>Meistgelesen</p></div>${para(2)}<section><p><span>おすすめ記事</span></p><div></div></section>${kept}`);
    removeOrphanLabels(root);
    same(root, `${para(1)}${para(2)}${kept}`);
  });

  it('never takes the article: a page of such lines keeps them', () => {
    const root = body('<div><p>abc</p></div><div><p>def</p></div>');
    removeOrphanLabels(root);
    expect(plainText(root)).toContain('def');
  });
});

describe('removeCredits: "Name | Agency" lines outside figures', () => {
  it('drops a line of capitalised names joined by spaced bars or slashes, keeps a sentence with a slash', () => {
    const root = body(`${para(1)}<p>Marie Dupont | Reuters | Getty Images</p><p>Jean Martin / AFP</p><p>Le trafic a baissé de 3 / 4 depuis lundi.</p>`);
    removeCredits(root);
    same(root, `${para(1)}<p>Le trafic a baissé de 3 / 4 depuis lundi.</p>`);
  });
});

describe('removeOrphanHeadings', () => {
  it('drops a heading left with nothing after it, or only a heading of the same rank, and keeps headings over text, lists or pictures', () => {
    const kept = `<h2>Die neue Mauer</h2>${para(1)}<h2>Zahlen</h2><ul><li>12 Meter</li></ul><h2>Bilder</h2><figure><img src="/m.jpg" alt=""></figure><h2>Der Bau</h2><h3>Im Winter</h3>${para(2)}`;
    const root = body(`${kept}<h2>Verwandte Themen</h2><div><h3>Weitere Artikel</h3></div>`);
    removeOrphanHeadings(root);
    same(root, kept);
  });

  it('drops a heading whose section another heading of the same rank follows at once', () => {
    const root = body(`${para(1)}<h3>Lesen Sie auch</h3><h3>Der Bau</h3>${para(2)}`);
    removeOrphanHeadings(root);
    same(root, `${para(1)}<h3>Der Bau</h3>${para(2)}`);
  });
});

describe('removeCredits: credits in figures in any language', () => {
  it('drops "Label: Name" lines and elements classed as credits inside figures, keeps captions and such lines outside figures', () => {
    const caption = '<figcaption><p>Der Hafen am Morgen: Fischer laden ihre Kisten aus.</p><p class="img__credits">Hafenamt</p><p>(Bild: Hersteller)</p></figcaption>';
    const root = body(`${para(1)}<figure><img src="/h.jpg" alt="">${caption}</figure><figure><img src="/k.jpg" alt=""><figcaption>Foto: Jan Meier</figcaption></figure><p>Ort: Hamburg</p>`);
    removeCredits(root);
    same(root, `${para(1)}<p>Der Hafen am Morgen: Fischer laden ihre Kisten aus.</p><p>Ort: Hamburg</p>`);
  });
});
