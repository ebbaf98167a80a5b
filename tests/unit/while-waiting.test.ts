// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { whileWaiting } from '../../utils/while-waiting';

const aTask = () => new Promise((resolve) => setTimeout(resolve));
const never = new Promise<never>(() => {});

describe('whileWaiting', () => {
  it('runs the steps in order, one per task, while the promise is pending', async () => {
    const ran: string[] = [];
    whileWaiting(never, [() => ran.push('a'), () => ran.push('b'), () => ran.push('c')]);
    expect(ran).toEqual([]); // not in the caller's task
    await aTask();
    expect(ran).toEqual(['a']);
    await aTask();
    expect(ran).toEqual(['a', 'b']);
    for (let i = 0; i < 3; i++) await aTask();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('starts no step once the promise has settled, resolved or rejected', async () => {
    for (const settle of ['resolve', 'reject'] as const) {
      let done!: () => void;
      const pending = new Promise<void>((resolve, reject) => (done = settle === 'resolve' ? resolve : () => reject(new Error('failed'))));
      pending.catch(() => {});
      const ran: string[] = [];
      whileWaiting(pending, [() => (ran.push('first'), done()), () => ran.push('second')]);
      for (let i = 0; i < 4; i++) await aTask();
      expect(ran).toEqual(['first']);
    }
  });

  it('runs nothing when the promise had already settled', async () => {
    const ran: string[] = [];
    whileWaiting(Promise.resolve(), [() => ran.push('a')]);
    for (let i = 0; i < 3; i++) await aTask();
    expect(ran).toEqual([]);
  });
});
