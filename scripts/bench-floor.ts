// The floor of the popup benches: an empty page of a second, empty extension, marked painted as the
// popup marks itself (one frame after it has painted), so that both are timed the same way.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { POPUP_PAINTED } from '../utils/perf-marks';

/** Writes the empty extension with this manifest into a temporary folder and returns the folder. */
export function makeFloorExtension(manifest: object): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cr-floor-'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ name: 'floor', version: '1', ...manifest }));
  writeFileSync(path.join(dir, 'sw.js'), ''); // an empty service worker (Chromium lists it: the extension's id)
  writeFileSync(path.join(dir, 'empty.html'), '<!doctype html><meta charset="utf-8"><title>floor</title><p>empty</p><script src="empty.js"></script>');
  writeFileSync(path.join(dir, 'empty.js'), `requestAnimationFrame(() => setTimeout(() => performance.mark(${JSON.stringify(POPUP_PAINTED)})));`);
  return dir;
}
