// `node --import tsx --import ./scripts/shipped-readability.ts …`: our extraction runs Readability as extract.js
// ships it (the build's transform, utils/extract/readability-quiet.ts); see shipped-readability-hooks.ts.
import { register } from 'node:module';

register('./shipped-readability-hooks.ts', import.meta.url);
