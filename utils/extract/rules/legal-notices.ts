import { short } from './text';
import { byTags } from '../walk';

/** "Citation: … (2019, November 19) … retrieved 20 November 2019 from https://…": how to cite the page, not the article. */
const CITATION = /^citation\s*:|\bretrieved\b.{0,60}\bfrom\b.{0,20}(https?:\/\/|www\.)/i;
/** Copyright and reproduction notices. */
const COPYRIGHT = /\b(is subject to copyright|all rights reserved|contents? of this (web ?)?(site|page) (are|is) (©|\(c\)|copyright)|no part (of this \w+ )?may be reproduced|may not be (published|reproduced|broadcast|rewritten|redistributed)|without (the )?(prior )?written permission)\b/i;
/** Notices run to a few sentences; longer text that mentions copyright is about copyright. */
const MAX_NOTICE = 400;

/** Removes citation notices and copyright / reproduction notices. */
export function removeLegalNotices(root: Element): void {
  for (const el of byTags(root, 'p div small footer aside')) {
    if (el.querySelector('p, div')) continue;
    const t = el.isConnected && short(el, MAX_NOTICE);
    if (t && (CITATION.test(t) || COPYRIGHT.test(t))) el.remove();
  }
}
