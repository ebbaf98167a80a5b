// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { statesOffered } from '../../../utils/clippings/state-choices';

describe('the states a clipping may be set to', () => {
  it('offers every settable state but its own', () => {
    expect(statesOffered('unread')).toEqual(['finished', 'archived']);
    expect(statesOffered('finished')).toEqual(['archived', 'unread']);
    expect(statesOffered('archived')).toEqual(['finished', 'unread']);
  });

  it('offers a clipping being read all three (reading is never set by hand), and a selection all three', () => {
    expect(statesOffered('reading')).toEqual(['finished', 'archived', 'unread']);
    expect(statesOffered()).toEqual(['finished', 'archived', 'unread']);
  });
});
