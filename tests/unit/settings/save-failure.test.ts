import { describe, expect, it } from 'vitest';
import { classifySaveError } from '../../../src/settings/save-failure';

describe('classifySaveError', () => {
  it('reads every way Chrome and Firefox say the storage is full', () => {
    for (const message of [
      'Resource::kQuotaBytes quota exceeded',
      'Resource::kQuotaBytesPerItem quota exceeded',
      'Resource::kMaxItems quota exceeded',
      'QUOTA_BYTES quota exceeded',
      'QUOTA_BYTES_PER_ITEM quota exceeded',
      'MAX_ITEMS quota exceeded',
      'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
    ]) expect(classifySaveError(message), message).toBe('storage-full');
  });

  it('tells the write-rate limits apart: waiting helps there, freeing room does not', () => {
    for (const message of [
      'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded',
      'MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded',
      'Resource::kMaxWriteOperationsPerMinute quota exceeded',
      'Resource::kMaxWriteOperationsPerHour quota exceeded',
    ]) expect(classifySaveError(message), message).toBe('too-many-writes');
  });

  it('leaves any other failure as a storage error', () => {
    expect(classifySaveError('IO error: .../000003.log: Unable to create writable file')).toBe('storage-error');
    expect(classifySaveError('')).toBe('storage-error');
  });
});
