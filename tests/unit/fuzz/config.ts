import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { XSS_VECTORS, withTrap } from '../../fixtures/xss/vectors';

/**
 * How many cases a property runs: `FUZZ_RUNS` (default 1000, what CI runs) times the property's
 * weight, so cheap properties run more cases than expensive ones. `npm run fuzz` raises FUZZ_RUNS.
 * `FUZZ_SEED` replays a failing run (fast-check prints the seed and path). CI runs one fixed seed, so a
 * submission is judged on the same thousands of cases every time; `npm run fuzz` draws new ones.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 1000;
const CI_SEED = 20_261_128;
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined;

export function runs(weight: number): number {
  return Math.max(10, Math.round(FUZZ_RUNS * weight));
}

export function params(weight: number): fc.Parameters<unknown> {
  return { numRuns: runs(weight), ...(FUZZ_SEED !== undefined ? { seed: FUZZ_SEED } : {}) };
}

/** How many times slower than idle this machine runs now: its load per core, at least 1. */
function slowdown(): number {
  return Math.max(1, loadavg()[0]! / cpus().length);
}

/**
 * A time bound, stated for an idle machine, stretched by the machine's load when it is checked. The bounds catch
 * a runaway case (quadratic, exponential), which overshoots them many times over; a linear case on a busy 2-core
 * box must not fail them. Speed itself is measured in the benchmarks, not here.
 */
export function bound(idleMs: number): number {
  return idleMs * slowdown();
}

/** A vitest timeout for a property: `perCaseMs` for each of its cases, plus slack, stretched by the load. */
export function timeoutFor(weight: number, perCaseMs: number): number {
  return bound(30_000 + runs(weight) * perCaseMs);
}

export const ROOT = path.resolve(__dirname, '../../..');
export const exists = (rel: string) => existsSync(path.join(ROOT, rel));

/** Measures one call; the property asserts the bound, so a slow case is shrunk and reported. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

// ── HTML arbitraries ──────────────────────────────────────────────────────────────────────

const TAGS = [
  'p', 'div', 'span', 'a', 'img', 'article', 'section', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3',
  'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'pre', 'code', 'blockquote', 'figure', 'figcaption', 'em',
  'strong', 'b', 'i', 'br', 'hr', 'script', 'style', 'noscript', 'template', 'iframe', 'form', 'input', 'textarea',
  'select', 'option', 'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'title', 'meta', 'link', 'base', 'object',
  'embed', 'video', 'source', 'picture', 'time', 'address', 'details', 'summary', 'plaintext', 'xmp', 'frameset',
  'x-custom', 'annotation-xml', 'desc', 'dialog', 'slot', 'button', 'label', 'font', 'center', 'marquee',
];
const ATTRS = [
  'class', 'id', 'name', 'href', 'src', 'style', 'onerror', 'onload', 'onclick', 'title', 'alt', 'lang', 'dir',
  'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data-x', 'itemprop', 'content', 'property', 'rel',
  'type', 'is', 'datetime', 'hidden', 'role', 'aria-label', 'shadowrootmode', 'xmlns', 'encoding', 'width',
];
const URLS = [
  'https://example.org/a', 'http://127.0.0.1:9/trap/F', 'javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
  'data:image/png;base64,AAAA', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:x', '//evil.example/x', '/relative', '#frag', 'mailto:a@b.c',
  '&#106;avascript:alert(1)', 'java&#x09;script:alert(1)', '',
];
const JUNK = ['<', '>', '</', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '=', '&', '&#', '&#x', ';', '/>', '<?', '<!', '\u0000', '\uFEFF', '\uD800', '\r\n', '\t', '`'];

const text = fc.oneof(
  { weight: 6, arbitrary: fc.lorem({ maxCount: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
);

const attrValue = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...URLS) },
  { weight: 2, arbitrary: fc.constantFrom('alert(1)', "fetch('http://127.0.0.1:9/trap/F')", 'x" onerror="alert(1)', '</style><img src=x onerror=alert(1)>', '--><img src=x onerror=alert(1)>') },
  // Long attribute values (hugeAttributes goes to megabytes, in fewer cases).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'x ', '&amp;', '"', '<'), fc.integer({ min: 100, max: 5_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))) },
);

const attribute = fc.tuple(fc.constantFrom(...ATTRS), attrValue, fc.constantFrom('"', "'", '')).map(([name, value, quote]) =>
  quote ? ` ${name}=${quote}${value.split(quote).join('')}${quote}` : ` ${name}=${value.replace(/[\s>]/g, '')}`,
);

/** A random HTML tree, with the tags and attributes hostile pages use; sometimes unclosed. */
export const htmlTree: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attribute, { maxLength: 4 }),
      children: tie('nodes'),
      close: fc.constantFrom('close', 'close', 'close', 'open', 'mismatch'),
    }).map(({ tag, attrs, children, close }) =>
      `<${tag}${attrs.join('')}>${children}${close === 'close' ? `</${tag}>` : close === 'mismatch' ? '</div></p>' : ''}`),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((parts) => parts.join('')),
})).nodes;

