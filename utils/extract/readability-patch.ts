// Build steps for extract.js change Readability's source by exact text (readability-speed.ts, readability-unused.ts):
// each patch names the text it replaces, and the build throws when that text is not found exactly once (a new
// Readability), so that no patch is skipped or misapplied silently.
import { createHash } from 'node:crypto';

export interface SourcePatch {
  name: string;
  find: string;
  replace: string;
}

/** `code` with `find` replaced; throws, naming the patch, unless it finds `find` exactly once. */
function replacedOnce(code: string, { name, find, replace }: SourcePatch): string {
  const at = code.indexOf(find);
  if (at < 0 || code.indexOf(find, at + 1) >= 0) throw new Error(`readability: the patch "${name}" no longer finds its text once in Readability`);
  return code.slice(0, at) + replace + code.slice(at + find.length);
}

/** Readability's source with every patch applied; throws when one no longer finds its text once. */
export function withPatches(source: string, patches: readonly SourcePatch[]): string {
  return patches.reduce(replacedOnce, source);
}

/**
 * A method Readability calls in one place, written at that place: its definition goes, with the doc comment over it,
 * and its one call (`call`, exact text) becomes its body as `at` writes it there (its parameter read as the call's
 * argument, its result as the call's). The body is moved, not written out: `body` pins its text (the first 12 hex
 * digits of its SHA-256), so a new Readability that changes the body stops the build as a patch whose text is gone does.
 */
export interface MethodAtItsCall {
  method: string;
  call: string;
  body: string;
  at: (body: string) => string;
}

/** The pin of a method's body (MethodAtItsCall's `body`). */
export const bodyPin = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

/** Readability's source with each method written at its one call; throws when a method, its body or its call is not as pinned. */
export function withMethodsAtTheirCalls(source: string, methods: readonly MethodAtItsCall[]): string {
  return methods.reduce((code, { method, call, body: pin, at }) => {
    const name = `${method} at its call`;
    // Its header in the prototype (two spaces in), the comment right over it, and its body to the first `  },` line.
    const headers = [...code.matchAll(new RegExp(`\\n(  /\\*(?:(?!\\*/)[\\s\\S])*\\*/\\n)?  ${method}\\([\\w, ]*\\) \\{\\n`, 'g'))];
    if (headers.length !== 1) throw new Error(`readability: the patch "${name}" no longer finds the method once in Readability`);
    const header = headers[0]!;
    const start = header.index + header[0].length;
    const end = code.indexOf('\n  },\n', start - 1);
    const body = code.slice(start, end + 1);
    if (end < 0 || bodyPin(body) !== pin) throw new Error(`readability: the patch "${name}" no longer finds the body it was written for (pinned ${pin}, found ${bodyPin(body)})`);
    const afterMethod = end + '\n  },\n'.length;
    const withoutMethod = code.slice(0, header.index + 1) + code.slice(code[afterMethod] === '\n' ? afterMethod + 1 : afterMethod);
    return replacedOnce(withoutMethod, { name, find: call, replace: at(body) });
  }, source);
}

/**
 * Readability's source with each of the named patterns of its REGEXPS, read in one place, written there as a literal
 * (its definition goes, with the comment lines over it). The same matches: a literal makes a new pattern each time it is
 * run, so only a pattern whose state nothing carries between reads may go (a global one used by `replace` or `split`,
 * which start from the beginning, or one without the flag). Throws unless each is defined once and read once.
 */
export function withPatternsAtTheirUse(source: string, names: readonly string[]): string {
  return names.reduce((code, name) => {
    const definitions = [...code.matchAll(new RegExp(`\\n(?: {4}//[^\\n]*\\n)* {4}${name}:\\s*(/.+/[a-z]*),\\n`, 'g'))];
    const reads = code.split(`this.REGEXPS.${name}`).length - 1;
    if (definitions.length !== 1 || reads !== 1 || new RegExp(`this\\.REGEXPS\\.${name}\\w`).test(code)) {
      throw new Error(`readability: the pattern ${name} is no longer defined once and read once in Readability`);
    }
    const [definition, literal] = definitions[0]!;
    return code.replace(definition, '\n').replace(`this.REGEXPS.${name}`, () => literal!);
  }, source);
}
