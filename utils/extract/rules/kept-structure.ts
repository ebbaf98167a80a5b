import { byTags } from '../walk';
import { pageUrl } from './site';

// Not a removal: what the sanitizer would drop whole (players, MathML, pictures given only by
// srcset) becomes what it keeps, so that nothing of the article vanishes at render.

/** Embedded players and posts (video, audio, tweets in frames) become a link to what they show. */
function embedsAsLinks(root: Element): void {
  for (const el of byTags(root, 'iframe video audio embed object')) {
    const src = el.getAttribute('src') ?? el.getAttribute('data') ?? el.querySelector('source')?.getAttribute('src') ?? '';
    const url = pageUrl(src, root.ownerDocument.baseURI);
    if (!url || !/^https?:$/.test(url.protocol)) {
      el.remove();
      continue;
    }
    const doc = root.ownerDocument;
    const p = doc.createElement('p');
    const a = p.appendChild(doc.createElement('a'));
    a.href = url.href;
    a.textContent = `${el.getAttribute('title') || (/^(VIDEO|AUDIO)$/.test(el.tagName) ? el.tagName.toLowerCase() : 'Embedded content')}: ${url.host}`;
    el.replaceWith(p);
  }
}

/** MathML becomes its text form (the TeX annotation or alttext when given), which the sanitizer keeps. */
function mathAsText(root: Element): void {
  for (const math of byTags(root, 'math')) {
    const tex = math.querySelector('annotation[encoding*="tex" i]')?.textContent ?? math.getAttribute('alttext');
    const code = root.ownerDocument.createElement('code');
    code.textContent = (tex ?? math.textContent).trim();
    math.replaceWith(code);
  }
}

/**
 * Before Readability (which drops an <img> without src): an image given only by srcset, or by its
 * <picture>'s sources, gets the largest candidate as its src.
 */
export function giveImagesSources(doc: Document): void {
  for (const img of [...doc.getElementsByTagName('img')]) {
    if (img.getAttribute('src') && !/^data:/i.test(img.getAttribute('src')!)) continue;
    const srcset = img.getAttribute('srcset') ?? img.closest('picture')?.querySelector('source[srcset]')?.getAttribute('srcset');
    const best = srcset
      ?.split(/,\s+/)
      .map((c) => c.trim().split(/\s+/))
      .sort((a, b) => parseFloat(b[1] ?? '1') - parseFloat(a[1] ?? '1'))[0]?.[0];
    if (best) img.setAttribute('src', best);
  }
}

/** After Readability: embedded players become links, MathML its text. */
export function keepStructure(root: Element): void {
  embedsAsLinks(root);
  mathAsText(root);
}
