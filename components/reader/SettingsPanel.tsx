import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { ALIGNS, clamp, DEFAULT_SETTINGS, FONTS, RANGES, THEMES, type ReaderSettings } from '@/utils/settings';

const THEME_LABEL: Record<ReaderSettings['theme'], MessageKey> = {
  system: 'readerThemeSystem',
  light: 'readerThemeLight',
  sepia: 'readerThemeSepia',
  dark: 'readerThemeDark',
  contrast: 'readerThemeContrast',
};
const FONT_LABEL: Record<ReaderSettings['font'], MessageKey> = {
  serif: 'readerFontSerif',
  sans: 'readerFontSans',
  mono: 'readerFontMono',
  readable: 'readerFontReadable',
};
const ALIGN_LABEL: Record<ReaderSettings['align'], MessageKey> = { start: 'readerAlignStart', justify: 'readerAlignJustify' };
// the spacings are in em (apply-settings.ts): a share of the text size
const shareOfSize = (em: number) => t('readerSpacingValue', Math.round(em * 100).toLocaleString());
/** Each slider's setting, its name, and its value in the words a reader would say ("55 characters", not "55"). */
const SLIDERS: Array<[keyof typeof RANGES, MessageKey, (value: number) => string]> = [
  ['size', 'readerSize', (px) => t('readerSizeValue', px.toLocaleString())],
  ['width', 'readerWidth', (ch) => t('readerWidthValue', ch.toLocaleString())],
  ['lineHeight', 'readerLineHeight', (times) => t('readerLineHeightValue', times.toLocaleString())],
  ['letterSpacing', 'readerLetterSpacing', shareOfSize],
  ['wordSpacing', 'readerWordSpacing', shareOfSize],
];

interface Props {
  settings: ReaderSettings;
  onChange: (settings: ReaderSettings) => void;
  onClose: () => void;
  /** Focus moved on to something outside the panel (and not `opener`): close, leaving the focus where it went. */
  onLeave: () => void;
  opener: RefObject<HTMLElement | null>;
}

/** Theme, font, size, measure, spacing and alignment; every change applies at once, and all of them can be undone at once. */
export function SettingsPanel({ settings, onChange, onClose, onLeave, opener }: Props) {
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = <K extends keyof ReaderSettings>(key: K, value: ReaderSettings[K]) => onChange({ ...settings, [key]: value });
  // The panel lies over the page: Tab past its last control went on to the links under it (on a phone, the site link
  // and the key facts), focused out of sight. The opener toggles it by itself.
  const leave = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && !(e.currentTarget as Node).contains(to) && to !== opener.current) onLeave();
  };
  return (
    <section class="reader-panel" role="dialog" aria-modal="false" aria-labelledby="settings-title" onFocusOut={leave}>
      <div class="reader-panel-head">
        <h2 id="settings-title">{t('readerSettingsTitle')}</h2>
        <button class="cr-button" onClick={onClose}>{t('readerClose')}</button>
      </div>
      <Choice name="theme" legend={t('readerTheme')} options={THEMES} labels={THEME_LABEL} value={settings.theme} onPick={(v) => set('theme', v)} inputRef={first} />
      <Choice name="font" legend={t('readerFont')} options={FONTS} labels={FONT_LABEL} value={settings.font} onPick={(v) => set('font', v)} />
      {SLIDERS.map(([key, label, said]) => (
        <label class="reader-slider" key={key}>
          <span>{t(label)}</span>
          <input
            type="range"
            min={RANGES[key].min}
            max={RANGES[key].max}
            step={RANGES[key].step}
            value={settings[key]}
            aria-valuetext={said(settings[key])}
            onInput={(e) => set(key, clamp(key, Number((e.target as HTMLInputElement).value)))}
          />
          <output>{said(settings[key])}</output>
        </label>
      ))}
      <Choice name="align" legend={t('readerAlign')} options={ALIGNS} labels={ALIGN_LABEL} value={settings.align} onPick={(v) => set('align', v)} />
      {/* seven controls a reader may have moved far: back to where they started without finding each default */}
      <button class="cr-button reader-panel-reset" onClick={() => onChange(DEFAULT_SETTINGS)}>{t('readerSettingsReset')}</button>
    </section>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onPick: (value: T) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

function Choice<T extends string>({ name, legend, options, labels, value, onPick, inputRef }: ChoiceProps<T>) {
  return (
    <fieldset class={`reader-choice reader-choice-${name}`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} class={option === value ? 'is-on' : undefined}>
          <input
            ref={option === value ? inputRef : undefined}
            type="radio"
            name={name}
            value={option}
            checked={option === value}
            onChange={() => onPick(option)}
          />
          {t(labels[option])}
        </label>
      ))}
    </fieldset>
  );
}
