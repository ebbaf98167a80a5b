// @vitest-environment node
// The build minifies the injected scripts again (utils/extract/script-minify.ts): the script's value stays its
// result, Readability's members and our own internal fields are renamed and nothing else is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedReadability } from '../../../utils/extract/readability-quiet';
import { ARTICLE_RULES, PAGE_RULES } from '../../../utils/extract/rules';
import { bareInjectedEntry, minifyWithTerser, OWN_PRIVATE_NAMES, READABILITY_PRIVATE_NAMES, readabilityMembers, shippedSwitches, withoutReadabilityOptions, withoutRuleNames } from '../../../utils/extract/script-minify';
import * as switches from '../../../utils/extract/switched-off';

/** A script shaped as WXT builds one: an anonymous IIFE whose value is what `scripting.executeScript` gives back. */
const script = `(function () {
  function Reader(doc) { this._doc = doc; this._seen = 0; }
  Reader.prototype = {
    REGEXPS: { byline: /byline/i },
    _count(node) { this._seen++; return node.nodeType === node.ELEMENT_NODE ? 1 : 0; },
    parse() { return { byline: this.REGEXPS.byline.test(this._doc.byline) ? this._doc.byline : null, seen: this._count(this._doc) + this._seen }; },
  };
  const result = new Reader({ byline: 'byline: Anna', nodeType: 1, ELEMENT_NODE: 1 }).parse();
  return { ...result, ok: true };
})();`;

