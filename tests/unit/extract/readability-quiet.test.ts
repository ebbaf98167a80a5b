// @vitest-environment node
// The build drops Readability's debug logging from extract.js; Readability must parse exactly as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { asEsModule, READABILITY_MODULE, withConstantsAsNumbers, withoutCheckMessages, withoutLogging, withPatternsRenamed } from '../../../utils/extract/readability-quiet';
import { parseHtml } from '../dom';

const file = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
const source = readFileSync(file, 'utf8');

type ReadabilityClass = new (doc: Document, options?: object) => { parse(): { content: string; title: string; byline: string | null } | null };
function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as ReadabilityClass;
}

const page = `<html><head><title>Harbour wall – Example</title></head><body><nav><a href="/">Home</a></nav>
  <article><h1>Harbour wall</h1><p class="byline">By Anna Berg</p>
  ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}, with commas, clauses, and enough words to score as the article's running text here.</p>`).join('')}
  <div class="share"><a href="/s">Share</a></div></article><footer>© Example</footer></body></html>`;

describe('withoutLogging, withoutCheckMessages, withConstantsAsNumbers, withPatternsRenamed, asEsModule (Readability for extract.js)', () => {
  it('finds the module and leaves no log call', () => {
    expect(READABILITY_MODULE.test(file.replaceAll('\\', '/'))).toBe(true);
    const quiet = withoutLogging(source);
    expect(quiet).not.toContain('this.log(');
    expect(quiet.length).toBeLessThan(source.length - 1000);
  });

  it('parses a page exactly as Readability does', () => {
    const [before, after] = [source, withoutLogging(source)].map((code) => new (load(code))(parseHtml(page, 'https://example.org/a')).parse());
    expect(after).toEqual(before);
    expect(after?.content).toContain('Paragraph 5');
  });

  it('refuses a source whose logger or export it does not recognise', () => {
    expect(() => withoutLogging(source.replace('this.log = function () {};', 'this.log = () => {};'))).toThrow(/logger/);
    expect(() => asEsModule(source.replace('module.exports = Readability;', 'module.exports = { Readability };'))).toThrow(/export/);
  });

  it("returns true at _cleanConditionally's first failed check, without its message, and parses a page as Readability does", () => {
    const plain = withoutCheckMessages(source);
    const returns = (code: string) => code.split('return true').length;
    expect(returns(plain)).toBe(returns(source) + 8 - 1); // one a check, less the one after the list's count
    expect(plain).not.toMatch(/\berrs\b/);
    const [before, after] = [source, plain].map((code) => new (load(code))(parseHtml(page, 'https://example.org/a')).parse());
    expect(after).toEqual(before);
    expect(() => withoutCheckMessages(source.replace('errs.push(`Bad p', 'errs.push(String(`Bad p'))).toThrow(/failed checks/);
    expect(() => withoutCheckMessages(source.replace('if (errs.length) {', 'if (errs.length > 0) {'))).toThrow(/failed checks/);
  });

  it('reads its number constants (flags, defaults, node types) as numbers, without their definitions, and parses pages as Readability does', () => {
    const numbered = withConstantsAsNumbers(withoutLogging(source));
    expect(numbered).not.toMatch(/ELEMENT_NODE|TEXT_NODE|FLAG_|DEFAULT_N_TOP_CANDIDATES|DEFAULT_CHAR_THRESHOLD/);
    expect(numbered).toContain('this._flags =\n    0x1 |\n    0x2 |\n    0x4;');
    // Text and <br> directly in a <div> (wrapped in paragraphs by the node types read) and a link of one text node.
    const loose = page.replace('<div class="share">', '<div>Loose text, with commas, clauses and words enough to be kept here.<br><br>More loose text, with commas.</div><div class="share">');
    // Under 500 characters (the threshold): Readability tries again with each flag removed in turn.
    const short = '<html><body><div class="sidebar"><p>A short note, with a comma.</p></div><div><p>Another short line.</p></div></body></html>';
    for (const html of [loose, short]) {
      const [before, after] = [source, numbered].map((code) => new (load(code))(parseHtml(html, 'https://example.org/a')).parse());
      expect(after).toEqual(before);
    }
    expect(new (load(numbered))(parseHtml(loose, 'https://example.org/a')).parse()?.content).toContain('Loose text');
    expect(new (load(numbered))(parseHtml(short, 'https://example.org/a')).parse()?.content).toContain('A short note');
    // The logger reads a node's own TEXT_NODE; a Readability without a definition is not the one this knows.
    expect(() => withConstantsAsNumbers(source)).toThrow(/TEXT_NODE other than through/);
    expect(() => withConstantsAsNumbers(withoutLogging(source).replace('  TEXT_NODE: 3,\n', ''))).toThrow(/constant TEXT_NODE/);
    expect(() => withConstantsAsNumbers(withoutLogging(source).replace('  DEFAULT_CHAR_THRESHOLD: 500,', '  DEFAULT_CHAR_THRESHOLD: 5e2,'))).toThrow(/constant DEFAULT_CHAR_THRESHOLD/);
  });

  it('renames its patterns named as DOM members where they are defined and read, and parses a page as Readability does', () => {
    const renamed = withPatternsRenamed(source);
    expect(renamed).not.toMatch(/REGEXPS\.(negative|normalize)\b|\n {4}(negative|normalize):/);
    expect(renamed.match(/REGEXPS\.(negativeWords|spaceRuns)\b/g)).toHaveLength(4);
    // A title with a run of spaces (normalize) and a block whose class and id score it down (negative).
    const marked = page.replace('Harbour wall – Example', 'Harbour  wall   – Example').replace('<div class="share">', '<div class="sidebar" id="promo"><p>Side text, with commas, clauses and words enough to score.</p></div><div class="share">');
    const [before, after] = [source, renamed].map((code) => new (load(code))(parseHtml(marked, 'https://example.org/a')).parse());
    expect(after).toEqual(before);
    expect(() => withPatternsRenamed(source.replace('    normalize: /', '    normalise: /'))).toThrow(/normalize/);
  });

  it('exports Readability as an ES module, and nothing to CommonJS', () => {
    const esm = asEsModule(source);
    expect(esm.trimEnd().endsWith('export default Readability;')).toBe(true);
    expect(esm).not.toContain('module.exports');
  });
});
