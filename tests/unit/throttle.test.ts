// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '@/utils/throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('runs at most once a second, the last arguments at the end of the interval', () => {
    const calls: Array<[number, number]> = [];
    const save = throttle((n: number) => calls.push([Date.now(), n]), 1000);
    for (let n = 1; n <= 50; n++) {
      save(n);
      vi.advanceTimersByTime(100); // a scroll event every 100 ms for 5 s
    }
    vi.advanceTimersByTime(2000);
    expect(calls[0]).toEqual([1_000_000, 1]);
    expect(calls.at(-1)![1]).toBe(50);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0] - calls[i - 1]![0]).toBeGreaterThanOrEqual(1000);
    expect(calls.length).toBeLessThanOrEqual(6);
  });

  it('flush runs the pending call now; cancel drops it', () => {
    const seen: number[] = [];
    const save = throttle((n: number) => seen.push(n), 1000);
    save(1);
    save(2);
    save.flush();
    expect(seen).toEqual([1, 2]);
    save(3);
    save.cancel();
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([1, 2]);
  });
});
