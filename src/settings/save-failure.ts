/**
 * Why a write to extension storage failed, read from the browser's error message, so the user is
 * told what happened and what to do instead of "Resource::kQuotaBytes quota exceeded". Chrome names
 * the limit it hit (`QUOTA_BYTES`, `QUOTA_BYTES_PER_ITEM`, `MAX_ITEMS`, or `Resource::kQuotaBytes`
 * and the like in newer versions; `MAX_WRITE_OPERATIONS_PER_MINUTE` / `_PER_HOUR` for the rate
 * limits); Firefox throws a `QuotaExceededError`.
 */

/** `storage-full`: no room left; `too-many-writes`: sync's per-minute or per-hour write limit; else anything. */
export type SaveFailureReason = 'storage-full' | 'too-many-writes' | 'storage-error';

export function classifySaveError(message: string): SaveFailureReason {
  if (/max_?write_?operations/i.test(message)) return 'too-many-writes';
  if (/quota/i.test(message)) return 'storage-full';
  return 'storage-error';
}
