// The clean-up rules around Readability, in the order they run. Each is general (no site names,
// no page phrases), lives in a file named for what it removes, and was measured on the corpus with
// `npm run bench:extract` before it was kept (gains in docs/benchmarks.md; `--without name`
// switches one off, `--ablate` measures each).
import { rulesOn } from '../switched-off';
import { removeAdLabels } from './ad-labels';
import { removeAdSlots } from './ad-slots';
import { removeAppeals } from './appeals';
import { removeAuthorBios } from './author-bios';
import { removeBoxes } from './boxes';
import { removeBylineLine } from './byline-line';
import { removeChrome } from './chrome';
import { removeClosingPrompts } from './closing-prompts';
import { removeClosingTeasers } from './closing-teasers';
import { removeCredits } from './credits';
import { removeDanglingLeadIns } from './dangling-lead-ins';
import { removeDateLines } from './date-lines';
import { removeDuplicates } from './duplicates';
import { removeEditorLines } from './editor-lines';
import { markFormPitches, removeFormPitches } from './form-pitch';
import { removeFollowLinks } from './follow-links';
import { removeFurnitureLines } from './furniture-lines';
import { removeGalleryChrome } from './gallery-chrome';
import { removeHidden } from './hidden';
import { removeHoverCards } from './hover-cards';
import { removeInlineTeasers } from './inline-teasers';
import { giveImagesSources, keepStructure } from './kept-structure';
import { removeLegalNotices } from './legal-notices';
import { removeLinkLists } from './link-lists';
import { removeLinkParagraphs } from './link-paragraphs';
import { removeOrphanCaptions } from './orphan-captions';
import { removeOrphanHeadings } from './orphan-headings';
import { removeOrphanLabels } from './orphan-labels';
import { removePressBoilerplate } from './press-boilerplate';
import { removePromoLines } from './promo-lines';
import { keepSectionHeadings } from './section-headings';
import { markTitleBlock } from './title-block';
import { removeTeaserCards } from './teaser-cards';
import { removeTagLines } from './tag-lines';
import { removeTeaserArticles } from './teaser-articles';
import { removeTitleRepeat } from './title-repeat';
import { removeVideoBoxes } from './video-boxes';
import { removeWidgets } from './widgets';
import { removeWrappers } from './wrappers';

/** What the rules may need besides the article: the byline and title the reader shows in its header, the page's address. */
export interface RuleContext {
  byline: string | null;
  title: string;
  url: string;
}

/** What the page rules read: the title the page declares (titleBlock's); the page's copy is given nothing else (−5 B gzip of extract.js). */
export type PageContext = Pick<RuleContext, 'title'>;

export interface Rule<Target, Context = RuleContext> {
  name: RuleName;
  /** The rule's function itself, taking the fields of the context it reads (a wrapper costs extract.js ~3 B gzip a rule). */
  clean: (target: Target, context: Context) => void;
}

/** Every switchable step: the rules below, plus the extractor's own fallbacks (see utils/extract/index.ts). */
export const RULE_NAMES = ['sectionHeadings', 'hidden', 'videoBoxes', 'adSlots', 'adLabels', 'boxes', 'formPitch', 'widgets', 'chrome', 'credits', 'hoverCards', 'gallery', 'notices', 'pressBoilerplate', 'teaserCards', 'orphanCaptions', 'dates', 'cta', 'lines', 'tagLines', 'editorLines', 'bylineLine', 'authorBios', 'linkParas', 'linkLists', 'inlineTeasers', 'teaserArticles', 'closingPrompts', 'followLinks', 'closingTeasers', 'orphanLabels', 'orphanHeadings', 'leadIns', 'dupes', 'title', 'structure', 'imageSources', 'wrappers', 'jsonLd', 'mainBlock', 'comments'] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** Before Readability, on the clone of the page. */
export const PAGE_RULES: Rule<Document, PageContext>[] = [
  // First: a heading's anchor id made from its words is no mark of an ad or of chrome (adSlots reads ids too).
  { name: 'sectionHeadings', clean: keepSectionHeadings },
  { name: 'hidden', clean: removeHidden },
  // Readability removes scripts before it reads the page: the video's structured data is read here.
  { name: 'videoBoxes', clean: removeVideoBoxes },
  { name: 'adSlots', clean: removeAdSlots },
  { name: 'chrome', clean: markTitleBlock }, // the title block is removed with the chrome, after Readability
  { name: 'formPitch', clean: markFormPitches }, // what Readability keeps of the marked boxes goes after it
  { name: 'imageSources', clean: giveImagesSources },
  { name: 'wrappers', clean: removeWrappers },
];

/** After Readability (classes kept), on the article. */
export const ARTICLE_RULES: Rule<Element>[] = [
  { name: 'adLabels', clean: removeAdLabels },
  { name: 'boxes', clean: removeBoxes },
  { name: 'formPitch', clean: removeFormPitches },
  { name: 'formPitch', clean: removeAppeals }, // a pitch with no form: a bold appeal's donation link
  { name: 'widgets', clean: removeWidgets },
  { name: 'chrome', clean: removeChrome },
  { name: 'credits', clean: removeCredits },
  { name: 'hoverCards', clean: removeHoverCards },
  { name: 'gallery', clean: removeGalleryChrome },
  { name: 'notices', clean: removeLegalNotices },
  { name: 'pressBoilerplate', clean: removePressBoilerplate },
  { name: 'teaserCards', clean: removeTeaserCards },
  { name: 'orphanCaptions', clean: removeOrphanCaptions },
  { name: 'dates', clean: removeDateLines },
  { name: 'cta', clean: removePromoLines },
  { name: 'lines', clean: removeFurnitureLines },
  { name: 'tagLines', clean: removeTagLines },
  { name: 'editorLines', clean: removeEditorLines },
  { name: 'bylineLine', clean: removeBylineLine },
  { name: 'authorBios', clean: removeAuthorBios },
  { name: 'linkParas', clean: removeLinkParagraphs },
  { name: 'linkLists', clean: removeLinkLists },
  { name: 'inlineTeasers', clean: removeInlineTeasers },
  { name: 'teaserArticles', clean: removeTeaserArticles },
  // After the line rules, which clear what would otherwise seem text after the article's end.
  { name: 'closingPrompts', clean: removeClosingPrompts },
  { name: 'followLinks', clean: removeFollowLinks },
  { name: 'closingTeasers', clean: removeClosingTeasers },
  // After the rules that empty boxes: a box left with only its label goes.
  { name: 'orphanLabels', clean: removeOrphanLabels },
  // Last of the removals: a heading whose section they emptied goes with it.
  { name: 'orphanHeadings', clean: removeOrphanHeadings },
  // After every removal: a closing line that introduced something left out is left leading into nothing.
  { name: 'leadIns', clean: removeDanglingLeadIns },
  { name: 'dupes', clean: removeDuplicates },
  { name: 'title', clean: removeTitleRepeat },
  { name: 'structure', clean: keepStructure },
];

/** Runs the rules of a list in order, except those switched off. */
export function runRules<Target, Context>(rules: Rule<Target, Context>[], target: Target, context: Context, off?: readonly RuleName[]): void {
  for (const rule of rulesOn(rules, off)) rule.clean(target, context);
}
