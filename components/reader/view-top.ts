/** The bottom of the sticky reader toolbar, in viewport pixels: what is under it is not in view. */
export const viewTop = (): number => document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;
