/**
 * Popup growth from key facts, in gzip bytes: `npx tsx scripts/measure-keyfacts-size.ts`.
 * Builds the Chrome extension twice from this tree — as it is, and with the key-facts lines of
 * `entrypoints/popup/Popup.tsx` (`<DeferredFacts …/>`, `<AiKeyPoints …/>`) removed — and sums the gzipped JS and
 * CSS that popup.html loads: its scripts and stylesheets and every chunk they import, statically or with
 * `import()` (the key-facts chunk loaded after paint, and the Summarizer panel, which loads only where Chrome's
 * Summarizer API exists: counted anyway, as the worst case). Files are compared by name without their content
 * hash. Popup.tsx is restored afterwards, also on failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const popupSource = path.join(root, 'entrypoints/popup/Popup.tsx');
const outDir = path.join(root, '.output/chrome-mv3');
const KEY_FACTS_LINES = /^\s*<(?:DeferredFacts|AiKeyPoints)\b.*\/>\s*\n/gm;

/** Gzip bytes per file that popup.html loads, following static and dynamic imports between chunks. */
function popupFiles(): Map<string, number> {
  const sizes = new Map<string, number>();
  const html = readFileSync(path.join(outDir, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = path.normalize(queue.shift()!);
    if (sizes.has(file)) continue;
    const body = readFileSync(path.join(outDir, file));
    sizes.set(file, gzipSync(body).length);
    if (!file.endsWith('.js')) continue;
    for (const m of body.toString('utf8').matchAll(/(?:from\s*|import\s*\(\s*)["'`](\.\.?\/[^"'`]+\.(?:js|css))["'`]/g)) {
      queue.push(path.join(path.dirname(file), m[1]!));
    }
  }
  return sizes;
}

function build(): Map<string, number> {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });
  return popupFiles();
}

const total = (m: Map<string, number>, ext?: string) => [...m].filter(([f]) => !ext || f.endsWith(ext)).reduce((s, [, n]) => s + n, 0);

const original = readFileSync(popupSource, 'utf8');
const stripped = original.replace(KEY_FACTS_LINES, '');
if (stripped === original || !existsSync(popupSource)) throw new Error('no key-facts lines found in Popup.tsx');
let without: Map<string, number>;
try {
  writeFileSync(popupSource, stripped);
  without = build();
} finally {
  writeFileSync(popupSource, original);
}
const withFacts = build();
const unhashed = (f: string) => f.replace(/-[\w-]{8}(?=\.\w+$)/, '');
const before = new Map([...without].map(([f, n]) => [unhashed(f), n]));
for (const [f, n] of withFacts) {
  const was = before.get(unhashed(f));
  console.log(`${String(n).padStart(7)}  ${unhashed(f)}  ${was === undefined ? '(key facts only)' : `${n - was >= 0 ? '+' : ''}${n - was}`}`);
}
const grow = (ext?: string) => total(withFacts, ext) - total(without, ext);
console.log(
  `popup gzip: ${total(without)} B without key facts → ${total(withFacts)} B with; growth ${grow()} B ` +
    `(JS ${grow('.js')}, CSS ${grow('.css')}); budget 15000`,
);
