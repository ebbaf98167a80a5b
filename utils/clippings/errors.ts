export type StoreErrorCode = 'quota' | 'storage' | 'invalid';

/** A failure the UI can explain; `code` picks the message. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** Maps IndexedDB/Dexie failures to a StoreError, recognising a full disk across browsers. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if ([name, inner].some((n) => n === 'QuotaExceededError') || /quota|disk.*full|NS_ERROR_FILE_NO_DEVICE_SPACE/i.test(message)) {
    return new StoreError('quota', message);
  }
  return new StoreError('storage', message);
}
