import { describe, expect, it } from 'vitest';
import { saveFailedMessage } from '../../../src/ui/shared/save-failed-message';

describe('saveFailedMessage', () => {
  it('says the storage is full, that nothing saved was lost, and what to do, without the browser’s jargon', () => {
    const message = saveFailedMessage({ ok: false, error: 'Resource::kQuotaBytes quota exceeded', reason: 'storage-full' });
    expect(message).toContain('storage is full');
    expect(message).toContain('Everything saved before is unchanged');
    expect(message).toMatch(/Remove site rules or entities/);
    expect(message).not.toContain('kQuotaBytes');
  });

  it('asks to wait when sync refused for too many writes', () => {
    expect(saveFailedMessage({ ok: false, error: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', reason: 'too-many-writes' })).toContain('Try again in a minute');
  });

  it('passes any other failure on in the browser’s words', () => {
    expect(saveFailedMessage({ ok: false, error: 'IO error' })).toBe('Could not save: IO error');
    expect(saveFailedMessage({ ok: false, error: 'IO error', reason: 'storage-error' })).toBe('Could not save: IO error');
  });
});
