// @vitest-environment node
// Twenty-first round: notices about the page rather than the article, by how they are written and not by a site's
// words — a citation of this very page, a copyright sign after a one-word label, a credit in italics, an affiliate
// disclosure with the loanword hyphenated — on an invented page; the text a reader came for stays.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeCredits } from '../../../utils/extract/rules/credits';
import { removeLegalNotices } from '../../../utils/extract/rules/legal-notices';
import { removePromoLines } from '../../../utils/extract/rules/promo-lines';
import { body, para, URL } from './german-page';

const TITLE = 'Die Hafenmauer wird erneuert: Was Anwohner wissen müssen';

describe('removeLegalNotices: a suggested citation of this page', () => {
  it('drops a notice that names the article and writes out an address on its own site, in any wording', () => {
    const cite = '<p>Die Hafenmauer wird erneuert. In: Hafenblatt, 12.03.2026, <em>https://www.hafenblatt.example/p/1234</em> (abgerufen am: 13.03.2026)</p>';
    const root = body(`${para(1)}${para(2)}<div class="zitat">${cite}</div>`);
    removeLegalNotices(root, { title: TITLE, url: URL });
    expect(plainText(root)).not.toContain('abgerufen am');
    expect(plainText(root)).toContain('Absatz 2');
  });

  it('keeps a source on another site, an own address without the title, and the title quoted without an address', () => {
    const kept = [
      '<p>Die Hafenmauer wird erneuert, berichtete die Küstenzeitung (https://www.kuestenzeitung.example/a/99).</p>',
      '<p>Mehr Bilder der Baustelle unter https://www.hafenblatt.example/galerie/mauer im Netz.</p>',
      '<p>„Die Hafenmauer wird erneuert“, schrieb der Bürgermeister im Amtsblatt vom 12. März.</p>',
    ];
    const root = body(para(1) + kept.join(''));
    removeLegalNotices(root, { title: TITLE, url: URL });
    for (const line of ['kuestenzeitung.example', 'galerie/mauer', 'schrieb der Bürgermeister']) expect(plainText(root)).toContain(line);
  });
});

describe('removeCredits: copyright after a one-word label, and credits set in italics', () => {
  it('drops "Foto(s): © …" and "저작권자 © …" lines, keeps a sentence with © further on', () => {
    const sentence = '<p>Das Logo der Stadt (©) darf nur mit Erlaubnis gedruckt werden, sagte der Sprecher am Montag.</p>';
    const root = body(`${para(1)}<div>Foto(s): © Agentur Nord und/oder © Archiv Hafenblatt</div><div>저작권자 © 항구신문 무단전재 및 재배포 금지</div>${sentence}${para(2)}`);
    removeCredits(root);
    expect(plainText(root)).not.toContain('Agentur Nord');
    expect(plainText(root)).not.toContain('항구신문');
    expect(plainText(root)).toContain('darf nur mit Erlaubnis');
  });

  it('drops "<em>Copyright: …</em>" under a translator line, keeps the translator line and emphasis in the text', () => {
    const root = body(`${para(1)}<p><em>Aus dem Italienischen von Anna Beispiel</em><br><em>Copyright: Agentur Nord, 2026</em></p><p>Der Hafen sei <em>ein Denkmal</em>, sagte sie.</p>`);
    removeCredits(root);
    expect(plainText(root)).not.toContain('Agentur Nord, 2026');
    for (const kept of ['Aus dem Italienischen von Anna Beispiel', 'ein Denkmal']) expect(plainText(root)).toContain(kept);
  });
});

describe('removePromoLines: an affiliate disclosure with the loanword hyphenated', () => {
  it('drops "… sind Affiliate-Links …", keeps a long paragraph about affiliate links', () => {
    const long = `<p>${'Viele Verlage finanzieren Tests über Affiliate-Links, und Verbraucherschützer fordern seit Jahren klare Hinweise. '.repeat(4)}</p>`;
    const root = body(`${para(1)}<div>Die mit einem Symbol gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, erhalten wir eine Provision.</div>${long}`);
    removePromoLines(root);
    expect(plainText(root)).not.toContain('erhalten wir eine Provision');
    expect(plainText(root)).toContain('Verbraucherschützer fordern');
  });
});

describe("removePromoLines: the Japanese press's paywall line", () => {
  it('drops "この記事は会員限定です…" and "この記事は有料記事です", keeps a sentence about members-only tickets', () => {
    const kept = '<p>港の記念式典のチケットは会員限定で販売され、市民からは不満の声も上がった。</p>';
    const root = body(`${para(1)}${para(2)}<p><span>この記事は会員限定です。</span>登録すると続きをお読みいただけます。</p><div>この記事は有料記事です。</div>${kept}`);
    removePromoLines(root);
    expect(plainText(root)).not.toContain('続きをお読み');
    expect(plainText(root)).not.toContain('有料記事');
    expect(plainText(root)).toContain('チケットは会員限定で販売され');
  });
});
