// @vitest-environment node
// Prompts after the article's last paragraph (report an error, write to us, give, go to a section), recognised by
// their place and where their links lead, not by their words: invented lines in German, Czech, Spanish and English.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeClosingPrompts } from '../../../utils/extract/rules/closing-prompts';
import { body, same, story, URL } from './german-page';

describe('removeClosingPrompts', () => {
  it('drops short closing blocks whose links write to the site or open one of its named pages, in any language', () => {
    const prompts = `<p>Tippfehler entdeckt? <a href="mailto:korrektur@hafenblatt.example?subject=Hafenmauer">Hier melden</a></p>
      <p>Líbil se vám článek? Podpořte nás <a href="/podpora">darem</a> nebo se staňte <a href="https://www.hafenblatt.example/clenstvi/">členem</a>.</p>
      <div><p>¿Quieres más historias así? Visita nuestra <a href="https://www.hafenblatt.example/puerto/">sección del puerto</a>.</p></div>
      <p>Something wrong in this story? <a href="mailto:desk@hafenblatt.example">Tell the harbour desk</a>.</p>`;
    const root = body(`${story(6)}${prompts}`);
    removeClosingPrompts(root, { url: URL });
    same(root, story(6));
  });

  it('keeps such lines inside the text, links to stories, searches or other sites, long closing text, a sign-off in brackets and addresses shown as they are', () => {
    const kept = `<p>Mehr dazu: <a href="/lokales/faehre-88">Fähre</a></p><p>Alle Berichte: <a href="/?s=hafen">Suche</a></p>
      <p>Der Bericht des Amtes steht <a href="https://amt.example.org/">hier</a>.</p>
      <p>Die Mauer kostet 2 Millionen Euro und steht ab Mai. (<a href="mailto:abc@hafenblatt.example">abc</a>)</p>
      <p>Kolumnistin Anna Berg <a href="mailto:anna.berg@example.com">anna.berg@example.com</a></p><p>Karten <a href="https://www.hafenblatt.example/">www.hafenblatt.example</a></p>`;
    const inside = `${story(3)}<p>Fragen an die Stadt? <a href="mailto:stadt@hafenblatt.example">Schreiben Sie</a></p>${story(3)}`;
    const long = `<p>${'Die Stadt will die Mauer bis zum Winter fertig haben, sagt der Bürgermeister. '.repeat(4)}<a href="/lokales/">Lokales</a></p>`;
    for (const html of [`${story(6)}${kept}`, inside, `${story(6)}${long}`]) {
      const root = body(html);
      removeClosingPrompts(root, { url: URL });
      same(root, html);
    }
  });

  it('never takes the article: a page of prompts alone stays', () => {
    const html = `<p>Fehler gefunden? <a href="mailto:korrektur@hafenblatt.example">Jetzt melden</a></p>`;
    const root = body(html);
    removeClosingPrompts(root, { url: URL });
    expect(plainText(root)).toContain('Jetzt melden');
  });
});
