// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../../utils/import/anchor';

describe('anchorQuote', () => {
  const text = 'The river rose at dawn.\n\nEngineers opened the sluice   gates before\nnoon, and the town was spared.';

  it('finds an exact quote, with its context and position', () => {
    const anchor = anchorQuote(text, 'Engineers opened');
    expect(anchor).toEqual({
      quote: { type: 'TextQuoteSelector', exact: 'Engineers opened', prefix: 'The river rose at dawn.\n\n', suffix: ' the sluice   gates before\nnoon,' },
      position: { type: 'TextPositionSelector', start: 25, end: 41 },
    });
    expect(text.slice(anchor!.position.start, anchor!.position.end)).toBe('Engineers opened');
  });

  it('lets white space differ, and quotes the text as it is in the article', () => {
    const anchor = anchorQuote(text, 'sluice gates before noon,');
    expect(anchor!.quote.exact).toBe('sluice   gates before\nnoon,');
    expect(text.slice(anchor!.position.start, anchor!.position.end)).toBe(anchor!.quote.exact);
  });

  it('null for a quote that is not there, and for an empty one; special characters are text', () => {
    expect(anchorQuote(text, 'The sea rose')).toBeNull();
    expect(anchorQuote(text, '   ')).toBeNull();
    expect(anchorQuote('a (b) [c] *d*', '(b) [c] *d*')!.position).toEqual({ type: 'TextPositionSelector', start: 2, end: 13 });
    expect(anchorQuote('abc', '.*')).toBeNull();
  });
});
