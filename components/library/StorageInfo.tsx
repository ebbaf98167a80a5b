import { useEffect, useState } from 'preact/hooks';
import { formatBytes } from '@/utils/format-bytes';
import { t } from '@/utils/browser/i18n';

type Info = { usage: number; quota: number } | null;

/** How much space the library takes, and whether the browser keeps it when disk space runs low. */
export function StorageInfo({ count, version }: { count: number | null; version: number }) {
  const [info, setInfo] = useState<Info>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [asked, setAsked] = useState(false);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => setInfo({ usage: e.usage ?? 0, quota: e.quota ?? 0 }), () => setInfo(null));
  }, [version]);
  useEffect(() => void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(null)), []);

  const ask = async () => {
    setAsked(true);
    setPersisted(await navigator.storage.persist());
  };

  return (
    <section class="cr-storage" aria-label={t('libraryStorageLabel')}>
      <p>
        {t('libraryClippingCount', count === null ? '…' : count.toLocaleString())}
        {' · '}
        {info ? t('libraryStorageUsage', [formatBytes(info.usage), formatBytes(info.quota)]) : t('libraryStorageUnknown')}
      </p>
      {/* its room held from the first paint: the browser's answer came a frame later in Firefox, and its button pushed the
          whole library down 25 px */}
      <div class="cr-storage-keep">
        {persisted === true && <p class="cr-storage-ok">{t('libraryPersisted')}</p>}
        {persisted === false && !asked && (
          <button type="button" class="cr-button cr-button-small" onClick={() => void ask()}>{t('libraryPersistAsk')}</button>
        )}
        {persisted === false && asked && <p class="cr-storage-warn">{t('libraryPersistDenied')}</p>}
      </div>
    </section>
  );
}
