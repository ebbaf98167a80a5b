/** Performance mark set once the popup has painted its article or message (`npm run bench:popup`). */
export const POPUP_PAINTED = 'cr-popup-painted';
