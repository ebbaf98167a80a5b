import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/browser/i18n';
import type { KeyFacts as Facts } from '@/utils/keyfacts';
import { shownDates, shownNumbers } from '@/utils/keyfacts/display';
import { firstOfEach } from '@/utils/keyfacts/first-of-each';
import './key-facts.css';

interface Props {
  facts: Facts;
  /** Called with the index (into `facts.sentences`) of the sentence a clicked fact came from. */
  onSelect: (sentenceIndex: number) => void;
}

interface Item {
  key: string;
  sentence: number;
  main: string;
  sub?: string;
}

/** Items shown before a "N more" button. */
const SHOWN = 8;
const QUOTE_MAX = 160;

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '') + '…';
}

/** First occurrence of each text: the extractor lists a number once per sentence. */
const unique = (items: Item[]): Item[] => firstOfEach(items, (it) => it.key);

function Section({ label, items, onSelect, block = false }: { label: MessageKey; items: Item[]; onSelect: (i: number) => void; block?: boolean }) {
  const [all, setAll] = useState(false);
  const id = useId();
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <div class={`cr-facts-section${block ? ' cr-facts-block' : ''}`} role="group" aria-labelledby={id}>
      <h3 class="cr-facts-label" id={id}>
        {t(label)}
      </h3>
      <ul class="cr-facts-list">
        {shown.map((it) => (
          <li key={it.key}>
            <FactButton onClick={() => onSelect(it.sentence)}>
              <span class="cr-fact-main">{it.main}</span>
              {it.sub && <span class="cr-fact-sub">{it.sub}</span>}
            </FactButton>
          </li>
        ))}
        {items.length > SHOWN && (
          <li>
            <button type="button" class="cr-facts-more" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? t('factsFewer') : t('factsMore', String(items.length - SHOWN))}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

function FactButton({ onClick, children }: { onClick: () => void; children: ComponentChildren }) {
  return (
    // dir="auto": a fact from a right-to-left article reads right to left inside the (UI-language) box
    <button type="button" class="cr-fact" dir="auto" title={t('factsShowInArticle')} onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * The article's key facts, compact, above the article: Who · Organisations · Places · When · Numbers · Quotes ·
 * Key points. Everything is rendered as text; each fact is a button that asks to show its sentence.
 * Sections without facts are left out, and so is the whole block when there are none.
 */
export function KeyFacts({ facts, onSelect }: Props) {
  const titleId = useId();
  const text = (list: Array<{ text: string; sentence: number }>) => unique(list.map((f) => ({ key: f.text, sentence: f.sentence, main: f.text })));
  const sections: Array<{ label: MessageKey; items: Item[]; block?: boolean }> = [
    { label: 'factsWho', items: unique(facts.people.map((p) => ({ key: p.name, sentence: p.sentence, main: p.name, ...(p.role ? { sub: p.role } : {}) }))) },
    {
      label: 'factsOrganisations',
      items: unique(facts.organizations.map((o) => ({ key: o.name, sentence: o.sentence, main: o.name, ...(o.acronym && o.acronym !== o.name ? { sub: o.acronym } : {}) }))),
    },
    { label: 'factsPlaces', items: text(facts.places) },
    { label: 'factsWhen', items: text(shownDates(facts.dates, facts.sentences)) },
    { label: 'factsNumbers', items: text(shownNumbers(facts.numbers)) },
    {
      label: 'factsQuotes',
      block: true,
      items: unique(facts.quotes.map((q) => ({ key: q.text, sentence: q.sentence, main: `“${clip(q.text, QUOTE_MAX)}”`, ...(q.speaker ? { sub: q.speaker } : {}) }))),
    },
    { label: 'factsKeyPoints', block: true, items: text(facts.keySentences) },
  ];
  if (sections.every((s) => !s.items.length)) return null;
  return (
    <section class="cr-facts" aria-labelledby={titleId}>
      <h2 class="cr-facts-heading" id={titleId}>
        {t('factsTitle')}
      </h2>
      {sections.map((s) => (
        <Section key={s.label} label={s.label} items={s.items} onSelect={onSelect} block={s.block} />
      ))}
    </section>
  );
}