/** Whole vectors of the XSS corpus, mutated: cut, doubled, spliced into random HTML. */
export const mutatedVector: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...XSS_VECTORS.map((v) => withTrap(v.html, 'http://127.0.0.1:9/trap'))),
    fc.constantFrom(...XSS_VECTORS.map((v) => withTrap(v.html, 'http://127.0.0.1:9/trap'))),
    fc.nat(),
    fc.nat(),
    fc.constantFrom('cut', 'splice', 'concat', 'nest', 'junk'),
    fc.constantFrom(...JUNK),
  )
  .map(([a, b, i, j, how, junk]) => {
    const at = i % (a.length + 1);
    switch (how) {
      case 'cut': return a.slice(0, at);
      case 'splice': return a.slice(0, at) + b + a.slice(at);
      case 'concat': return a + b;
      case 'nest': return a.slice(0, at) + b.slice(0, j % (b.length + 1)) + a.slice(at);
      default: return a.slice(0, at) + junk + a.slice(at);
    }
  });

/** Elements with attribute values of up to `maxChars` (megabytes, for the dedicated properties). */
export const hugeAttributes = (maxChars: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...ATTRS), fc.constantFrom('a', 'x ', '&amp;', '"', '<', 'javascript:'), fc.integer({ min: maxChars / 10, max: maxChars }), fc.constantFrom('img', 'a', 'p', 'div', 'svg'))
    .map(([name, unit, n, tag]) => `<p>before</p><${tag} ${name}="${unit.repeat(Math.ceil(n / unit.length)).split('"').join('&quot;')}">text</${tag}><p>after</p>`);

/** Deeply nested markup: past the HTML parser's and DOMPurify's nesting limits. */
export const deepNesting = (maxDepth = 3_000): fc.Arbitrary<string> => fc
  .tuple(fc.integer({ min: 100, max: maxDepth }), fc.constantFrom('div', 'span', 'b', 'table', 'ul', 'svg', 'math', 'a', 'p', 'form'), fc.boolean())
  .map(([depth, tag, close]) => `${`<${tag}>`.repeat(depth)}<img src=x onerror=alert(1)>deep text${close ? `</${tag}>`.repeat(depth) : ''}`);

/** Bytes in an odd encoding, read as a page would be: replacement characters, controls, BOMs, surrogates. */
export const oddEncoding: fc.Arbitrary<string> = fc
  .tuple(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le', 'ucs2'), fc.constantFrom('', '<meta charset="UTF-7">', '<meta charset="shift_jis">', '\uFEFF', '<?xml version="1.0" encoding="utf-16"?>'))
  .map(([bytes, encoding, prefix]) => prefix + Buffer.from(bytes).toString(encoding as BufferEncoding));

/** Any of the above, and empty documents. */
export const anyHtml: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: htmlTree },
  { weight: 3, arbitrary: mutatedVector },
  { weight: 1, arbitrary: deepNesting(400) },
  { weight: 1, arbitrary: oddEncoding },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '<!doctype html>', '<html></html>', '<html><head></head><body></body></html>', '<body>', '<frameset></frameset>', '\u0000', '<') },
);

/** A page around random content, sometimes with a real article in it, so Readability gets to work. */
export const anyPage: fc.Arbitrary<string> = fc
  .tuple(anyHtml, anyHtml, fc.boolean(), fc.array(fc.lorem({ mode: 'sentences', maxCount: 6 }), { maxLength: 8 }), fc.string({ maxLength: 80 }))
  .map(([head, body, article, paragraphs, title]) =>
    `<!doctype html><html><head><title>${title}</title>${head}</head><body>${
      article ? `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p} ${p}</p>`).join('')}${body}</article>` : body
    }</body></html>`);
