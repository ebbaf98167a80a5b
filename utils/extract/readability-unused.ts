// Build step for extract.js (a 20 KB gzip budget): Readability without the code paths extract.js never takes.
// extract.js makes one Readability, `new Readability(copy, { keepClasses: true })` (utils/extract/index.ts; the
// type in readability-module.d.ts allows no other options), and reads title, byline, dir, lang, content,
// siteName and publishedTime of its result (the type allows no other field). So the paths for other options,
// for its own JSDOMParser (a document we never give it) and for the excerpt and text it returns go; each
// patch finds its exact text (readability-patch.ts), and readability-speed.test.ts holds the result to the
// published Readability.
import { type MethodAtItsCall, type SourcePatch, withMethodsAtTheirCalls, withPatches, withPatternsAtTheirUse } from './readability-patch';

/** Source lines, each ended by a newline. */
const lines = (...text: string[]) => text.map((line) => `${line}\n`).join('');

export const UNUSED_PATHS: SourcePatch[] = [
  {
    name: 'a document as the first argument, options as the second',
    find: lines(
      '  // In some older versions, people passed a URI as the first argument. Cope:',
      '  if (options && options.documentElement) {',
      '    doc = options;',
      '    options = arguments[2];',
      '  } else if (!doc || !doc.documentElement) {',
      '    throw new Error(',
      '      "First argument to Readability constructor should be a document object."',
      '    );',
      '  }',
      '  options = options || {};',
      '',
      '  this._doc = doc;',
      '  this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;',
    ),
    replace: lines('  this._doc = doc;'),
  },
  // With the paths below gone it reads no options: the build gives it none (script-minify.ts, withoutReadabilityOptions).
  { name: 'the document alone', find: lines('function Readability(doc, options) {'), replace: lines('function Readability(doc) {') },
  // `parse` sets both before anything reads them (its first steps, and `_preparedAgain`'s Readability, which never parses, read neither).
  { name: 'no title before parse', find: lines('  this._articleTitle = null;'), replace: '' },
  { name: 'no metadata before parse', find: lines('  this._metadata = {};'), replace: '' },
  {
    // keepClasses: no classes to clean, nor any to preserve; the defaults of the others (the videos allowed read where used, below).
    name: 'the options we pass',
    find: lines(
      '  this._debug = !!options.debug;',
      '  this._maxElemsToParse =',
      '    options.maxElemsToParse || this.DEFAULT_MAX_ELEMS_TO_PARSE;',
      '  this._nbTopCandidates =',
      '    options.nbTopCandidates || this.DEFAULT_N_TOP_CANDIDATES;',
      '  this._charThreshold = options.charThreshold || this.DEFAULT_CHAR_THRESHOLD;',
      '  this._classesToPreserve = this.CLASSES_TO_PRESERVE.concat(',
      '    options.classesToPreserve || []',
      '  );',
      '  this._keepClasses = !!options.keepClasses;',
      '  this._serializer =',
      '    options.serializer ||',
      '    function (el) {',
      '      return el.innerHTML;',
      '    };',
      '  this._disableJSONLD = !!options.disableJSONLD;',
      '  this._allowedVideoRegex = options.allowedVideoRegex || this.REGEXPS.videos;',
      '  this._linkDensityModifier = options.linkDensityModifier || 0;',
    ),
    replace: '',
  },
  // The defaults read where they are used, not copied to fields first; no density modifier (0) added.
  ...[
    ['    for (var t = 0; t < this._nbTopCandidates; t++) {', '    for (var t = 0; t < this.DEFAULT_N_TOP_CANDIDATES; t++) {'],
    ['      if (topCandidates.length > this._nbTopCandidates) {', '      if (topCandidates.length > this.DEFAULT_N_TOP_CANDIDATES) {'],
    ['      if (textLength < this._charThreshold) {', '      if (textLength < this.DEFAULT_CHAR_THRESHOLD) {'],
    ['            linkDensity > 0.2 + this._linkDensityModifier', '            linkDensity > 0.2'],
    ['          if (weight >= 25 && linkDensity > 0.5 + this._linkDensityModifier) {', '          if (weight >= 25 && linkDensity > 0.5) {'],
  ].map(([find, replace]) => ({ name: `the option's default: ${find!.trim()}`, find: lines(find!), replace: lines(replace!) })),
  ...['element.attributes[i].value', 'element.innerHTML', 'embeds[i].attributes[j].value', 'embeds[i].innerHTML'].map((value) => ({
    name: `the videos allowed by default: ${value}`,
    find: `this._allowedVideoRegex.test(${value})`,
    replace: `this.REGEXPS.videos.test(${value})`,
  })),
  // Its one call passes the comma (`_cleanConditionally`), and `_cleanConditionally` adds a score it sets to 0 to the weight.
  // The comma counter, called once (with ","), and the title-heading test, called once: each written where it is called.
  {
    name: 'no char count method',
    find: lines(
      '  /**',
      '   * Get the number of times a string s appears in the node e.',
      '   *',
      '   * @param Element',
      '   * @param string - what to split on. Default is ","',
      '   * @return number (integer)',
      '   **/',
      '  _getCharCount(e, s) {',
      '    s = s || ",";',
      '    return this._getInnerText(e).split(s).length - 1;',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'fewer than 10 commas counted where it is tested',
    find: lines('      if (this._getCharCount(node, ",") < 10) {'),
    replace: lines('      if (this._getInnerText(node).split(",").length < 11) {'),
  },
  {
    name: 'no title-heading method',
    find: lines(
      '  /**',
      '   * Check if this node is an H1 or H2 element whose content is mostly',
      '   * the same as the article title.',
      '   *',
      '   * @param Element  the node to check.',
      '   * @return boolean indicating whether this is a title-like header.',
      '   */',
      '  _headerDuplicatesTitle(node) {',
      '    if (node.tagName != "H1" && node.tagName != "H2") {',
      '      return false;',
      '    }',
      '    var heading = this._getInnerText(node, false);',
      '    this.log("Evaluating similarity of header:", heading, this._articleTitle);',
      '    return this._textSimilarity(this._articleTitle, heading) > 0.75;',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'the title heading tested where it is removed',
    find: lines('        if (shouldRemoveTitleHeader && this._headerDuplicatesTitle(node)) {'),
    replace: lines(
      '        if (',
      '          shouldRemoveTitleHeader &&',
      '          (node.tagName == "H1" || node.tagName == "H2") &&',
      '          this._textSimilarity(this._articleTitle, this._getInnerText(node, false)) > 0.75',
      '        ) {',
    ),
  },
  {
    name: 'no score of 0 added',
    find: lines('      var contentScore = 0;', '', '      if (weight + contentScore < 0) {'),
    replace: lines('      if (weight < 0) {'),
  },
  // No depth is no limit: `maxDepth && …` reads undefined as it reads 0.
  { name: 'no depth default', find: lines('    maxDepth = maxDepth || 0;'), replace: '' },
  // Its calls pass true, false or nothing (true): only false keeps the runs of spaces.
  {
    name: 'spaces normalised unless false',
    find: lines(
      '    normalizeSpaces =',
      '      typeof normalizeSpaces === "undefined" ? true : normalizeSpaces;',
      '    var textContent = e.textContent.trim();',
      '',
      '    if (normalizeSpaces) {',
      '      return textContent.replace(this.REGEXPS.normalize, " ");',
      '    }',
      '    return textContent;',
    ),
    replace: lines('    var textContent = e.textContent.trim();', '    return normalizeSpaces === false ? textContent : textContent.replace(this.REGEXPS.normalize, " ");'),
  },
  // `parse` calls `_grabArticle()` without a page: the document's body, and "paging" (the page is not null) always.
  {
    name: 'the body as the page',
    find: lines('    var isPaging = page !== null;', '    page = page ? page : this._doc.body;'),
    replace: lines('    page = this._doc.body;'),
  },
  {
    name: 'the content marked as paging',
    find: lines('      if (isPaging) {', '        articleContent.id = "readability-content";', '      }'),
    replace: lines('      articleContent.id = "readability-content";'),
  },
  // No site name of its own: it never sets one.
  { name: 'no site name field', find: lines('  this._articleSiteName = null;'), replace: '' },
  { name: 'no site name of its own', find: lines('      siteName: metadata.siteName || this._articleSiteName,'), replace: lines('      siteName: metadata.siteName || null,') },
  {
    name: 'no element limit',
    find: lines('  // Max number of nodes supported by this parser. Default: 0 (no limit)', '  DEFAULT_MAX_ELEMS_TO_PARSE: 0,', ''),
    replace: '',
  },
  {
    name: 'the element limit checked',
    find: lines(
      '    // Avoid parsing too large documents, as per configuration option',
      '    if (this._maxElemsToParse > 0) {',
      '      var numTags = this._doc.getElementsByTagName("*").length;',
      '      if (numTags > this._maxElemsToParse) {',
      '        throw new Error(',
      '          "Aborting parsing document; " + numTags + " elements found"',
      '        );',
      '      }',
      '    }',
      '',
    ),
    replace: '',
  },
  {
    name: 'no classes to preserve',
    find: lines('  // These are the classes that readability sets itself.', '  CLASSES_TO_PRESERVE: ["page"],', ''),
    replace: '',
  },
  // Classes kept, the post-processing is two calls, made where `parse` called it (its one caller), and the method goes.
  {
    name: 'no post-processing method',
    find: lines(
      '  /**',
      '   * Run any post-process modifications to article content as necessary.',
      '   *',
      '   * @param Element',
      '   * @return void',
      '   **/',
      '  _postProcessContent(articleContent) {',
      '    // Readability cannot open relative uris so we convert them to absolute uris.',
      '    this._fixRelativeUris(articleContent);',
      '',
      '    this._simplifyNestedElements(articleContent);',
      '',
      '    if (!this._keepClasses) {',
      '      // Remove classes.',
      '      this._cleanClasses(articleContent);',
      '    }',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'post-processing where parse did it',
    find: lines('    this._postProcessContent(articleContent);'),
    replace: lines('    this._fixRelativeUris(articleContent);', '    this._simplifyNestedElements(articleContent);'),
  },
  // The headings cleaner, called once, its test written where it is called (its log goes with the build's others).
  {
    name: 'no headings cleaner method',
    find: lines(
      '  /**',
      '   * Clean out spurious headers from an Element.',
      '   *',
      '   * @param Element',
      '   * @return void',
      '   **/',
      '  _cleanHeaders(e) {',
      '    let headingNodes = this._getAllNodesWithTag(e, ["h1", "h2"]);',
      '    this._removeNodes(headingNodes, function (node) {',
      '      let shouldRemove = this._getClassWeight(node) < 0;',
      '      if (shouldRemove) {',
      '        this.log("Removing header with low class weight:", node);',
      '      }',
      '      return shouldRemove;',
      '    });',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'headings cleaned where prepArticle did it',
    find: lines('    this._cleanHeaders(articleContent);'),
    replace: lines(
      '    this._removeNodes(this._getAllNodesWithTag(articleContent, ["h1", "h2"]), function (node) {',
      '      return this._getClassWeight(node) < 0;',
      '    });',
    ),
  },
  // The entity map read only by `_unescapeHtmlEntities`, written where it reads it (−9 B gzip).
  {
    name: 'no entity map member',
    find: lines(
      '  // These are the list of HTML entities that need to be escaped.',
      '  HTML_ESCAPE_MAP: {',
      '    lt: "<",',
      '    gt: ">",',
      '    amp: "&",',
      '    quot: \'"\',',
      '    apos: "\'",',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'the entity map where it is read',
    find: lines(
      '    var htmlEscapeMap = this.HTML_ESCAPE_MAP;',
      '    return str',
      '      .replace(/&(quot|amp|apos|lt|gt);/g, function (_, tag) {',
      '        return htmlEscapeMap[tag];',
      '      })',
    ),
    replace: lines(
      '    return str',
      '      .replace(/&(quot|amp|apos|lt|gt);/g, (_, tag) => ({ lt: "<", gt: ">", amp: "&", quot: \'"\', apos: "\'" })[tag])',
    ),
  },
  {
    name: 'no class cleaner',
    find: lines(
      '  /**',
      '   * Removes the class="" attribute from every element in the given',
      '   * subtree, except those that match CLASSES_TO_PRESERVE and',
      '   * the classesToPreserve array from the options object.',
      '   *',
      '   * @param Element',
      '   * @return void',
      '   */',
      '  _cleanClasses(node) {',
      '    var classesToPreserve = this._classesToPreserve;',
      '    var className = (node.getAttribute("class") || "")',
      '      .split(/\\s+/)',
      '      .filter(cls => classesToPreserve.includes(cls))',
      '      .join(" ");',
      '',
      '    if (className) {',
      '      node.setAttribute("class", className);',
      '    } else {',
      '      node.removeAttribute("class");',
      '    }',
      '',
      '    for (node = node.firstElementChild; node; node = node.nextElementSibling) {',
      '      this._cleanClasses(node);',
      '    }',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'JSON-LD read',
    find: lines('    var jsonLd = this._disableJSONLD ? {} : this._getJSONLD(this._doc);'),
    replace: lines('    var jsonLd = this._getJSONLD(this._doc);'),
  },
  // Readability's JSDOMParser marks its document (`__JSDOMParser__`) and its live lists; a browser's never are.
  {
    name: 'no JSDOMParser: live lists removed',
    find: lines(
      '    // Avoid ever operating on live node lists.',
      '    if (this._docJSDOMParser && nodeList._isLiveNodeList) {',
      '      throw new Error("Do not pass live node lists to _removeNodes");',
      '    }',
    ),
    replace: '',
  },
  {
    name: 'no JSDOMParser: live lists retagged',
    find: lines(
      '    // Avoid ever operating on live node lists.',
      '    if (this._docJSDOMParser && nodeList._isLiveNodeList) {',
      '      throw new Error("Do not pass live node lists to _replaceNodeTags");',
      '    }',
    ),
    replace: '',
  },
  {
    name: 'no JSDOMParser: a tag renamed',
    find: lines('    if (this._docJSDOMParser) {', '      node.localName = tag.toLowerCase();', '      node.tagName = tag.toUpperCase();', '      return node;', '    }', ''),
    replace: '',
  },
  {
    // Readability passes a document or an element, which both have querySelectorAll.
    name: 'querySelectorAll',
    find: lines(
      '    if (node.querySelectorAll) {',
      '      return node.querySelectorAll(tagNames.join(","));',
      '    }',
      '    return [].concat.apply(',
      '      [],',
      '      tagNames.map(function (tag) {',
      '        var collection = node.getElementsByTagName(tag);',
      '        return Array.isArray(collection) ? collection : Array.from(collection);',
      '      })',
      '    );',
    ),
    replace: lines('    return node.querySelectorAll(tagNames.join(","));'),
  },
  {
    name: 'no _findNode (never called)',
    find: lines(
      '  /**',
      '   * Iterate over a NodeList, and return the first node that passes',
      '   * the supplied test function',
      '   *',
      '   * For convenience, the current object context is applied to the provided',
      '   * test function.',
      '   *',
      '   * @param  NodeList nodeList The NodeList.',
      '   * @param  Function fn       The test function.',
      '   * @return void',
      '   */',
      '  _findNode(nodeList, fn) {',
      '    return Array.prototype.find.call(nodeList, fn, this);',
      '  },',
      '',
    ),
    replace: '',
  },
  // Patterns of its REGEXPS that no code of Readability 0.6 reads (left from its paging and font-tag days).
  {
    name: 'no unused patterns: extraneous',
    find: lines('    extraneous:', '      /print|archive|comment|discuss|e[\\-]?mail|share|reply|all|login|sign|single|utility/i,'),
    replace: '',
  },
  {
    name: 'no unused patterns: font tags',
    find: lines('    replaceFonts: /<(\\/?)font[^>]*>/gi,'),
    replace: '',
  },
  {
    name: 'no unused patterns: next and previous page links',
    find: lines('    nextLink: /(next|weiter|continue|>([^\\|]|$)|»([^\\|]|$))/i,', '    prevLink: /(prev|earl|old|new|<|«)/i,'),
    replace: '',
  },
  // Patterns written longer than what they match: the same matches, fewer bytes. `jsonLdArticleTypes`, `positive` and
  // `byline` are only tested (`.match` in a condition, `.test`), and an alternative that holds another unanchored one
  // as a substring decides nothing (AnalysisNewsArticle holds NewsArticle, MedicalScholarlyArticle ScholarlyArticle,
  // LiveBlogPosting BlogPosting; hentry and h-entry hold entry, p-author author); `commas` only splits, and one
  // character class splits as the alternation of its characters.
  {
    name: 'positive without the alternatives that decide nothing',
    find: lines('      /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,'),
    replace: lines('      /article|body|content|entry|main|page|pagination|post|text|blog|story/i,'),
  },
  {
    name: 'byline without the alternative that decides nothing',
    find: lines('    byline: /byline|author|dateline|writtenby|p-author/i,'),
    replace: lines('    byline: /byline|author|dateline|writtenby/i,'),
  },
  {
    name: 'JSON-LD article types without the alternatives that decide nothing',
    find: lines(
      '    jsonLdArticleTypes:',
      '      /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/,',
    ),
    replace: lines('    jsonLdArticleTypes: /^Article|(AdvertiserContent|News|Satirical|Scholarly|Tech)Article|Report|(Blog|DiscussionForum|SocialMedia)Posting|APIReference$/,'),
  },
  {
    name: 'commas as one character class',
    find: lines('    commas: /\\u002C|\\u060C|\\uFE50|\\uFE10|\\uFE11|\\u2E41|\\u2E34|\\u2E32|\\uFF0C/g,'),
    replace: lines('    commas: /[,\\u060C\\uFE50\\uFE10\\uFE11\\u2E41\\u2E34\\u2E32\\uFF0C]/g,'),
  },
  // Tests written shorter, the same for every input. `loadingWords` is only tested: its outer group captures nothing
  // read. `i` finds no other case of a space, "|", "-", "\", "/", ">" or "»". `\:` is ":". An empty class or id matches
  // neither weight pattern, so it needs no test of its own.
  {
    name: 'loading words without their outer group',
    find: lines('      /^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$/iu,'),
    replace: lines('      /^(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?$/iu,'),
  },
  ...[
    ['      let allSeparators = Array.from(origTitle.matchAll(/ [\\|\\-\\\\\\/>»] /gi));', '      let allSeparators = Array.from(origTitle.matchAll(/ [\\|\\-\\\\\\/>»] /g));'],
    ['        curTitle = origTitle.replace(/^[^\\|\\-\\\\\\/>»]*[\\|\\-\\\\\\/>»]/gi, "");', '        curTitle = origTitle.replace(/^[^\\|\\-\\\\\\/>»]*[\\|\\-\\\\\\/>»]/g, "");'],
    ['          var schemaDotOrgRegex = /^https?\\:\\/\\/schema\\.org\\/?$/;', '          var schemaDotOrgRegex = /^https?:\\/\\/schema\\.org\\/?$/;'],
    ['    if (typeof e.className === "string" && e.className !== "") {', '    if (typeof e.className === "string") {'],
    ['    if (typeof e.id === "string" && e.id !== "") {', '    if (typeof e.id === "string") {'],
  ].map(([find, replace]) => ({ name: `the same test: ${find!.trim()}`, find: lines(find!), replace: lines(replace!) })),
  {
    name: 'empty blocks told by one pattern',
    find: lines(
      '          (node.tagName === "DIV" ||',
      '            node.tagName === "SECTION" ||',
      '            node.tagName === "HEADER" ||',
      '            node.tagName === "H1" ||',
      '            node.tagName === "H2" ||',
      '            node.tagName === "H3" ||',
      '            node.tagName === "H4" ||',
      '            node.tagName === "H5" ||',
      '            node.tagName === "H6") &&',
    ),
    replace: lines('          /^(DIV|SECTION|HEADER|H[1-6])$/.test(node.tagName) &&'),
  },
  // Paths its own calls never take: the top candidate is not null past the test for null; `_isElementWithoutContent` is
  // given elements only (`_grabArticle`'s and `_simplifyNestedElements`' walks go from element to element);
  // `_cleanConditionally` is called for forms, fieldsets, tables, "ul" and divs, never "ol"; `some` reads its callback's
  // answer as true or false; spaces are normalised unless `_getInnerText` is told false (above), so true need not be said.
  { name: 'the top candidate found', find: lines('      } else if (topCandidate) {'), replace: lines('      } else {') },
  { name: 'empty elements given elements', find: lines('      node.nodeType === this.ELEMENT_NODE &&', '      !node.textContent.trim().length &&'), replace: lines('      !node.textContent.trim().length &&') },
  { name: 'no "ol" cleaned conditionally', find: lines('      var isList = tag === "ul" || tag === "ol";'), replace: lines('      var isList = tag === "ul";') },
  { name: 'a descendant found', find: lines('        return !!table.getElementsByTagName(tag)[0];'), replace: lines('        return table.getElementsByTagName(tag)[0];') },
  ...[
    '      var textLength = this._getInnerText(articleContent, true).length;',
    '    var textLength = this._getInnerText(e, true).length;',
    '      child => (childrenLength += this._getInnerText(child, true).length)',
  ].map((find) => ({ name: `spaces normalised by default: ${find.trim()}`, find: lines(find), replace: lines(find.replace(', true)', ')')) })),
  // The name pattern of meta tags without "description": the excerpt is gone (above), and nothing else reads a
  // description, so such a tag's value need not be kept. (The property pattern keeps it: a property it matches keeps the
  // name pattern from being tried.) Its content is known not empty where the name is kept.
  {
    name: 'meta names without description',
    find: lines('      /^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|creator|pub-date|description|title|site_name)\\s*$/i;'),
    replace: lines('      /^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?(author|creator|pub-date|title|site_name)\\s*$/i;'),
  },
  {
    name: 'a meta name kept with its content',
    find: lines(
      '        name = elementName;',
      '        if (content) {',
      '          // Convert to lowercase, remove any whitespace, and convert dots',
      '          // to colons so we can match below.',
      '          name = name.toLowerCase().replace(/\\s/g, "").replace(/\\./g, ":");',
      '          values[name] = content.trim();',
      '        }',
    ),
    replace: lines('        name = elementName.toLowerCase().replace(/\\s/g, "").replace(/\\./g, ":");', '        values[name] = content.trim();'),
  },
  // The debug log of the article's HTML (debug is never on: readability-quiet.ts drops the logger).
  ...['Article content pre-prep', 'Article content post-prep', 'Article content after paging'].map((message) => ({
    name: `no debug log: ${message}`,
    find: lines('      if (this._debug) {', `        this.log("${message}: " + articleContent.innerHTML);`, '      }'),
    replace: '',
  })),
  // The excerpt: from JSON-LD, from meta tags, else the article's first paragraph.
  {
    name: 'no excerpt: JSON-LD',
    find: lines('          if (typeof parsed.description === "string") {', '            metadata.excerpt = parsed.description.trim();', '          }'),
    replace: '',
  },
  {
    name: 'no excerpt: meta tags',
    find: lines(
      '    // get description',
      '    metadata.excerpt =',
      '      jsonld.excerpt ||',
      '      values["dc:description"] ||',
      '      values["dcterm:description"] ||',
      '      values["og:description"] ||',
      '      values["weibo:article:description"] ||',
      '      values["weibo:webpage:description"] ||',
      '      values.description ||',
      '      values["twitter:description"];',
      '',
    ),
    replace: '',
  },
  {
    name: 'no excerpt: unescaped',
    find: lines('    metadata.excerpt = this._unescapeHtmlEntities(metadata.excerpt);'),
    replace: '',
  },
  {
    // Nor the article's text and its length; the content serialised as Readability's default serializer does.
    name: 'the result we read',
    find: lines(
      "    // If we haven't found an excerpt in the article's metadata, use the article's",
      '    // first paragraph as the excerpt. This is used for displaying a preview of',
      "    // the article's content.",
      '    if (!metadata.excerpt) {',
      '      var paragraphs = articleContent.getElementsByTagName("p");',
      '      if (paragraphs.length) {',
      '        metadata.excerpt = paragraphs[0].textContent.trim();',
      '      }',
      '    }',
      '',
      '    var textContent = articleContent.textContent;',
      '    return {',
      '      title: this._articleTitle,',
      '      byline: metadata.byline || this._articleByline,',
      '      dir: this._articleDir,',
      '      lang: this._articleLang,',
      '      content: this._serializer(articleContent),',
      '      textContent,',
      '      length: textContent.length,',
      '      excerpt: metadata.excerpt,',
    ),
    replace: lines(
      '    return {',
      '      title: this._articleTitle,',
      '      byline: metadata.byline || this._articleByline,',
      '      dir: this._articleDir,',
      '      lang: this._articleLang,',
      '      content: articleContent.innerHTML,',
    ),
  },
  // The title's type checked after `trim()`, which returns a string or throws (caught): never anything else.
  {
    name: 'the title a string',
    find: lines(
      '      curTitle = origTitle = doc.title.trim();',
      '',
      '      // If they had an element with id "title" in their HTML',
      '      if (typeof curTitle !== "string") {',
      '        curTitle = origTitle = this._getInnerText(',
      '          doc.getElementsByTagName("title")[0]',
      '        );',
      '      }',
    ),
    replace: lines('      curTitle = origTitle = doc.title.trim();'),
  },
  // index.ts's copy of the page has no style sheets (pageCopy removes them before anything is parsed), nor the page
  // made again for a retry (the same copy): none to remove.
  {
    name: 'no style sheets to remove',
    find: lines('    // Remove all style tags in head', '    this._removeNodes(this._getAllNodesWithTag(doc, ["style"]));', ''),
    replace: '',
  },
  // `_cleanStyles` is called on the article and on each of its children: never without an element.
  { name: 'styles cleaned on an element', find: lines('    if (!e || e.tagName.toLowerCase() === "svg") {'), replace: lines('    if (e.tagName.toLowerCase() === "svg") {') },
  // A data URL matched once (the pattern has no global flag: `test` then `exec` on the same text match alike).
  {
    name: 'a data URL matched once',
    find: lines(
      '        if (elem.src && this.REGEXPS.b64DataUrl.test(elem.src)) {',
      '          // Make sure it\'s not SVG, because SVG can have a meaningful image in under 133 bytes.',
      '          var parts = this.REGEXPS.b64DataUrl.exec(elem.src);',
    ),
    replace: lines(
      '        var parts = elem.src && this.REGEXPS.b64DataUrl.exec(elem.src);',
      '        if (parts) {',
      '          // Make sure it\'s not SVG, because SVG can have a meaningful image in under 133 bytes.',
    ),
  },
  // Its calls name the ancestor's tag in lower case and it upper-cased it on every call: named in upper case where called.
  { name: 'the ancestor tag as given', find: lines('    tagName = tagName.toUpperCase();'), replace: '' },
  ...[
    ['            !this._hasAncestorTag(node, "table") &&', '            !this._hasAncestorTag(node, "TABLE") &&'],
    ['            !this._hasAncestorTag(node, "code") &&', '            !this._hasAncestorTag(node, "CODE") &&'],
    ['      if (this._hasAncestorTag(node, "table", -1, isDataTable)) {', '      if (this._hasAncestorTag(node, "TABLE", -1, isDataTable)) {'],
    ['      if (this._hasAncestorTag(node, "code")) {', '      if (this._hasAncestorTag(node, "CODE")) {'],
    ['        var isFigureChild = this._hasAncestorTag(node, "figure");', '        var isFigureChild = this._hasAncestorTag(node, "FIGURE");'],
  ].map(([find, replace]) => ({ name: `the ancestor tag in upper case: ${find!.trim()}`, find: lines(find!), replace: lines(replace!) })),

  // Methods called in one place, written there (a method costs extract.js its name twice and its header after minifying;
  // larger ones are moved whole: ONCE_CALLED, below). These read the source as the speed patches leave it
  // (readability-speed.ts runs first): the byline's text read last, no style object for an element without a style.
  {
    name: 'no byline method',
    find: lines(
      '  /**',
      '   * Checks whether an element node contains a valid byline',
      '   *',
      '   * @param node {Element}',
      '   * @param matchString {string}',
      '   * @return boolean',
      '   */',
      '  _isValidByline(node, matchString) {',
      '    var rel = node.getAttribute("rel");',
      '    var itemprop = node.getAttribute("itemprop");',
      '    var bylineLength;',
      '',
      '    return (',
      '      (rel === "author" ||',
      '        (itemprop && itemprop.includes("author")) ||',
      '        this.REGEXPS.byline.test(matchString)) &&',
      '      !!(bylineLength = node.textContent.trim().length) &&',
      '      bylineLength < 100',
      '    );',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    // The same test in an `if`: an itemprop without "author" (or none) is false there as `itemprop && …` was.
    name: 'the byline tested where it is found',
    find: lines('        if (', '          !this._articleByline &&', '          !this._metadata.byline &&', '          this._isValidByline(node, matchString)', '        ) {'),
    replace: lines(
      '        var bylineLength;',
      '        if (',
      '          !this._articleByline &&',
      '          !this._metadata.byline &&',
      '          (node.getAttribute("rel") === "author" ||',
      '            node.getAttribute("itemprop")?.includes("author") ||',
      '            this.REGEXPS.byline.test(matchString)) &&',
      '          (bylineLength = node.textContent.trim().length) &&',
      '          bylineLength < 100',
      '        ) {',
    ),
  },
  {
    name: 'no visibility method',
    find: lines(
      '  _isProbablyVisible(node) {',
      '    // Have to null-check node.style and node.className.includes to deal with SVG and MathML nodes.',
      '    return (',
      '      (!node.hasAttribute("style") || !node.style || (node.style.display != "none" && node.style.visibility != "hidden")) &&',
      '      !node.hasAttribute("hidden") &&',
      '      //check for "fallback-image" so that wikimedia math images are displayed',
      '      (!node.hasAttribute("aria-hidden") ||',
      '        node.getAttribute("aria-hidden") != "true" ||',
      '        (node.className &&',
      '          node.className.includes &&',
      '          node.className.includes("fallback-image")))',
      '    );',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    name: 'visibility tested where nodes are walked',
    find: lines('        if (!this._isProbablyVisible(node)) {'),
    replace: lines(
      '        if (',
      '          !(',
      '            (!node.hasAttribute("style") || !node.style || (node.style.display != "none" && node.style.visibility != "hidden")) &&',
      '            !node.hasAttribute("hidden") &&',
      '            (!node.hasAttribute("aria-hidden") ||',
      '              node.getAttribute("aria-hidden") != "true" ||',
      '              (node.className && node.className.includes && node.className.includes("fallback-image")))',
      '          )',
      '        ) {',
    ),
  },
  {
    name: 'no matched-nodes cleaner',
    find: lines(
      '  /**',
      '   * Clean out elements that match the specified conditions',
      '   *',
      '   * @param Element',
      '   * @param Function determines whether a node should be removed',
      '   * @return void',
      '   **/',
      '  _cleanMatchedNodes(e, filter) {',
      '    var endOfSearchMarkerNode = this._getNextNode(e, true);',
      '    var next = this._getNextNode(e);',
      '    while (next && next != endOfSearchMarkerNode) {',
      '      if (filter.call(this, next, next.className + " " + next.id)) {',
      '        next = this._removeAndGetNext(next);',
      '      } else {',
      '        next = this._getNextNode(next);',
      '      }',
      '    }',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    // Its filter, called with the node and its class and id, written as the test.
    name: 'share boxes cleaned where prepArticle did it',
    find: lines(
      '      this._cleanMatchedNodes(topCandidate, function (node, matchString) {',
      '        return (',
      '          this.REGEXPS.shareElements.test(matchString) &&',
      '          node.textContent.length < shareElementThreshold',
      '        );',
      '      });',
    ),
    replace: lines(
      '      var endOfSearchMarkerNode = this._getNextNode(topCandidate, true);',
      '      var next = this._getNextNode(topCandidate);',
      '      while (next && next != endOfSearchMarkerNode) {',
      '        if (this.REGEXPS.shareElements.test(next.className + " " + next.id) && next.textContent.length < shareElementThreshold) {',
      '          next = this._removeAndGetNext(next);',
      '        } else {',
      '          next = this._getNextNode(next);',
      '        }',
      '      }',
    ),
  },
  {
    name: 'no row and column counter',
    find: lines(
      '  /**',
      '   * Return an object indicating how many rows and columns this table has.',
      '   */',
      '  _getRowAndColumnCount(table) {',
      '    var rows = 0;',
      '    var columns = 0;',
      '    var trs = table.getElementsByTagName("tr");',
      '    for (var i = 0; i < trs.length; i++) {',
      '      var rowspan = trs[i].getAttribute("rowspan") || 0;',
      '      if (rowspan) {',
      '        rowspan = parseInt(rowspan, 10);',
      '      }',
      '      rows += rowspan || 1;',
      '',
      '      // Now look for column-related info',
      '      var columnsInThisRow = 0;',
      '      var cells = trs[i].getElementsByTagName("td");',
      '      for (var j = 0; j < cells.length; j++) {',
      '        var colspan = cells[j].getAttribute("colspan") || 0;',
      '        if (colspan) {',
      '          colspan = parseInt(colspan, 10);',
      '        }',
      '        columnsInThisRow += colspan || 1;',
      '      }',
      '      columns = Math.max(columns, columnsInThisRow);',
      '    }',
      '    return { rows, columns };',
      '  },',
      '',
    ),
    replace: '',
  },
  {
    // Counted in the loop over the tables, whose own index is `i`: the rows' is `k`; the counts read as two variables. A
    // span is read as a number, else 1: `parseInt` of a missing, empty or wordy span is NaN, and of "0" is 0, both read as
    // 1 as before (the span taken only when set, then parsed, then 1 when 0 or NaN).
    name: 'rows and columns counted where a table is told',
    find: lines('      var sizeInfo = this._getRowAndColumnCount(table);', '', '      if (sizeInfo.columns == 1 || sizeInfo.rows == 1) {'),
    replace: lines(
      '      var rows = 0;',
      '      var columns = 0;',
      '      var trs = table.getElementsByTagName("tr");',
      '      for (var k = 0; k < trs.length; k++) {',
      '        rows += parseInt(trs[k].getAttribute("rowspan"), 10) || 1;',
      '        var columnsInThisRow = 0;',
      '        var cells = trs[k].getElementsByTagName("td");',
      '        for (var j = 0; j < cells.length; j++) {',
      '          columnsInThisRow += parseInt(cells[j].getAttribute("colspan"), 10) || 1;',
      '        }',
      '        columns = Math.max(columns, columnsInThisRow);',
      '      }',
      '',
      '      if (columns == 1 || rows == 1) {',
    ),
  },
  { name: 'rows and columns read: many', find: lines('      if (sizeInfo.rows >= 10 || sizeInfo.columns > 4) {'), replace: lines('      if (rows >= 10 || columns > 4) {') },
  { name: 'rows and columns read: by size', find: lines('      table._readabilityDataTable = sizeInfo.rows * sizeInfo.columns > 10;'), replace: lines('      table._readabilityDataTable = rows * columns > 10;') },
  // The flags read and turned off where it asks (two methods fewer). They are the three bits of FLAG_…, set together when
  // Readability is made and only turned off: after a short attempt the lowest one set goes (`flags & flags - 1`), as the
  // chain of tests turned off the first of them set; with none left, the longest attempt is taken as before.
  {
    name: 'no flag methods',
    find: lines('  _flagIsActive(flag) {', '    return (this._flags & flag) > 0;', '  },', '', '  _removeFlag(flag) {', '    this._flags = this._flags & ~flag;', '  },', ''),
    replace: '',
  },
  {
    name: 'a flag read: strip unlikely candidates',
    find: lines('      var stripUnlikelyCandidates = this._flagIsActive(', '        this.FLAG_STRIP_UNLIKELYS', '      );'),
    replace: lines('      var stripUnlikelyCandidates = this._flags & this.FLAG_STRIP_UNLIKELYS;'),
  },
  ...['WEIGHT_CLASSES', 'CLEAN_CONDITIONALLY'].map((flag) => ({
    name: `a flag read: ${flag}`,
    find: lines(`    if (!this._flagIsActive(this.FLAG_${flag})) {`),
    replace: lines(`    if (!(this._flags & this.FLAG_${flag})) {`),
  })),
  {
    name: 'the lowest flag turned off',
    find: lines(
      '        if (this._flagIsActive(this.FLAG_STRIP_UNLIKELYS)) {',
      '          this._removeFlag(this.FLAG_STRIP_UNLIKELYS);',
      '        } else if (this._flagIsActive(this.FLAG_WEIGHT_CLASSES)) {',
      '          this._removeFlag(this.FLAG_WEIGHT_CLASSES);',
      '        } else if (this._flagIsActive(this.FLAG_CLEAN_CONDITIONALLY)) {',
      '          this._removeFlag(this.FLAG_CLEAN_CONDITIONALLY);',
      '        } else {',
    ),
    replace: lines('        if (this._flags) {', '          this._flags &= this._flags - 1;', '        } else {'),
  },
];

/**
 * Larger methods called in one place, moved there whole (readability-patch.ts, withMethodsAtTheirCalls; their bodies
 * pinned). Each parameter is the call's argument under another name, or the same; the body's own variables are no name
 * the caller uses (a callback's are its own). `_getJSONLD`'s result, kept in its `metadata` until it returns, is the
 * caller's `jsonLd`, and the caller's own `metadata` is set only after (by `_getArticleMetadata`'s body, which makes it
 * anew and returns it). Only where gzip gains: `_fixRelativeUris` at its call cost 13 B.
 */
export const ONCE_CALLED: MethodAtItsCall[] = [
  { method: '_replaceBrs', call: lines('      this._replaceBrs(doc.body);'), body: 'b4df7fcf7d78', at: (body) => body.replace('(elem, ["br"])', '(doc.body, ["br"])') },
  { method: '_markDataTables', call: lines('    this._markDataTables(articleContent);'), body: '7d51cab48e1b', at: (body) => body.replace('root.getElementsByTagName', 'articleContent.getElementsByTagName') },
  { method: '_fixLazyImages', call: lines('    this._fixLazyImages(articleContent);'), body: 'b6b8783bb77e', at: (body) => body.replace('(root, ["img", "picture", "figure"])', '(articleContent, ["img", "picture", "figure"])') },
  { method: '_simplifyNestedElements', call: lines('    this._simplifyNestedElements(articleContent);'), body: '381d29199e6d', at: (body) => body },
  {
    method: '_getJSONLD',
    call: lines('    var jsonLd = this._getJSONLD(this._doc);'),
    body: '5b7992013f41',
    at: (body) => body.replace('(doc, ["script"])', '(this._doc, ["script"])').replace('    return metadata ? metadata : {};\n', '    var jsonLd = metadata ? metadata : {};\n'),
  },
  {
    method: '_getArticleMetadata',
    call: lines('    var metadata = this._getArticleMetadata(jsonLd);'),
    body: '6e4764f3085a',
    at: (body) => body.replaceAll('jsonld.', 'jsonLd.').replace(/ {4}return metadata;\n$/, ''),
  },
];

/**
 * Patterns of REGEXPS read in one place, written there (withPatternsAtTheirUse: a member costs extract.js its key and
 * `this.REGEXPS.` at the read). Each is stateless where it is read: `srcsetUrl` and `commas`, global, only by `replace`
 * and `split`; the others without the flag. `unlikelyCandidates` and `okMaybeItsACandidate` stay: our rules read them
 * (rules/section-headings.ts).
 */
export const ONCE_READ_PATTERNS = ['byline', 'shareElements', 'whitespace', 'hasContent', 'hashUrl', 'srcsetUrl', 'b64DataUrl', 'commas', 'adWords', 'loadingWords'];

/**
 * Readability's source, as the speed patches leave it, without the paths extract.js never takes and with its once-called
 * methods and once-read patterns written where they are used; throws when a patch no longer finds its text once.
 */
export function withoutUnusedPaths(source: string): string {
  return withPatternsAtTheirUse(withMethodsAtTheirCalls(withPatches(source, UNUSED_PATHS), ONCE_CALLED), ONCE_READ_PATTERNS);
}
