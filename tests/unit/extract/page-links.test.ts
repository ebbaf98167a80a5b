// Twenty-second round: lines about the page rather than the text, by how they are written — the page's permalink (a
// label and an address on its own site), a "related" label in Chinese written with a separator — on invented pages
// (a Spanish and a Chinese one); the text a reader came for, and addresses that are part of it, stay.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeFurnitureLines } from '../../../utils/extract/rules/furniture-lines';
import { removeLegalNotices } from '../../../utils/extract/rules/legal-notices';
import { parseHtml } from '../dom';

const URL = 'https://www.diariodelpuerto.example/local/muelle-nuevo-881';
const TITLE = 'El muelle nuevo abre en primavera';
const page = (html: string) => parseHtml(`<html><body><div class="nota">${html}</div></body></html>`, URL).body;
const para = (n: number) => `<p>Párrafo ${n} de la crónica sobre el muelle nuevo, bastante largo para ser texto que un lector quiere leer.</p>`;

describe('removeLegalNotices: the page permalink', () => {
  it('drops a label and an address on its own site alone on a line ("Enlace permanente: https://…")', () => {
    const root = page(`${para(1)}${para(2)}<p class="enlace">Enlace permanente: <a href="https://diariodelpuerto.example/-881">https://diariodelpuerto.example/-881</a></p>`);
    removeLegalNotices(root, { title: TITLE, url: URL });
    expect(plainText(root)).not.toContain('Enlace permanente');
    expect(plainText(root)).toContain('Párrafo 2');
  });

  it('keeps an address on another site, an own address inside a sentence, and a label with a bare word', () => {
    const kept = [
      '<p>Web del proyecto: https://www.puertoabierto.example/obras</p>',
      '<p>Las fotos de la obra están en https://www.diariodelpuerto.example/galeria/muelle desde el lunes.</p>',
      '<p>Horario: de lunes a viernes</p>',
    ];
    const root = page(para(1) + kept.join(''));
    removeLegalNotices(root, { title: TITLE, url: URL });
    for (const line of ['puertoabierto.example/obras', 'galeria/muelle', 'de lunes a viernes']) expect(plainText(root)).toContain(line);
  });
});

describe('removeFurnitureLines: a "related" label in Chinese written with a separator', () => {
  it('drops "延伸 · 阅读" and "延伸·推荐" labels, keeps a sentence that starts with 延伸', () => {
    const story = '<p>新码头将于春天开放，市政府周一表示，工程已经完成了百分之九十，居民可以在五月参观。</p>';
    const root = page(`${story}<div>延伸 · 推荐</div><div>延伸·阅读</div><p>延伸的码头长达三百米，可以停靠两艘大型货船，市长说这是十年来最大的工程。</p>`);
    removeFurnitureLines(root);
    expect(plainText(root)).not.toContain('推荐');
    expect(plainText(root)).not.toContain('延伸·阅读');
    expect(plainText(root)).toContain('延伸的码头长达三百米');
  });
});
