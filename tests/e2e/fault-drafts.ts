// The drafts the fault tests save (and scripts/save-write-size.ts measures): plain ones, and a big one.

export const draft = (origin: string, name: string, html = '<p>Body of the story.</p>', text = 'Body of the story.') => ({
  kind: 'article', url: `${origin}/fault/${name}`, canonicalUrl: `${origin}/fault/${name}`, title: `Fault ${name}`, byline: null,
  siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', html, text, excerpt: 'Body', wordCount: 4, textFragmentUrl: null,
});

/** A save of several megabytes whose words (unique to it) fill the search index to its bound. */
export const bigDraft = (origin: string, name: string) =>
  draft(origin, name, `<p>${`A long paragraph of the ${name} story. `.repeat(150_000)}</p>`,
    Array.from({ length: 30_000 }, (_, i) => `${name.replace(/\W/g, '')}${i.toString(36)}`).join(' '));
