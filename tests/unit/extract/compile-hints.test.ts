// @vitest-environment node
// extract.js and clip.js carry V8's compile hint on its first line (utils/extract/compile-hints.ts), where V8 looks for it, and
// stays a script whose completion value is the extraction's result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, withEagerCompileHint } from '../../../utils/extract/compile-hints';
import { missingBuildReason, PRODUCTION_BUILDS } from '../build-output';

describe('withEagerCompileHint', () => {
  it('puts the hint alone on the first line, the script unchanged after it', () => {
    const script = '(function(){return 1+1})();';
    expect(withEagerCompileHint(script)).toBe(`//# allFunctionsCalledOnLoad\n${script}`);
    expect(runInNewContext(withEagerCompileHint(script))).toBe(2);
  });

  it('adds it once to a script that has it already', () => {
    const once = withEagerCompileHint('f();');
    expect(withEagerCompileHint(once)).toBe(once);
  });
});

const reason = missingBuildReason();
describe.skipIf(reason !== null)(`the built injected scripts${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const builds = Object.entries(PRODUCTION_BUILDS);
  it.each(['extract.js', 'clip.js'].flatMap((script) => builds.map(([browser, dir]) => [script, browser, dir])))('%s (%s): starts with the hint', (script, _browser, dir) => {
    expect(readFileSync(path.join(dir!, script!), 'utf8').split('\n', 1)[0]).toBe(EAGER_COMPILE_HINT);
  });
});
