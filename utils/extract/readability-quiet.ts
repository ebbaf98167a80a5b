// Build step for extract.js (a 20 KB gzip budget): Readability as a small ES module.
// - Its debug logging, which we never switch on, goes: the `this.log(...)` calls (24, with their messages)
//   and the logger it sets up under `debug`, ~0.6 KB gzip. With `debug` off `this.log` is an empty function
//   and every argument passed to it is a plain read (text, attributes, scores): dropping the calls changes nothing.
//   The failed checks it would have logged (a template string each) return at once instead: only whether any failed is read.
// - The DOM's node types it reads through its own copies (`this.TEXT_NODE`) are written as their numbers, and its two
//   patterns named as DOM members are renamed, so that the minifier shortens them.
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

/** The messages `_cleanConditionally` collects for the log of a node's failed checks. */
const CHECK_MESSAGE = /errs\.push\(\s*`[^`]*`\s*\)/g;
const CHECK_MESSAGES = 8;
/** The list it collects them in, and its one read: the node goes when the list is not empty (and the log says why). */
const CHECK_LIST = 'const errs = [];\n';
const CHECKS_FAILED = /\n\s*if \(errs\.length\) \{[^}]*return true;\s*\}\n/;

/**
 * Readability's source with `_cleanConditionally` answering at its first failed check: each check returns
 * `true` instead of pushing its message for the log, and the list of messages goes (~0.2 KB gzip of templates,
 * and 23 B more for the list). The checks read and set nothing else, so the answer is the same: true when any
 * fails, else false. Throws when the source no longer has the eight checks and their list as this expects.
 */
export function withoutCheckMessages(source: string): string {
  if (source.match(CHECK_MESSAGE)?.length !== CHECK_MESSAGES || !source.includes(CHECK_LIST) || !CHECKS_FAILED.test(source)) {
    throw new Error('readability-quiet: Readability no longer collects its failed checks as expected');
  }
  return source.replace(CHECK_MESSAGE, 'return true').replace(CHECK_LIST, '').replace(CHECKS_FAILED, '\n');
}

/** Readability's copies of the DOM's node types on its prototype, which its code reads as `this.ELEMENT_NODE`… */
const NODE_TYPE_COPIES = '  ELEMENT_NODE: 1,\n  TEXT_NODE: 3,\n';
const NODE_TYPE_READ = /\bthis\.(ELEMENT_NODE|TEXT_NODE)\b/g;

/**
 * Readability's source with the node types it reads written as their numbers, the DOM's own (1, 3), and its copies of
 * them gone (−29 B gzip of extract.js: terser keeps DOM names, so `this.TEXT_NODE` stayed whole seven times). Throws
 * unless it finds the copies, and when a node type's name is left anywhere once they are read as numbers.
 */
export function withNodeTypesAsNumbers(source: string): string {
  if (!source.includes(NODE_TYPE_COPIES)) throw new Error('readability-quiet: Readability no longer keeps its node types as expected');
  const out = source.replace(NODE_TYPE_COPIES, '').replace(NODE_TYPE_READ, (_read, name: string) => (name === 'ELEMENT_NODE' ? '1' : '3'));
  if (/\b(ELEMENT_NODE|TEXT_NODE)\b/.test(out)) throw new Error('readability-quiet: Readability reads a node type other than through `this`');
  return out;
}

/** Readability's patterns named as DOM members are (`Element.normalize`…), which terser keeps whatever it is told, and their new names. */
const DOM_NAMED_PATTERNS = { negative: 'negativeWords', normalize: 'spaceRuns' };

/**
 * Readability's source with those patterns renamed where they are defined and read (`this.REGEXPS.negative`), so that
 * they are mangled with its other patterns (script-minify.ts; −8 B gzip of extract.js). Throws unless each is defined
 * once and read.
 */
export function withPatternsRenamed(source: string): string {
  return Object.entries(DOM_NAMED_PATTERNS).reduce((code, [name, renamed]) => {
    const definition = `\n    ${name}:`;
    const read = new RegExp(`\\bthis\\.REGEXPS\\.${name}\\b`, 'g');
    if (code.split(definition).length !== 2 || !read.test(code)) throw new Error(`readability-quiet: Readability no longer defines and reads its pattern ${name} as expected`);
    return code.replace(definition, `\n    ${renamed}:`).replace(read, `this.REGEXPS.${renamed}`);
  }, source);
}

/** Readability's source as an ES module (`export default Readability`); throws when its export is no longer as expected. */
export function asEsModule(source: string): string {
  if (!COMMONJS_EXPORT.test(source)) throw new Error('readability-quiet: Readability no longer exports itself as expected');
  return source.replace(COMMONJS_EXPORT, '\nexport default Readability;\n');
}

/** Readability's source as extract.js ships it: without unused paths, faster, without logging or its messages, node types as numbers,
 * two patterns renamed, an ES module. */
export function shippedReadability(source: string): string {
  return asEsModule(withPatternsRenamed(withNodeTypesAsNumbers(withoutCheckMessages(withoutLogging(withSpeedPatches(withoutUnusedPaths(source)))))));
}
