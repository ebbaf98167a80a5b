// @vitest-environment node
// bench:popup's A/B pairs a step of the two builds page by page (scripts/bench-popup-phases.ts).
import { describe, expect, it } from 'vitest';
import { COLD_STATES, coldParts, pairedStepRatios, type ColdState, type PhaseSample } from '../../scripts/bench-popup-phases';

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

describe('coldParts', () => {
  const states = (rows: Record<string, [number, number, number, number]>): Record<ColdState, Map<string, number>> =>
    Object.fromEntries(COLD_STATES.map((state, i) => [state, new Map(Object.entries(rows).map(([page, ms]) => [page, ms[i]!]))])) as Record<ColdState, Map<string, number>>;

  it('takes each part as the median over pages of one state minus the next warmer one, page by page', () => {
    const parts = coldParts(states({ a: [300, 250, 180, 100], b: [200, 170, 150, 90], c: [260, 240, 160, 120] }));
    expect(parts.map((p) => [p.ms, p.pages])).toEqual([
      [30, 3], // 50, 30, 20
      [70, 3], // 70, 20, 80
      [60, 3], // 80, 60, 40
    ]);
  });

  it('pairs a page only with itself, and leaves out a page that one of the two states lacks', () => {
    const painted = states({ a: [300, 250, 180, 100], b: [200, 170, 150, 90] });
    painted['process running'].delete('a');
    const [launch, firstPage] = coldParts(painted);
    expect(launch).toMatchObject({ ms: 30, pages: 1 });
    expect(firstPage).toMatchObject({ ms: 20, pages: 1 });
  });
});
