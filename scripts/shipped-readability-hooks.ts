// Module hooks, registered by scripts/shipped-readability.ts: our code's import of Readability's own module
// (`@mozilla/readability/Readability.js`) gets the build's transform (utils/extract/readability-quiet.ts), as in
// extract.js. Bare Readability (`@mozilla/readability`, which requires './Readability') stays as published, and
// so does our import from a module loaded as `…?bare` (to compare both in one process).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shippedReadability } from '../utils/extract/readability-quiet';

const SPECIFIER = '@mozilla/readability/Readability.js';
const SHIPPED = '?shipped';

interface Resolved { url: string }

export async function resolve(specifier: string, context: { parentURL?: string }, next: (s: string, c: unknown) => Promise<Resolved>): Promise<Resolved> {
  const resolved = await next(specifier, context);
  return specifier === SPECIFIER && !context.parentURL?.endsWith('?bare') ? { ...resolved, url: resolved.url + SHIPPED } : resolved;
}

export async function load(url: string, context: unknown, next: (u: string, c: unknown) => Promise<unknown>): Promise<unknown> {
  if (!url.endsWith(SHIPPED)) return next(url, context);
  return { format: 'module', source: shippedReadability(readFileSync(fileURLToPath(url.slice(0, -SHIPPED.length)), 'utf8')), shortCircuit: true };
}
