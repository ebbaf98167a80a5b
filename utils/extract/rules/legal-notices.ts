import { short } from './text';
import { pageUrl, siteOf } from './site';
import { byTags } from '../walk';
import type { RuleContext } from '.';

/** "Citation: … (2019, November 19) … retrieved 20 November 2019 from https://…": how to cite the page, not the article. */
const CITATION = /^citation\s*:|\bretrieved\b.{0,60}\bfrom\b.{0,20}(https?:\/\/|www\.)/i;
/** Copyright and reproduction notices. */
const COPYRIGHT = /\b(is subject to copyright|all rights reserved|contents? of this (web ?)?(site|page) (are|is) (©|\(c\)|copyright)|no part (of this \w+ )?may be reproduced|may not be (published|reproduced|broadcast|rewritten|redistributed)|without (the )?(prior )?written permission)\b/i;
/**
 * The same notices in other languages: "Alle Rechte vorbehalten", "Tous droits réservés", "未经授权，不得转载",
 * "無断転載を禁じます", "版权所有", and a licence line for the page ("この作品は…ライセンス…", "This work is licensed under…").
 */
const COPYRIGHT_INTL = /(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|všechna práva vyhrazena|wszelkie prawa zastrzeżone|все права защищены)|不得(转载|轉載)|禁止(转载|轉載)|版(权|權)所有|無断(転載|複製|使用)|((this|the) (work|article|post|page|content) is|この(作品|記事)は).{0,60}(licen[cs]ed under|クリエイティブ・コモンズ)/i;
/** Notices run to a few sentences; longer text that mentions copyright is about copyright. */
const MAX_NOTICE = 400;
/** The hosts of the addresses written out in a text ("https://www.lto.de/persistent/a_id/58420" → www.lto.de). */
const WRITTEN_HOST = /https?:\/\/([\w.-]+)/g;
/** A citation names the article by its title's first words (the rest may be cut, or follow a kicker). */
const CITED_TITLE_WORDS = 3;
/** "Permalink: http://heise.de/-1138062", "Link zum Artikel: https://…": a label of a few words, a colon, an address, nothing else. */
const LABELLED_ADDRESS = /^[^:：]{1,30}[:：]\s*https?:\/\/\S+$/;

/**
 * A suggested citation of this page, in any language ("Waffenlieferungen an Israel: …. In: Legal Tribune Online,
 * 20.10.2025, https://www.lto.de/persistent/a_id/58420 (abgerufen am: …)"): a notice that names the article by its
 * title's first words and writes out an address on the page's own site; or the page's permalink, a label and an
 * address on its own site alone on a line. How to cite or link the page, not the article.
 */
function citesThisPage(t: string, title: string, site: string | null): boolean {
  // (the title is never empty: extraction falls back to the page's address)
  const opening = title.toLowerCase().split(/\s+/).slice(0, CITED_TITLE_WORDS).join(' ');
  return !!site && (LABELLED_ADDRESS.test(t) || t.toLowerCase().includes(opening)) && [...t.matchAll(WRITTEN_HOST)].some((m) => siteOf(m[1]!) === site);
}

/** Removes citation notices and permalink lines (of this page, in any language) and copyright / reproduction / licence notices, in several languages. */
export function removeLegalNotices(root: Element, { title, url }: Pick<RuleContext, 'title' | 'url'>): void {
  const page = pageUrl(url);
  const site = page && siteOf(page.hostname);
  for (const el of byTags(root, 'p div small footer aside')) {
    if (el.querySelector('p,div')) continue;
    const t = el.isConnected && short(el, MAX_NOTICE);
    if (t && (CITATION.test(t) || COPYRIGHT.test(t) || COPYRIGHT_INTL.test(t) || citesThisPage(t, title, site))) el.remove();
  }
}
