/** What the user reads when a save fails: what happened, that nothing saved before was lost, and what to do. */
import type { SaveResult } from '../../settings/settings-store';
import { t } from '../../i18n/strings';

export function saveFailedMessage(result: SaveResult & { ok: false }): string {
  switch (result.reason) {
    case 'storage-full': return t('saveFailedFull');
    case 'too-many-writes': return t('saveFailedTooOften');
    default: return t('saveFailed', result.error);
  }
}
