// @vitest-environment node
// The pitch beside a form (formPitch): a donation appeal or a newsletter line whose form Readability drops, so its words
// would read as the article's end. Invented pages, in Italian, English, Dutch and German: tests/fixtures/extract/form-pitch/.
import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract';
import type { RuleName } from '../../../utils/extract/rules';
import { FIXTURES } from '../dom';

function extract(off: RuleName[] = [], page = 'appeal') {
  const source = readFileSync(path.join(FIXTURES, `extract/form-pitch/${page}.html`), 'utf8');
  const result = extractArticle(new JSDOM(source, { url: 'https://example.it/porto/traghetto' }).window.document, { off });
  if (!result.ok) throw new Error(result.reason);
  return result.article;
}

describe('formPitch', () => {
  it('drops the appeal and the newsletter line whose forms Readability dropped, and leaves no mark in the HTML', () => {
    const { text, html } = extract();
    for (const gone of ['Sostieni il giornale', 'aiutaci con un contributo', 'Ricevi le notizie']) expect(text).not.toContain(gone);
    expect(text).toContain('Orari del traghetto in estate');
    expect(html).not.toContain('data-cr-');
  });

  it('keeps the article around a form (a box whose words besides the form are more than a pitch) and a heading beside buttons alone', () => {
    const { text } = extract();
    for (const kept of ['Orari del traghetto in estate', 'Il comune ha firmato ieri', 'Il primo viaggio è previsto', 'questo modulo pubblico', 'che l\'ha approvata a novembre', 'calcolare i tempi delle loro uscite']) expect(text).toContain(kept);
  });

  it('is what removes them (switched off, Readability keeps the appeal)', () => {
    expect(extract(['formPitch']).text).toContain('aiutaci con un contributo');
  });

  it('keeps a short story whose own column ends in a sign-up form: a box with the first paragraph of running text is the article', () => {
    const { text } = extract([], 'brief');
    for (const kept of ['The council signed the contract', 'The ship carries two hundred', 'The old ferry, built in 1971']) expect(text).toContain(kept);
  });
});

describe('formPitch, choice sets outside a form', () => {
  const choices = (off: RuleName[] = []) => extract(off, 'choices');

  it("drops a poll's question and options and an embed's consent notice, whose inputs Readability dropped", () => {
    const { text } = choices();
    for (const gone of ['Hoe steekt u de rivier', 'Over de brug', 'Aanbevolen inhoud van de redactie', 'Op deze plek staat een externe video', 'Ik ga ermee akkoord']) expect(text).not.toContain(gone);
  });

  it('drops a notice answered by a button outside any form (Readability drops the button, keeps the notice), its inline script not counted as its words', () => {
    const { text } = choices();
    for (const gone of ['op een ander apparaat', 'Bekijk de abonnementen', "Privacy bij externe video's", 'daarom laden we hem pas']) expect(text).not.toContain(gone);
    expect(choices(['formPitch']).text).toContain('op een ander apparaat');
  });

  it("keeps the article, a task list's disabled boxes, a figure whose caption a switch shows (an icon, or words), one with a button and a listing with its Copy button", () => {
    const { text, html } = choices();
    for (const image of ['pont.jpg', 'route.png']) expect(html).toContain(image);
    for (const kept of ['De nieuwe pont bij de werf in Zaandam', 'De route van de pont tussen de twee steigers', 'De gemeente heeft gisteren het contract', 'De bouw van de boot kost', 'De steigers aan beide oevers verlengen', 'De laadpalen bij de zuidelijke steiger', 'De eerste proefvaart staat gepland', 'De verlengde steiger aan de noordkant', 'vaartijd = afstand / snelheid']) expect(text).toContain(kept);
  });

  it('is what removes them (switched off, Readability keeps the poll and the notice)', () => {
    const { text } = choices(['formPitch']);
    for (const kept of ['Hoe steekt u de rivier', 'Ik ga ermee akkoord']) expect(text).toContain(kept);
  });
});

describe('formPitch, a button whose row holds a link too', () => {
  const consent = (off: RuleName[] = []) => extract(off, 'consent');

  it("drops an embed's consent placeholder whose button sits beside a settings link: the notice around the row goes, not the row alone", () => {
    const { text } = consent();
    for (const gone of ['Externe Inhalte zulassen', 'Für diese Grafik nutzen wir den Dienst', 'Einstellungen anpassen']) expect(text).not.toContain(gone);
    expect(consent(['formPitch']).text).toContain('Für diese Grafik nutzen wir den Dienst');
  });

  it('keeps the article and a figure whose button sits beside a download link', () => {
    const { text, html } = consent();
    expect(html).toContain('anleger.jpg');
    for (const kept of ['Der Landkreis hat gestern', 'Der Bau des Schiffes kostet', 'Der Anleger am Nordufer wird bis April', 'Die erste Probefahrt']) expect(text).toContain(kept);
  });
});
