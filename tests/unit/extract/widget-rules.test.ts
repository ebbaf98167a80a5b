// @vitest-environment node
// Widgets and teaser lines recognised by what they are made of, not by their words: each on an invented page in German,
// French or Spanish, where a word list in English would see nothing.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../utils/extract/plain-text';
import { removeDateLines } from '../../../utils/extract/rules/date-lines';
import { removeInlineTeasers } from '../../../utils/extract/rules/inline-teasers';
import { removeWidgets } from '../../../utils/extract/rules/widgets';
import { body, para, same, story, URL } from './german-page';


describe('removeWidgets', () => {
  it('drops a share bar by its links to the networks, whatever it says', () => {
    const bar = `<div><span>Artikel teilen</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Auf Facebook teilen</a></li>
      <li><a href="https://twitter.com/intent/tweet?url=x">Twittern</a></li><li><a href="mailto:?subject=Hafenmauer">Per E-Mail senden</a></li></ul></div>`;
    const root = body(`${para(1)}${bar}${story(3)}`);
    removeWidgets(root);
    same(root, `${para(1)}${story(3)}`);
  });

  it('keeps a paragraph that links one network, and a link to a profile', () => {
    const html = `${story(2)}<p>Die Stadt hat ihre Pläne <a href="https://twitter.com/intent/tweet?text=x">auf X geteilt</a> und auf <a href="https://www.facebook.com/hafenstadt">ihrer Seite</a> erklärt, warum die Mauer bis zum Sommer stehen muss und was sie kostet.</p>`;
    const root = body(html);
    removeWidgets(root);
    same(root, html);
  });

  it('drops a short form (a newsletter prompt whose inputs Readability removed), keeps a long one', () => {
    const prompt = '<form action="/newsletter"><p>Recevez chaque matin l’essentiel de l’actualité du port.</p><p>S’inscrire</p></form>';
    const long = `<form action="/vote">${story(4)}</form>`;
    const root = body(`${para(1)}${prompt}${long}`);
    removeWidgets(root);
    same(root, `${para(1)}${story(4)}`);
  });

  it('drops breadcrumbs and comments typed by schema.org, and screen-reader-only labels', () => {
    const root = body(`<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li>Inicio</li><li>Local</li></ol>${story(3)}
      <p><span class="sr-only">Foto:</span> El muelle al amanecer.</p>
      <div itemscope itemtype="http://schema.org/Comment"><p>Comentario de un lector que no es parte del artículo.</p></div>`);
    removeWidgets(root);
    same(root, `${story(3)}<p>El muelle al amanecer.</p>`);
  });

  it('never takes the article: a page that is mostly a form keeps it', () => {
    const root = body(`<form>${story(1)}</form>`);
    removeWidgets(root);
    expect(plainText(root)).toContain('Absatz 0');
  });
});

