// Twelfth round: the notes that come with a page's buttons, on an invented page, through the whole extraction
// (the groups are marked before Readability, which drops the buttons, and what is left of them goes after it).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import { markControlNotes, removeControlNotes } from '../../../utils/extract/rules/control-notes';
import { parseHtml } from '../dom';
import { para, story, URL } from './german-page';

const page = (inside: string) =>
  parseHtml(`<html><head><title>Die Hafenmauer</title></head><body><article><h1>Die Hafenmauer</h1>${inside}</article></body></html>`, URL);

function extracted(inside: string): string {
  const result = extractArticle(page(inside), { force: true });
  if (!result.ok) throw new Error(result.reason);
  return result.article.text;
}

describe('controlNotes: a button’s note goes with the button', () => {
  it('drops the notes beside buttons (reactions, saving, following) and keeps the article', () => {
    const notes = `<div class="tools"><div><p>Reaktionen sind nur für angemeldete Leser möglich.</p></div><div><button>Gefällt mir</button></div><div><button>Traurig</button></div></div>
      <div><p>Themen folgen</p><ul><li><div><p>Wer einem Thema folgt, findet seine Artikel gesammelt im Konto.</p></div><button>Folgen</button></li></ul></div>`;
    const text = extracted(story(6) + notes);
    expect(text).toContain('Absatz 5 der Geschichte');
    expect(text).not.toContain('Reaktionen sind nur');
    expect(text).not.toContain('Wer einem Thema folgt');
  });

  it('keeps the text around a "show more" button and a note with no button', () => {
    const more = `<div class="body">${story(5)}<button>Mehr anzeigen</button></div>`;
    const note = `<div><p>Dieser Text erschien zuerst in der Wochenendausgabe.</p></div>`;
    const text = extracted(more + para(9) + note);
    for (const kept of ['Absatz 4 der Geschichte', 'Absatz 9 der Geschichte', 'erschien zuerst in der Wochenendausgabe']) expect(text).toContain(kept);
  });

  it('keeps a caption beside a gallery button, code beside a "Copy" button, a card with its heading', () => {
    const doc = parseHtml(
      `<html><body>${story(4)}<div class="slide"><img src="/mauer.jpg" alt=""><p>Die Mauer bei Ebbe.</p><button>Weiter</button></div>
      <div><pre><code>while True: pegel_lesen()</code></pre><button>Kopieren</button></div>
      <div><h3>Pegel</h3><p>Der Pegel der Mauer, jede Stunde neu.</p><button>Öffnen</button></div></body></html>`,
      URL,
    );
    markControlNotes(doc);
    removeControlNotes(doc.body);
    for (const kept of ['Die Mauer bei Ebbe.', 'while True: pegel_lesen()', 'Der Pegel der Mauer']) expect(doc.body.textContent).toContain(kept);
  });

  it('never takes more than the shared box budget, and leaves no mark behind', () => {
    const doc = parseHtml(`<html><body><div><p>Kurz: nur ein Satz zum Hafen.</p><button>Teilen</button></div><p>Noch ein Satz.</p></body></html>`, URL);
    markControlNotes(doc);
    const root = doc.body;
    removeControlNotes(root);
    expect(root.textContent).toContain('Kurz: nur ein Satz zum Hafen.');
    expect(root.querySelector('[data-cr-controls]')).toBeNull();
  });
});
