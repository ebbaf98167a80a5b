// Build step for extract.js (a 20 KB gzip budget): Readability as a small ES module.
// - Its debug logging, which we never switch on, goes: the `this.log(...)` calls (24, with their messages)
//   and the logger it sets up under `debug`, ~0.6 KB gzip. With `debug` off `this.log` is an empty function
//   and every argument passed to it is a plain read (text, attributes, scores): dropping the calls changes nothing.
//   The messages of the failed checks it would have logged (a template string each) become `0`: only their count is read.
// - It exports itself as an ES module instead of CommonJS, so the bundle needs no CommonJS wrapper.
// - Patches that make it faster and return the same (readability-speed.ts), without the code paths
//   extract.js never takes (readability-unused.ts).
import { withSpeedPatches } from './readability-speed';
import { withoutUnusedPaths } from './readability-unused';

/** Readability's module, as the bundler names it. */
export const READABILITY_MODULE = /@mozilla[\\/]readability[\\/]Readability\.js$/;

/** How Readability exports itself to CommonJS, at the end of its file. */
const COMMONJS_EXPORT = /\nif \(typeof module === "object"\) \{\n[^}]*module\.exports = Readability;\n\}\n?$/;

/** The logger Readability sets up: a console logger under `debug`, else an empty function. */
const LOGGER = /\n {2}\/\/ Control whether log messages are sent to the console\n {2}if \(this\._debug\) \{\n[\s\S]*?\n {2}\} else \{\n {4}this\.log = function \(\) \{\};\n {2}\}\n/;
const CALL = 'this.log(';

/** The index just past the parenthesis that closes the one opened before `from`; string literals skipped. */
function closingParen(source: string, from: number): number {
  let depth = 1;
  for (let i = from; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; source[i] !== c; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error('readability-quiet: unbalanced this.log( call');
}

/**
 * Readability's source without its logging: each `this.log(...)` call becomes `void 0` (valid wherever
 * the call stood; the minifier drops it) and the logger's set-up goes. Throws when the source no longer
 * has the shape this expects (a new Readability version), so that the build says so.
 */
export function withoutLogging(source: string): string {
  if (!LOGGER.test(source)) throw new Error('readability-quiet: Readability no longer sets up its logger as expected');
  let out = '';
  let at = 0;
  for (let start = source.indexOf(CALL); start >= 0; start = source.indexOf(CALL, at)) {
    out += `${source.slice(at, start)}void 0`;
    at = closingParen(source, start + CALL.length);
  }
  return (out + source.slice(at)).replace(LOGGER, '\n');
}

/** The messages `_cleanConditionally` collects for the log of a node's failed checks: only their count is read once the log goes. */
const CHECK_MESSAGE = /errs\.push\(\s*`[^`]*`\s*\)/g;
const CHECK_MESSAGES = 8;

/**
 * Readability's source with each failed check of `_cleanConditionally` pushed as `0` instead of its message:
 * `errs` is read only for its length and for the log (~0.2 KB gzip of templates). Throws when the source no
 * longer has the eight checks this expects.
 */
export function withoutCheckMessages(source: string): string {
  if (source.match(CHECK_MESSAGE)?.length !== CHECK_MESSAGES) throw new Error('readability-quiet: Readability no longer collects its failed checks as expected');
  return source.replace(CHECK_MESSAGE, 'errs.push(0)');
}

/** Readability's source as an ES module (`export default Readability`); throws when its export is no longer as expected. */
export function asEsModule(source: string): string {
  if (!COMMONJS_EXPORT.test(source)) throw new Error('readability-quiet: Readability no longer exports itself as expected');
  return source.replace(COMMONJS_EXPORT, '\nexport default Readability;\n');
}

/** Readability's source as extract.js ships it: without unused paths, faster, without logging or its messages, an ES module. */
export function shippedReadability(source: string): string {
  return asEsModule(withoutCheckMessages(withoutLogging(withSpeedPatches(withoutUnusedPaths(source)))));
}
