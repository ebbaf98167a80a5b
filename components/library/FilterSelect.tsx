import { t, type MessageKey } from '@/utils/browser/i18n';

interface Props<V extends string> {
  id: string;
  label: MessageKey;
  value: V;
  /** Value and label of each choice; "Any" (the empty value) comes first unless `any` is false. */
  options: ReadonlyArray<readonly [value: V, label: string]>;
  onChange: (value: V) => void;
  any?: boolean;
}

/** One labelled select of the library's controls. */
export function FilterSelect<V extends string>({ id, label, value, options, onChange, any = true }: Props<V>) {
  return (
    <div class="cr-field">
      <label for={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V)}>
        {any && <option value="">{t('libraryFilterAny')}</option>}
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}
