// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toolbarPlace } from '@/utils/highlights/toolbar-place';

const line = (top: number, left: number, right: number) => ({ top, bottom: top + 24, left, right });
const size = { width: 300, height: 38 };
const view = { top: 50, width: 1280 };
const column = { left: 188, right: 738 };
const wide = { left: 0, right: 1280 };

describe('toolbarPlace', () => {
  it('sits just above the first line, where the selection starts (not at the left of a multi-line box)', () => {
    expect(toolbarPlace(line(400, 420, 730), line(432, 188, 300), size, view, column)).toEqual({ top: 400 - 6 - 38, left: 420 });
  });

  it('goes below the last line when the sticky toolbar leaves no room above', () => {
    expect(toolbarPlace(line(90, 200, 500), line(122, 188, 400), size, view, column)).toEqual({ top: 122 + 24 + 6, left: 200 });
    // exactly enough room above: stays above
    expect(toolbarPlace(line(50 + 6 + 38 + 6, 200, 500), line(200, 188, 400), size, view, column).top).toBe(56);
  });

  it('keeps to the text column when it fits there: a selection near the column\'s end does not push it over the key facts', () => {
    expect(toolbarPlace(line(400, 600, 730), line(400, 600, 730), size, view, column).left).toBe(738 - 300);
  });

  it('stays inside the view: a selection at the right edge, or in a window narrower than the toolbar', () => {
    expect(toolbarPlace(line(400, 1200, 1270), line(400, 1200, 1270), size, view, wide).left).toBe(1280 - 300 - 6);
    expect(toolbarPlace(line(400, 100, 200), line(400, 100, 200), size, { top: 50, width: 250 }, { left: 10, right: 240 }).left).toBe(6);
    // a column narrower than the toolbar: from the column's start, as far as the view allows
    expect(toolbarPlace(line(400, 150, 300), line(400, 150, 300), size, view, { left: 100, right: 350 }).left).toBe(100);
  });

  it('ends at the selection\'s start in right-to-left text', () => {
    expect(toolbarPlace(line(400, 500, 900), line(432, 600, 1000), size, view, wide, true).left).toBe(900 - 300);
  });
});
