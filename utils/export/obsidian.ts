// Front matter as Obsidian reads it into properties: `source` for the address, `created` and `published`
// as dates, `author` and `tags` as lists, tags in the characters Obsidian allows; plain values, no [[links]].
import { yaml } from '../clippings/export-markdown';
import { isoDay } from '../format';
import type { Clipping } from '../clippings/types';

/** A tag as Obsidian accepts it: letters, digits, `_`, `-`, `/`; spaces as dashes; never only digits. */
export function obsidianTag(tag: string): string {
  const clean = tag.normalize('NFC').trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]+/gu, '').replace(/^\/+|\/+$/g, '');
  return /^\d*$/.test(clean) ? (clean ? `_${clean}` : '') : clean;
}

const list = (values: readonly string[]) => (values.length ? `\n${values.map((v) => `  - ${yaml(v)}`).join('\n')}` : ' []');

export function obsidianFrontMatter(clipping: Clipping): string {
  const tags = [...new Set(clipping.tags.map(obsidianTag).filter(Boolean))];
  const lines = [
    `title: ${yaml(clipping.title)}`,
    `source: ${yaml(clipping.canonicalUrl || clipping.url)}`,
    `author:${list(clipping.byline ? [clipping.byline] : [])}`,
    `site: ${yaml(clipping.siteName)}`,
    `published: ${isoDay(clipping.publishedTime) ?? ''}`.trimEnd(),
    `created: ${isoDay(clipping.savedAt) ?? ''}`.trimEnd(),
    `tags:${list(tags)}`,
    `state: ${yaml(clipping.state)}`,
    ...(clipping.excerpt ? [`description: ${yaml(clipping.excerpt)}`] : []),
    // the reader's own words (and other apps' highlights that had no text to sit in): as in the plain layout
    ...(clipping.note ? [`note: ${yaml(clipping.note)}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n`;
}

