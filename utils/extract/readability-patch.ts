// Build steps for extract.js change Readability's source by exact text (readability-speed.ts, readability-unused.ts):
// each patch names the text it replaces, and the build throws when that text is not found exactly once (a new
// Readability), so that no patch is skipped or misapplied silently.

export interface SourcePatch {
  name: string;
  find: string;
  replace: string;
}

/** Readability's source with every patch applied; throws when one no longer finds its text exactly once. */
export function withPatches(source: string, patches: readonly SourcePatch[]): string {
  return patches.reduce((code, { name, find, replace }) => {
    const at = code.indexOf(find);
    if (at < 0 || code.indexOf(find, at + 1) >= 0) throw new Error(`readability: the patch "${name}" no longer finds its text once in Readability`);
    return code.slice(0, at) + replace + code.slice(at + find.length);
  }, source);
}
