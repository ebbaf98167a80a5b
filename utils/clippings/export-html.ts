// Standalone HTML export: one file that opens anywhere, offline, with nothing that runs. The body is
// sanitized again (`sanitize` is utils/sanitize.ts's sanitizeHtml); titles and metadata are escaped text.
import { escapeHtml, isoDay } from '../format';
import { highlightPassages } from './export-highlights';
import type { Clipping } from './types';

const STYLE = `body{margin:0 auto;max-width:42rem;padding:2rem 1.25rem;font:1.1rem/1.6 Charter,Georgia,serif;color:#1b1b1f;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e8e8ec;background:#1c1d21}a{color:#8ab4f8}}
img{max-width:100%;height:auto}pre{overflow-x:auto}blockquote{margin:1em 0;padding-inline-start:1em;border-inline-start:3px solid #999}
header p,.meta{color:#777;font:0.9rem/1.4 system-ui,sans-serif}article+article{margin-top:3rem;border-top:1px solid #999}
nav ol{font:0.95rem/1.5 system-ui,sans-serif}`;

/** The generator the export names in its head (the import tells its own export by it). */
export const EXPORT_GENERATOR = 'Clean Reader';

function articleHtml(clipping: Clipping, sanitize: (html: string) => string, anchor?: string): string {
  const facts = [clipping.siteName, clipping.byline, isoDay(clipping.publishedTime)].filter((f): f is string => !!f).map(escapeHtml);
  const source = clipping.textFragmentUrl ?? clipping.url;
  const link = /^https?:/i.test(source) ? [`<a href="${escapeHtml(source)}" rel="noopener noreferrer">${escapeHtml(source)}</a>`] : [];
  const tags = clipping.tags.length ? `<p class="meta">Tags: ${clipping.tags.map(escapeHtml).join(', ')}</p>` : '';
  const note = clipping.note ? `<aside class="meta"><strong>Note:</strong> ${escapeHtml(clipping.note)}</aside>` : '';
  const dir = clipping.dir ? ` dir="${clipping.dir}"` : '';
  const lang = clipping.lang ? ` lang="${escapeHtml(clipping.lang)}"` : '';
  const body = clipping.kind === 'selection' ? `<blockquote>${sanitize(clipping.html)}</blockquote>` : sanitize(clipping.html);
  return `<article${anchor ? ` id="${anchor}"` : ''}${lang}${dir}>
<header><h1>${escapeHtml(clipping.title)}</h1><p>${[...facts, ...link].join(' · ')}</p>
<p class="meta">Saved ${escapeHtml(isoDay(clipping.savedAt) ?? '')}</p>${tags}${note}</header>
${body}${highlightsHtml(clipping)}
</article>`;
}

/**
 * The highlights after the article, as the Markdown export writes them: each quote (its paragraphs apart), its note,
 * a link to its passage (a text fragment). All text. Empty when there are none (the file held no note or quote before).
 */
function highlightsHtml(clipping: Clipping): string {
  if (clipping.highlights.length === 0) return '';
  const web = /^https?:/i.test(clipping.url);
  const items = highlightPassages(clipping).map(({ paragraphs, note, link }) => {
    // each in its own direction, as the reader's panel shows them: an Arabic quote or note in an English article
    const quote = paragraphs.map((paragraph) => `<p dir="auto">${escapeHtml(paragraph)}</p>`).join('');
    const noted = note ? `<p dir="auto">${escapeHtml(note).replace(/\n/g, '<br>')}</p>` : '';
    const linked = web ? `<p class="meta"><a href="${escapeHtml(link)}" rel="noopener noreferrer">Link to the passage</a></p>` : '';
    return `<li><blockquote>${quote}</blockquote>${noted}${linked}</li>`;
  });
  return `\n<section><h2>Highlights</h2><ol>${items.join('\n')}</ol></section>`;
}

/** One or more clippings as a standalone HTML document (a contents list when there are several). */
export function clippingsHtml(clippings: Clipping[], sanitize: (html: string) => string, title = clippings[0]?.title ?? 'Clippings'): string {
  const many = clippings.length > 1;
  const nav = many
    ? `<nav><h1>${escapeHtml(title)}</h1><ol>${clippings.map((c, i) => `<li><a href="#c${i + 1}">${escapeHtml(c.title)}</a></li>`).join('')}</ol></nav>\n`
    : '';
  const lang = !many && clippings[0]?.lang ? ` lang="${escapeHtml(clippings[0].lang)}"` : '';
  return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: data:; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${EXPORT_GENERATOR}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${nav}${clippings.map((c, i) => articleHtml(c, sanitize, many ? `c${i + 1}` : undefined)).join('\n')}
</body>
</html>
`;
}
