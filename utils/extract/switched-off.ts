import type { RuleName } from './rules';

// `ExtractOptions.off`, the benchmark's and the tests' switch, set on the source in Node. The injected scripts never
// set it (entrypoints/extract.ts, clip.ts), so their build loads this module as "none is off" (`shippedSwitches`,
// script-minify.ts) and the minifier drops the checks and the option with them.

/** Whether one step of the extraction is switched off. */
export function switchedOff(off: readonly RuleName[] | undefined, step: RuleName): boolean {
  return !!off?.includes(step);
}

/** The rules of a list that are not switched off. */
export function rulesOn<Rule extends { name: RuleName }>(rules: Rule[], off: readonly RuleName[] | undefined): Rule[] {
  return off ? rules.filter((rule) => !off.includes(rule.name)) : rules;
}