describe('removeInlineTeasers', () => {
  const teaser = (label: string) => `<p>${label} <a href="/lokales/faehre-88">Neue Fähre: der Fahrplan ab Montag im Überblick</a></p>`;

  it('drops "label: headline" lines and labelled link boxes to other stories of the site, in any language', () => {
    const box = `<div><h4>Plus sur le sujet</h4><ul><li><a href="https://www.hafenblatt.example/kultur/konzert-92">Le concert sur le quai est reporté à samedi</a></li>
      <li><a href="/sport/regatta-91">La régate est annulée à cause de la tempête</a></li></ul></div>`;
    const section = `<section><span>Lire aussi</span><span><a href="/kultur/konzert-92">Le concert sur le quai est reporté à samedi</a></span></section>`;
    const root = body(`${para(1)}${teaser('Lesen Sie auch:')}${teaser('» Más noticias')}${teaser('<strong>Zum Thema</strong>')}${box}${section}${para(2)}`);
    removeInlineTeasers(root, { url: URL });
    same(root, `${para(1)}${para(2)}`);
  });

  it('keeps sentences with a link, sources on other sites, addresses and short named links', () => {
    const html = `${para(1)}<div><p>Die Polizei <a href="/lokales/polizei-77">ermittelt weiter gegen den Mann aus Hamburg</a>.</p></div>
      <p>Quelle: <a href="https://stats.example.org/bericht-2019">Statistikamt, Bericht zur Schifffahrt 2019</a></p>
      <p><strong>Tickets</strong> <a href="/tickets">www.hafenblatt.example/tickets</a></p><p>Kontakt: <a href="/redaktion">Redaktion</a></p>
      <p>Lesen Sie auch: <a href="/lokales/faehre-88">Neue Fähre: der Fahrplan ab Montag im Überblick</a>, dazu hat der Senat am Montag beschlossen, die Mauer zu erneuern.</p>${para(2)}`;
    const root = body(html);
    removeInlineTeasers(root, { url: URL });
    same(root, html);
  });

  it('drops a labelled box of short headlines quoted as a blockquote ("Related:" • <a>…</a> • <a>…</a>), keeps a quotation with a link', () => {
    const box = `<blockquote><b>Verwandte Artikel:</b><br>• <a href="/lokales/faehre-88">Neue Fähre fährt ab Montag</a><br>
      • <a href="/sport/regatta-91">Die Regatta ist abgesagt</a></blockquote>`;
    const quote = `<blockquote>Der Senat <a href="/politik/senat-12">hat die Mauer geprüft</a> und will sie erneuern, sagte der Sprecher am Montag.</blockquote>`;
    const root = body(`${para(1)}${box}${quote}${para(2)}`);
    removeInlineTeasers(root, { url: URL });
    same(root, `${para(1)}${quote}${para(2)}`);
  });

  it('drops a teaser set as a list item ("Zum Artikel: …", "<strong>Wer zahlt?</strong> …"), keeps list items of the text', () => {
    const teasers = `<ul><li>Zum Artikel: <a href="/lokales/faehre-88">Neue Fähre: der Fahrplan ab Montag im Überblick</a></li></ul>
      <ul><li><strong>Wer zahlt? </strong><a href="/politik/hafengebuehr-12">Der Senat streitet über die neue Hafengebühr</a></li></ul>`;
    const steps = `<ol><li>Schritt 1: den Antrag bei der <a href="/service/antrag">Hafenbehörde</a> stellen und zwei Wochen warten.</li>
      <li>Quelle: <a href="https://stats.example.org/bericht-2019">Statistikamt, Bericht zur Schifffahrt 2019</a></li></ol>`;
    const root = body(`${para(1)}${teasers}${steps}${para(2)}`);
    removeInlineTeasers(root, { url: URL });
    same(root, `${para(1)}<ul></ul><ul></ul>${steps}${para(2)}`);
  });
  it('drops a headline set alone as the one item of a list between paragraphs, keeps one linking another site and the items of a longer list', () => {
    const teaser = `<ul><li><a href="/lokales/faehre-88"><strong>Neue Fähre: der Fahrplan ab Montag im Überblick</strong></a></li></ul>`;
    const source = `<ul><li><a href="https://stats.example.org/bericht-2019">Statistikamt, Bericht zur Schifffahrt 2019</a></li></ul>`;
    const list = `<ul><li><a href="/lokales/faehre-88">Neue Fähre: der Fahrplan ab Montag im Überblick</a></li><li>Die Regatta fällt aus, der Senat tagt.</li></ul>`;
    const root = body(`${para(1)}${teaser}${para(2)}${source}${list}${para(3)}`);
    removeInlineTeasers(root, { url: URL });
    same(root, `${para(1)}<ul></ul>${para(2)}${source}${list}${para(3)}`);
  });
});

describe('removeDateLines: a <time> and a short label, in any language', () => {
  it('drops "Mis à jour le <time>", "Aktualisiert am <time> Uhr", keeps a sentence around a <time>', () => {
    const sentence = '<p>Die Mauer wird bis <time datetime="2020-03-01">1. März</time> gesperrt.</p>';
    const root = body(`${para(1)}<p>Mis à jour le <time datetime="2019-11-20">20 novembre 2019 à 10h02</time></p>
      <div>Aktualisiert am <time>20.11.2019</time>, <time>10:02</time> Uhr</div>${sentence}${para(2)}`);
    removeDateLines(root);
    same(root, `${para(1)}${sentence}${para(2)}`);
  });
});

describe('removeDateLines: two times of day and a label, no year', () => {
  it('drops "Uppdaterad 15.59 | Publicerad 14.14" and "Aktualisiert 10:02 – Erstellt 08:15", keeps one time with words and a line of several', () => {
    const kept = ['<p>Abfahrt 10:15</p>', '<p>Die Fähre legt um 10:15 ab und kommt um 10:45 an.</p>', '<p>Die Fähren fahren um 10:15, 11:15 und 12:15 vom alten Anleger.</p>'];
    const root = body(`${para(1)}<p>Uppdaterad 15.59 | Publicerad 14.14</p><div>Aktualisiert 10:02 – Erstellt 08:15</div>${kept.join('')}${para(2)}`);
    removeDateLines(root);
    same(root, `${para(1)}${kept.join('')}${para(2)}`);
  });
});
