// Build step for the scripts injected into pages: extract.js (run on every click, a 20 KB gzip budget: issue #17)
// and clip.js (the same extraction, with DOMPurify). After Vite's own minifier (oxc), terser minifies them again:
// four compress passes (~0.5 KB gzip of extract.js; the best count moves with the code: 5 had beaten 3 by 3 B, and in
// round 29 4 beat 5 by 7 B, 2, 3 and 6 no better), unused trailing arguments dropped (`keep_fargs: false`: nothing
// reads a function's length; −1 B), every string in single quotes (−9 B: one quote character throughout compresses
// better), functions that never use `this` or `arguments` written as arrows and methods as shorthand
// (`unsafe_arrows`, `unsafe_methods`: none is called with `new`; ~35 B gzip, the output of every page compared
// unchanged), comparisons left with their constant on the right as our code and Readability's write them
// (`e.nodeType===3`, not `3===e.nodeType`: `lhs_constants: false`, −17 B), reading a property taken to do nothing else
// (`pure_getters`: no getter our code or Readability's reads has an effect, so the `off` option the shipped extraction
// never reads goes from its destructuring, and a few reads are reordered or joined; −7 B, every page's output compared
// unchanged), and Readability's member names mangled
// (`this._grabArticle`, `this.REGEXPS`…: ~1.4 KB gzip). Only Readability's own members are renamed, alike
// everywhere in the file: only Readability's code reads and writes them, never by a string nor on an object from
// outside (script-size.test.ts checks that none is left in the built scripts), and terser keeps DOM names
// (ELEMENT_NODE, TEXT_NODE) whatever the list says. compare:extract's --before-script/--after-script hold the built
// extract.js to the one before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { minify } from 'terser';
import { ARTICLE_RULES, PAGE_RULES } from './rules';

/** The files of the scripts injected into pages, as the build names them. */
export const INJECTED_SCRIPTS = ['extract.js', 'clip.js'];

/**
 * Names only Readability's code reads, besides its members: the fields it keeps on the page's elements
 * (`node.readability = { contentScore }`, a table's `_readabilityDataTable`), its patterns' names (read only as
 * `this.REGEXPS.name`; those read in one place are written there, readability-unused.ts), an attempt's `articleContent`, and the two our speed patch adds (readability-speed.ts;
 * index.ts sets `_pageAgain`, in the same script), and the names the build gives its patterns `negative` and
 * `normalize` (readability-quiet.ts: DOM names, which terser keeps whatever the list says). Renamed with its members
 * (~175 B gzip of extract.js). Left out: `byline` (a field of our result too); `textLength` and `columns` are DOM
 * names too. Each must be read so in the shipped Readability (script-minify.test.ts).
 */
export const READABILITY_PRIVATE_NAMES = [
  'readability', 'contentScore', '_readabilityDataTable',
  'unlikelyCandidates', 'okMaybeItsACandidate', 'positive', 'videos', 'tokenize', 'jsonLdArticleTypes',
  'articleContent', '_pageAgain', '_preparedAgain', 'negativeWords', 'spaceRuns',
];

/**
 * Fields of our own extraction's internal objects, renamed with Readability's members (~55 B gzip of extract.js): a
 * rule's `clean` (rules/index.ts), a page's shape (article-gate.ts: `chars`, `linked`, `prose`, `proseBlocks`,
 * `teasers`; plain-text.ts's blocks' `linked`), inline-teasers.ts's `labelApart` and `rest` (−3 B; its `label` is a DOM
 * name) and metadata.ts's `declaredTypes` (−3 B: `types` is a DOM name). None is a field of the result,
 * none is read by a string or on an object from outside, Readability reads none, and none is a DOM name (terser would
 * keep it: hence `clean`, not `run`). script-minify.test.ts checks that each is still written in our code.
 */
export const OWN_PRIVATE_NAMES = ['clean', 'chars', 'linked', 'prose', 'proseBlocks', 'teasers', 'labelApart', 'rest', 'declaredTypes'];

/** Readability's own members: those of its prototype (methods, constants), the fields it sets on itself, the names above, but `parse`, which we call. */
export function readabilityMembers(): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@mozilla/readability/Readability.js');
  const prototype = (require(file) as { prototype: object }).prototype;
  const fields = [...readFileSync(file, 'utf8').matchAll(/this\.(_\w+) *=/g)].map((match) => match[1]!);
  return [...new Set([...Object.keys(prototype), ...fields, ...READABILITY_PRIVATE_NAMES])].filter((name) => name !== 'parse');
}

/** WXT's entry module of an unlisted script: its file after the `?`. */
const UNLISTED_ENTRY = /^\0virtual:wxt-unlisted-script-entrypoint\?(.+)$/;

