/**
 * The first item of each key, its case aside ("Last year" and "last year" are one): the extractor's dates and the
 * panel's chips are listed once per text. Dependency-free: it ships in the popup's key-facts chunk too.
 */
export function firstOfEach<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
