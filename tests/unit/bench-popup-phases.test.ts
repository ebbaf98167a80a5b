// bench:popup's A/B pairs a step of the two builds page by page (scripts/bench-popup-phases.ts).
import { describe, expect, it } from 'vitest';
import { pairedStepRatios, type PhaseSample } from '../../scripts/bench-popup-phases';

describe('pairedStepRatios', () => {
  it('divides this build’s step by the base build’s on the same page, and skips pages either lacks', () => {
    const ours = new Map<string, PhaseSample>([
      ['a', { sent: 10, received: 40 }],
      ['b', { sent: 5, received: 25 }],
      ['c', { sent: 5 }],
      ['d', { sent: 0, received: 9 }],
    ]);
    const base = new Map<string, PhaseSample>([
      ['b', { sent: 0, received: 40 }],
      ['a', { sent: 20, received: 80 }],
      ['c', { sent: 0, received: 10 }],
    ]);
    expect(pairedStepRatios(ours, base, 'sent', 'received')).toEqual([0.5, 0.5]);
  });

  it('leaves out a page whose base step took no time (no ratio to take)', () => {
    expect(pairedStepRatios(new Map([['a', { sent: 1, received: 2 }]]), new Map([['a', { sent: 3, received: 3 }]]), 'sent', 'received')).toEqual([]);
  });
});
