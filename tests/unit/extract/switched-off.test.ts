// @vitest-environment node
// The benchmark's and the tests' switch (`ExtractOptions.off`) on the source: one step off, the rules of a list left on.
import { describe, expect, it } from 'vitest';
import { rulesOn, switchedOff } from '../../../utils/extract/switched-off';

const rules = [{ name: 'adSlots' as const }, { name: 'boxes' as const }, { name: 'dupes' as const }];

describe('switchedOff', () => {
  it('is true only for a step the list names', () => {
    expect(switchedOff(['jsonLd', 'comments'], 'jsonLd')).toBe(true);
    expect(switchedOff(['jsonLd'], 'mainBlock')).toBe(false);
    expect(switchedOff(undefined, 'mainBlock')).toBe(false);
  });
});

describe('rulesOn', () => {
  it('leaves out the rules switched off, the others in their order', () => {
    expect(rulesOn(rules, ['boxes']).map((rule) => rule.name)).toEqual(['adSlots', 'dupes']);
    expect(rulesOn(rules, [])).toEqual(rules);
    expect(rulesOn(rules, undefined)).toBe(rules);
  });
});
