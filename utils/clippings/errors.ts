import { errorMessage } from '../error-message';

/** The failures the store can explain; the one list the protocol's error codes are built from. */
// `missing`: the clipping a change is for is gone (deleted in another tab, on another device, by an undo).
export const STORE_ERROR_CODES = ['quota', 'storage', 'invalid', 'missing'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export interface StoreErrorDetail {
  /** The clipping field the error is about (`tags`, `url`…), when it is about one. */
  field?: string;
  /** The message is written for the reader (a backup's problem, a file gone) and may be shown as it is. */
  forReader?: boolean;
}

/** A failure the UI can explain; `code` picks the message, `field` says what was wrong. */
export class StoreError extends Error {
  readonly field?: string;
  readonly forReader: boolean;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    detail: StoreErrorDetail = {},
  ) {
    super(message);
    this.name = 'StoreError';
    if (detail.field !== undefined) this.field = detail.field;
    this.forReader = detail.forReader ?? false;
  }
}

/** A clipping (or a change to one) with a missing or wrongly typed field. */
export function invalidField(field: string, why = ''): StoreError {
  return new StoreError('invalid', `invalid clipping field: ${field}${why ? ` (${why})` : ''}`, { field });
}

/** A change to a clipping no longer stored: the page asking still shows it, and can say so or save it again. */
export function missingClipping(id: number): StoreError {
  return new StoreError('missing', `no clipping with id ${id}`);
}

/** A problem the reader can act on, in words written for them (backups, files to import). */
export function invalidForReader(message: string): StoreError {
  return new StoreError('invalid', message, { forReader: true });
}

export function isStoreErrorCode(value: unknown): value is StoreErrorCode {
  return (STORE_ERROR_CODES as readonly unknown[]).includes(value);
}

/** Maps IndexedDB/Dexie failures to a StoreError, recognising a full disk across browsers. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = errorMessage(error);
  if ([name, inner].some((n) => n === 'QuotaExceededError') || /quota|disk.*full|NS_ERROR_FILE_NO_DEVICE_SPACE/i.test(message)) {
    return new StoreError('quota', message);
  }
  return new StoreError('storage', message);
}
