// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keyFactsWithFeatures } from '../../../utils/keyfacts/index';

// Roles the passes missed on fresh stories (issue #16, s34-people). Every sentence is invented.

const roleOf = (text: string, name: string) => keyFactsWithFeatures('', text).facts.people.find((p) => p.name === name)?.role;

describe('a name written with its noble or royal title reads its role around it', () => {
  it('right before the title', () => {
    expect(roleOf('Green Party peer Lord Ashcombe told the committee the plan was flawed. Lord Ashcombe said more.', 'Lord Ashcombe')).toBe('Green Party peer');
  });

  it('in apposition before or after it', () => {
    expect(roleOf('The Lord Chancellor, Lord Veldon, has written to the judges about the delays.', 'Lord Veldon')).toBe('Lord Chancellor');
    expect(roleOf('Lord Pelham, chairman of the Tarn Valley Trust, said the bridge would reopen.', 'Lord Pelham')).toBe('chairman of the Tarn Valley Trust');
  });

  it('none where the words around say none (an opening adverbial, no role)', () => {
    expect(roleOf('Speaking in the chamber, Lord Ashcombe said the plan was flawed.', 'Lord Ashcombe')).toBe('');
    expect(roleOf('Lord Ashcombe spoke on Monday. Lord Ashcombe said more.', 'Lord Ashcombe')).toBe('');
  });
});
