import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `wxt build` writes (wxt.config.ts reads the same variable): `.output`, or the folder named by
 * CLEAN_READER_OUT, so that two checkouts' or two runs' builds and tests can proceed side by side.
 */
export const OUTPUT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.env.CLEAN_READER_OUT ?? '.output');

export type BuildTarget = 'chrome-mv3' | 'chrome-mv3-e2e' | 'firefox-mv2' | 'firefox-mv2-e2e';
export const buildDir = (target: BuildTarget): string => path.join(OUTPUT_DIR, target);
