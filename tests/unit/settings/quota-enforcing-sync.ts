/**
 * Makes fakeBrowser's sync storage refuse writes the way Chrome does: an item over
 * QUOTA_BYTES_PER_ITEM, or a total over QUOTA_BYTES, fails the whole `set` and changes nothing.
 * Call after `fakeBrowser.reset()`; the returned function undoes it.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncItemBytes } from '../../../src/settings/sync-quota';

export function enforceSyncQuota(limits = { perItem: 8192, total: 102400 }): () => void {
  const sync = fakeBrowser.storage.sync;
  const originalSet = sync.set.bind(sync);
  const spy = vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (syncItemBytes(key, value) > limits.perItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
    }
    const after = { ...(await sync.get(null)), ...items };
    const total = Object.entries(after).reduce((sum, [key, value]) => sum + syncItemBytes(key, value), 0);
    if (total > limits.total) throw new Error('QUOTA_BYTES quota exceeded');
    return originalSet(items);
  });
  return () => spy.mockRestore();
}