/**
 * The entry module of an injected script (a Vite `load` hook), WXT's (node_modules/wxt/dist/virtual/
 * unlisted-script-entrypoint.mjs) without its wrapper around `main`, which only logs, never in a production
 * build, and rethrows what `main` throws or its promise rejects: the script's value is still `main`'s (−37 B gzip
 * of extract.js). It calls the `main` the script exports by name, a plain function the minifier inlines, where
 * `definition.main()` on the default export's object stayed a method call (−16 B). Null for any other module, which
 * WXT loads as it does.
 */
export function bareInjectedEntry(id: string): string | null {
  const file = UNLISTED_ENTRY.exec(id)?.[1];
  if (!file || !INJECTED_SCRIPTS.includes(`${path.parse(file).name}.js`)) return null;
  return [
    "import { initPlugins } from 'virtual:wxt-plugins';",
    `import { main } from ${JSON.stringify(file)};`,
    'initPlugins();',
    'export default main();',
    '',
  ].join('\n');
}

/** The module of the extraction's switch (`ExtractOptions.off`, set by the benchmark and tests on the source in Node). */
const SWITCHES_MODULE = path.join(import.meta.dirname, 'switched-off.ts');

/**
 * switched-off.ts as the extension's builds load it: nothing switched off, as the injected scripts never pass `off`
 * (entrypoints/extract.ts passes `force` and `maxElements`, clip.ts `force`), so the minifier drops every check and
 * the option with them (~50 B gzip of extract.js). Null for any other module.
 */
export function shippedSwitches(id: string): string | null {
  return id === SWITCHES_MODULE ? 'export const switchedOff = () => false;\nexport const rulesOn = (rules) => rules;\n' : null;
}

/** A built script minified again (below), its rules' names (withoutRuleNames) and Readability's options dropped: what the build ships. */
export async function minifyInjectedScript(code: string): Promise<string> {
  return withoutReadabilityOptions(withoutRuleNames(await minifyWithTerser(code)));
}

/**
 * A built script minified again, Readability's members renamed. The script's value is its last statement's (the
 * result `scripting.executeScript` gives back): `expression` keeps it, and no `!function(){…}()` for its IIFE.
 */
export async function minifyWithTerser(code: string, members = [...readabilityMembers(), ...OWN_PRIVATE_NAMES]): Promise<string> {
  const { code: minified } = await minify(code, {
    ecma: 2020,
    compress: { passes: 4, expression: true, negate_iife: false, ecma: 2020, unsafe_arrows: true, unsafe_methods: true, keep_fargs: false, lhs_constants: false, pure_getters: true },
    format: { quote_style: 1 },
    mangle: { properties: { regex: new RegExp(`^(${members.join('|')})$`) } },
  });
  if (!minified) throw new Error('script-minify: terser returned no code');
  return minified;
}

/** A rule of PAGE_RULES or ARTICLE_RULES as terser writes it, `clean` renamed: `{name:'adSlots',o(t){…` or `{name:'title',o:(t,{title:e})=>…`. */
const RULE_NAME = /\{name:'\w+',(?=[\w$]+[(:])/g;

/**
 * A minified injected script without its rules' names (~190 B gzip of extract.js). Only the `off` switch reads a
 * rule's name, and only the benchmark and tests set it, on the source in Node; the injected scripts never do
 * (entrypoints/extract.ts passes `force` and `maxElements`, clip.ts `force`), so there every rule runs with or
 * without it. Throws unless it finds every rule once, so that a change in how terser writes them cannot drop the
 * names of some and not others, or of anything else.
 */
export function withoutRuleNames(code: string): string {
  const found = code.match(RULE_NAME)?.length ?? 0;
  const rules = PAGE_RULES.length + ARTICLE_RULES.length;
  if (found !== rules) throw new Error(`script-minify: found ${found} rule names where the rules are ${rules}`);
  return code.replace(RULE_NAME, '{');
}

/** The options our extraction gives Readability (`new Readability(page, { keepClasses: true })`) as terser writes them. */
const READABILITY_OPTIONS = /,\{keepClasses:!0\}\)/g;

/**
 * A minified injected script that gives Readability no options (−14 B gzip of extract.js). Our source passes them for
 * Readability as published (compare:extract's `?bare` side, which would strip the classes our rules read without
 * them); the shipped one reads none (its constructor takes the document alone: readability-unused.ts). Throws unless
 * it finds them once, so that a change in how terser writes them cannot leave them or drop anything else.
 */
export function withoutReadabilityOptions(code: string): string {
  const found = code.match(READABILITY_OPTIONS)?.length ?? 0;
  if (found !== 1) throw new Error(`script-minify: found Readability's options ${found} times where they are given once`);
  return code.replace(READABILITY_OPTIONS, ')');
}
