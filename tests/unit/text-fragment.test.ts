// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../utils/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short passage exactly, replacing any fragment', () => {
    expect(textFragmentUrl('https://a.test/x#top', 'data  centres')).toBe('https://a.test/x#:~:text=data%20centres');
  });

  it('escapes the characters the directive syntax reserves', () => {
    expect(textFragmentUrl('https://a.test/x', 'China-Pakistan, 5G & AI')).toBe(
      'https://a.test/x#:~:text=China%2DPakistan%2C%205G%20%26%20AI',
    );
  });

  it('links a long passage by its first and last words', () => {
    const passage = 'The discussions centred around the development of AI-enabled, energy-efficient data centres, and the acceleration of 5G technology.';
    expect(textFragmentUrl('https://a.test/x', passage)).toBe(
      'https://a.test/x#:~:text=The%20discussions%20centred%20around,acceleration%20of%205G%20technology.',
    );
  });

  it('gives the page itself for an empty passage', () => {
    expect(textFragmentUrl('https://a.test/x#y', '  ')).toBe('https://a.test/x');
  });
});
