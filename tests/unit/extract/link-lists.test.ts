// @vitest-environment node
// Twenty-eighth round: a list that is nothing but short links (a menu, a tool row, other stories' headlines) goes, told
// by structure in any language (the invented German page of german-page.ts); lists of points, and a lone link, stay.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { RuleName } from '../../../utils/extract/rules';
import { removeLinkLists } from '../../../utils/extract/rules/link-lists';
import { parseHtml } from '../dom';
import { body, para, story, URL } from './german-page';

const MENU = '<ul><li><a href="/lokales">Lokales</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li></ul>';
const page = `<html lang="de"><head><title>Die Hafenmauer</title></head><body><main><article><h1>Die Hafenmauer</h1>${story(3)}${MENU}${story(3)}</article></main></body></html>`;
const extracted = (off: RuleName[]) => {
  const result = extractArticle(parseHtml(page, URL), { force: true, off });
  return result.ok ? result.article.text : '';
};

describe('removeLinkLists', () => {
  it('keeps a menu of section links out of the article, the text around it in', () => {
    expect(extracted([])).toContain('Absatz 2 der Geschichte');
    expect(extracted([])).not.toContain('Kultur');
  });

  it('is what does it: without it the menu is kept', () => {
    expect(extracted(['linkLists'])).toContain('Kultur');
  });

  it('removes a list of other stories\' headlines, and leaves a list of points, one or two links and a list of long linked notes', () => {
    const headlines = '<ol><li><a href="/a">Neue Fähre ab Mai</a></li><li><a href="/b">Stadtrat tagt am Hafen</a></li><li><a href="/c">Markt zieht um</a></li></ol>';
    const shops = '<ul><li><a href="/laden-a">Im Laden A für 12 Euro</a></li><li><a href="/laden-b">Auch bei Laden B</a></li></ul>';
    const points = '<ul><li>Die Mauer ist <a href="/mauer">alt</a> und brüchig.</li><li>Der Stadtrat zahlt die Reparatur.</li></ul>';
    const lone = '<ul><li><a href="/weiter">Wie es mit der Hafenmauer weitergeht</a></li></ul>';
    const note = (n: number) => `<li><a href="/quelle-${n}">Bericht ${n} des Bauamts über den Zustand der Hafenmauer und die Kosten ihrer Reparatur im Jahr 2025</a></li>`;
    const root = body(`${para(1)}${headlines}${points}${lone}${shops}<ul>${note(1)}${note(2)}${note(3)}</ul>`);
    removeLinkLists(root);
    expect(root.querySelector('ol')).toBeNull();
    expect(root.querySelectorAll('ul')).toHaveLength(4);
  });

  it('leaves a table of contents and a list that is the body of a section', () => {
    const toc = '<ul><li><a href="#mauer">Die Mauer</a></li><li><a href="#kosten">Die Kosten</a></li><li><a href="#plan">Der Plan</a></li></ul>';
    const section = '<h2>Unsere Partner am Hafen</h2><ul><li><a href="https://werft.example/">Werft</a></li><li><a href="https://faehre.example/">Fähre</a></li><li><a href="https://markt.example/">Fischmarkt</a></li></ul>';
    const root = body(`${toc}${para(1)}${section}${para(2)}`);
    removeLinkLists(root);
    expect(root.querySelectorAll('ul')).toHaveLength(2);
  });

  it('leaves a list a sentence of the text announces with a colon, and removes one under a short label', () => {
    const links = '<ul><li><a href="https://werft.example/a">Der Stapellauf</a></li><li><a href="https://werft.example/b">Neue Kräne</a></li><li><a href="https://werft.example/c">Ein Tag im Dock</a></li></ul>';
    const lead = '<p>Die Werft schreibt selbst über ihre Arbeit am Hafen, und drei ihrer Berichte aus dem letzten Jahr lohnen besonders das Lesen:</p>';
    const label = '<p>Mehr von der Werft:</p>';
    const root = body(`${para(1)}${lead}${links}${para(2)}${label}${links}`);
    removeLinkLists(root);
    expect(root.querySelectorAll('ul')).toHaveLength(1);
    expect(root.querySelector('ul')?.previousElementSibling?.textContent).toContain('lohnen besonders');
  });
});
