// Mozilla Readability's test pages as a regression suite: `npm run bench:readability -- [--pages DIR] [--ids a,b] [--chunk N] [--json OUT]`
// DIR holds test/test-pages/<name>/ of mozilla/readability (default: READABILITY_PAGES, else
// ../readability-pages/test/test-pages; see tests/fixtures/readability/README.md). Reports our recall
// of Readability's expected text, the metadata that differs, the readerable pages our gate refuses,
// and every problem beyond the named exceptions of scripts/readability-pages.ts (exit code 1 if any).
// Pages run in chunks, each in a child process: jsdom keeps megabytes a page after close.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { argValue, NODE_SHIPPED_EXTRACTION } from './bench-util';
import { checkPage, MIN_RECALL, pageNames, pagesDir, problems, RECALL_EXCEPTIONS, type PageCheck } from './readability-pages';

if (process.argv[2] === '--worker') {
  // Child: node --import tsx --import ./scripts/shipped-readability.ts bench-readability-pages.ts --worker DIR OUT.json name…
  const [, , , dir, out, ...names] = process.argv;
  writeFileSync(out!, JSON.stringify(names.map((name) => checkPage(dir!, name))));
  process.exit(0);
}

const dir = pagesDir(argValue('--pages'));
if (!dir) {
  console.log('bench:readability: no pages (pass --pages DIR or set READABILITY_PAGES; see tests/fixtures/readability/README.md); nothing to do.');
  process.exit(0);
}
const chunk = Number(argValue('--chunk') ?? 20);
const only = argValue('--ids')?.split(',');
const names = pageNames(dir).filter((name) => !only || only.includes(name));
console.log(`bench:readability: ${names.length} pages from ${dir}, ${chunk} pages a process`);

const tmp = mkdtempSync(path.join(tmpdir(), 'bench-readability-'));
const checks: PageCheck[] = [];
try {
  for (let i = 0; i < names.length; i += chunk) {
    const out = path.join(tmp, 'result.json');
    const child = spawnSync(process.execPath, [...NODE_SHIPPED_EXTRACTION, import.meta.filename, '--worker', dir, out, ...names.slice(i, i + chunk)], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`bench:readability: pages ${i + 1}–${i + chunk} failed (exit ${child.status ?? child.signal})`);
    checks.push(...(JSON.parse(readFileSync(out, 'utf8')) as PageCheck[]));
    process.stderr.write(`  ${checks.length}/${names.length}\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const readerable = checks.filter((c) => c.readerable);
const below = checks.filter((c) => c.recall < MIN_RECALL);
const mean = checks.reduce((sum, c) => sum + c.recall, 0) / checks.length;
console.log(`Mean recall of Readability's expected text: ${mean.toFixed(4)}; pages at or over ${MIN_RECALL}: ${checks.length - below.length} of ${checks.length}`);
console.log(`Pages under ${MIN_RECALL}: ${below.length} (${below.filter((c) => RECALL_EXCEPTIONS[c.name]).length} named exceptions)`);
const refused = readerable.filter((c) => c.refused);
console.log(`Readerable pages refused as "not an article": ${refused.length} of ${readerable.length}${refused.length ? ` (${refused.map((c) => c.name).join(', ')})` : ''}`);
console.log(`Non-readerable pages refused: ${checks.filter((c) => !c.readerable && c.refused).length} of ${checks.length - readerable.length}`);
for (const field of ['title', 'byline', 'dir', 'lang', 'siteName'] as const) {
  console.log(`Metadata ${field}: differs on ${checks.filter((c) => c.metadata[field]).length} pages`);
}

console.log('\nPages with problems beyond the named exceptions:');
let failing = 0;
for (const check of checks) {
  const found = problems(check);
  if (!found.length) continue;
  failing++;
  console.log(`- ${check.name}: ${found.join('; ')}`);
  for (const paragraph of check.missing.slice(0, 5)) console.log(`    lost: ${paragraph.slice(0, 140)}`);
}
console.log(failing ? `${failing} of ${checks.length} pages fail.` : `none: all ${checks.length} pages pass.`);
const json = argValue('--json');
if (json) writeFileSync(path.resolve(json), JSON.stringify(checks, null, 1));
process.exitCode = failing ? 1 : 0;