describe('minifyWithTerser', () => {
  it("keeps the script's value and renames only the members named", async () => {
    const out = await minifyWithTerser(script, ['_doc', '_seen', '_count', 'REGEXPS', 'ELEMENT_NODE']);
    expect((0, eval)(out)).toEqual({ byline: 'byline: Anna', seen: 2, ok: true });
    for (const renamed of ['_doc', '_seen', '_count', 'REGEXPS']) expect(out).not.toContain(renamed);
    // parse (ours to call), the result's fields and DOM names (terser's own list) stay.
    for (const kept of ['parse', 'byline', 'seen', 'ok', 'nodeType', 'ELEMENT_NODE']) expect(out).toContain(kept);
    expect(out.length).toBeLessThan(script.length * 0.7);
  });

  it("names Readability's own members, not parse", () => {
    const members = readabilityMembers();
    for (const member of ['_grabArticle', '_doc', '_articleLang', 'REGEXPS', 'DEFAULT_TAGS_TO_SCORE', '_flags']) expect(members).toContain(member);
    expect(members).not.toContain('parse');
  });

  it('renames only names that the shipped Readability reads as properties', () => {
    const require = createRequire(import.meta.url);
    const source = shippedReadability(readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'));
    for (const name of READABILITY_PRIVATE_NAMES) expect(source).toMatch(new RegExp(`\\.${name}\\b`));
    expect(readabilityMembers()).toEqual(expect.arrayContaining(READABILITY_PRIVATE_NAMES));
    // Our result's fields are never among them.
    for (const field of ['byline', 'title', 'content', 'dir', 'lang', 'siteName', 'publishedTime']) expect(READABILITY_PRIVATE_NAMES).not.toContain(field);
  });

  it('renames our own internal fields by default, never a field of the result', async () => {
    const own = `(function () {
  const rule = { clean: (shape) => { shape.chars += 2; shape.linked = 1; return shape; } };
  const shape = rule.clean({ chars: 1, linked: 0, prose: 0, proseBlocks: 0, teasers: 0 });
  const parts = { labelApart: true, rest: ' · ', declaredTypes: 'Article' };
  return { title: parts.declaredTypes, wordCount: shape.chars + shape.linked + (parts.labelApart ? 1 : 0) + parts.rest.length };
})();`;
    const out = await minifyWithTerser(own);
    expect((0, eval)(out)).toEqual({ title: 'Article', wordCount: 8 });
    for (const name of OWN_PRIVATE_NAMES) expect(out).not.toMatch(new RegExp(`\\b${name}\\b`));
    // Each is still a field our extraction writes, and none is a field of its result.
    const sources = ['rules/index.ts', 'article-gate.ts', 'plain-text.ts', 'rules/inline-teasers.ts', 'metadata.ts'].map((file) => readFileSync(new URL(`../../../utils/extract/${file}`, import.meta.url), 'utf8')).join('\n');
    for (const name of OWN_PRIVATE_NAMES) expect(sources).toMatch(new RegExp(`\\b${name}[?]?:`));
    const types = readFileSync(new URL('../../../utils/extract/types.ts', import.meta.url), 'utf8');
    for (const name of OWN_PRIVATE_NAMES) expect(types).not.toMatch(new RegExp(`\\b${name}[?]?:`));
  });
});

describe('withoutRuleNames', () => {
  /** The rule lists as terser writes them (`clean` renamed `o`), each rule recording that it ran. */
  const rules = [...PAGE_RULES, ...ARTICLE_RULES];
  const lists = (count: number) =>
    `(()=>{let ran=[],rules=[${rules
      .slice(0, count)
      .map(({ name }, i) => (i % 2 ? `{name:'${name}',o(t){t.push('${name}')}}` : `{name:'${name}',o:(t,{url:e})=>t.push('${name}')}`))
      .join(',')}];for(let r of rules)r.o(ran,{url:''});return{ran,names:rules.map(r=>r.name)}})()`;

  it('drops every rule name and keeps every rule, in order', () => {
    const out = withoutRuleNames(lists(rules.length));
    expect(out).not.toMatch(/name:/);
    const { ran, names } = (0, eval)(out) as { ran: string[]; names: unknown[] };
    expect(ran).toEqual(rules.map((rule) => rule.name));
    expect(names.every((name) => name === undefined)).toBe(true);
  });

  it('throws unless it finds every rule once', () => {
    expect(() => withoutRuleNames(lists(rules.length - 1))).toThrow(/rule names/);
    expect(() => withoutRuleNames(`${lists(rules.length)};[{name:'extra',o(){}}]`)).toThrow(/rule names/);
  });
});

describe('withoutReadabilityOptions', () => {
  /** Readability made as terser writes our extraction's call. */
  const made = 'f=(t,r)=>{let i=new e(h(t,r),{keepClasses:!0});return i.Ne=()=>h(t,r),i.parse()}';

  it('gives the shipped Readability no options, which it does not read', () => {
    const out = withoutReadabilityOptions(made);
    expect(out).toBe('f=(t,r)=>{let i=new e(h(t,r));return i.Ne=()=>h(t,r),i.parse()}');
    const require = createRequire(import.meta.url);
    const source = shippedReadability(readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8'));
    expect(source).toContain('\nfunction Readability(doc) {\n');
    expect(source).not.toMatch(/\boptions\./);
  });

  it('throws unless it finds the options once', () => {
    expect(() => withoutReadabilityOptions(made.replace('keepClasses:!0', 'keepClasses:!1'))).toThrow(/options 0 times/);
    expect(() => withoutReadabilityOptions(`${made};g=new e(x,{keepClasses:!0})`)).toThrow(/options 2 times/);
  });
});

describe('bareInjectedEntry', () => {
  it("calls an injected script's main and gives back its value, without WXT's wrapper", () => {
    const entry = bareInjectedEntry('\0virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/extract.ts');
    expect(entry).toContain('import { main } from "/repo/entrypoints/extract.ts";');
    expect(entry).toContain('initPlugins();');
    expect(entry).toContain('export default main();');
    expect(entry).not.toMatch(/catch|instanceof/);
  });

  it("leaves any other module to WXT: other unlisted scripts, other entrypoints, the script's own file", () => {
    expect(bareInjectedEntry('\0virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/other.ts')).toBeNull();
    expect(bareInjectedEntry('\0virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts')).toBeNull();
    expect(bareInjectedEntry('/repo/entrypoints/extract.ts')).toBeNull();
  });
});

describe('shippedSwitches', () => {
  const file = path.resolve(import.meta.dirname, '../../../utils/extract/switched-off.ts');

  it('loads the switch as "none is off", with the same exports as its source', async () => {
    const code = shippedSwitches(file)!;
    const shipped = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as typeof switches;
    expect(Object.keys(shipped).sort()).toEqual(Object.keys(switches).sort());
    const rules = [{ name: 'adSlots' as const }, { name: 'boxes' as const }];
    expect(shipped.rulesOn(rules, ['boxes'])).toBe(rules);
    expect(shipped.switchedOff(['mainBlock'], 'mainBlock')).toBe(false);
  });

  it('leaves any other module as it is', () => {
    expect(shippedSwitches(path.resolve(import.meta.dirname, '../../../utils/extract/index.ts'))).toBeNull();
    expect(shippedSwitches('/repo/utils/extract/switched-off.ts')).toBeNull();
  });
});
