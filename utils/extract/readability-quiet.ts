// Build step for extract.js (a 20 KB gzip budget): Readability as a small ES module.
// - Its debug logging, which we never switch on, goes: the `this.log(...)` calls (24, with their messages)
//   and the logger it sets up under `debug`, ~0.6 KB gzip. With `debug` off `this.log` is an empty function
//   and every argument passed to it is a plain read (text, attributes, scores): dropping the calls changes nothing.
//   The failed checks it would have logged (a template string each) return at once instead: only whether any failed is read.
// - Its number constants (its flags, two defaults, its copies of the DOM's node types: `this.TEXT_NODE`) are written as
//   their numbers, and its two patterns named as DOM members are renamed, so that the minifier shortens them.
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

/**
 * Readability's number constants on its prototype, which its code reads as `this.TEXT_NODE`…: its flags, its two
 * defaults and its copies of the DOM's node types.
 */
const NUMBER_CONSTANTS = ['FLAG_STRIP_UNLIKELYS', 'FLAG_WEIGHT_CLASSES', 'FLAG_CLEAN_CONDITIONALLY', 'ELEMENT_NODE', 'TEXT_NODE', 'DEFAULT_N_TOP_CANDIDATES', 'DEFAULT_CHAR_THRESHOLD'];

/**
 * Readability's source with its number constants written as their numbers where it reads them, and their definitions
 * gone: terser can neither rename nor inline a member (and keeps DOM names, so `this.TEXT_NODE` stayed whole seven
 * times); as numbers it folds them (`1 | 2 | 4` is 7). Throws unless it finds each defined once as a number, and when a
 * constant's name is left anywhere once they are read as numbers (read other than through `this`).
 */
export function withConstantsAsNumbers(source: string): string {
  const out = NUMBER_CONSTANTS.reduce((code, name) => {
    const definitions = [...code.matchAll(new RegExp(`\\n {2}${name}: (0x[\\da-f]+|\\d+),\\n`, 'g'))];
    if (definitions.length !== 1) throw new Error(`readability-quiet: Readability no longer defines its constant ${name} as expected`);
    const [definition, value] = definitions[0]!;
    return code.replace(definition, '\n').replace(new RegExp(`\\bthis\\.${name}\\b`, 'g'), value!);
  }, source);
  const left = NUMBER_CONSTANTS.find((name) => new RegExp(`\\b${name}\\b`).test(out));
  if (left) throw new Error(`readability-quiet: Readability reads ${left} other than through \`this\``);
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

/** Readability's source as extract.js ships it: without unused paths, faster, without logging or its messages, constants as numbers,
 * two patterns renamed, an ES module. */
export function shippedReadability(source: string): string {
  return asEsModule(withPatternsRenamed(withConstantsAsNumbers(withoutCheckMessages(withoutLogging(withoutUnusedPaths(withSpeedPatches(source)))))));
}
