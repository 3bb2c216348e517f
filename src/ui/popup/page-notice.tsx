/** Honest states: why there is nothing to show, and what the reader can do about it. */
import type { ComponentChildren } from 'preact';
import { t, type StringKey } from '../../i18n/strings';
import type { UnreachableReason } from './restricted-pages';

const UNREACHABLE: Record<UnreachableReason, StringKey> = {
  'browser-page': 'stateBrowserPage',
  'web-store': 'stateWebStore',
  'pdf-viewer': 'statePdfViewer',
  'not-loaded': 'stateNotLoaded',
};

export function UnreachableNotice({ reason }: { reason: UnreachableReason }) {
  return <Notice kind="info" testId={`unreachable-${reason}`}>{t(UNREACHABLE[reason])}</Notice>;
}

export function Notice({ kind, testId, children }: { kind: 'info' | 'warning' | 'error'; testId?: string; children: ComponentChildren }) {
  return (
    <p class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-state={testId}>
      {children}
    </p>
  );
}
