/** Hover delay, highlight style and the toolbar badge. */
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, type HighlightStyle, type Settings } from '../../settings/settings';
import { t } from '../../i18n/strings';

interface Props {
  settings: Settings;
  change: (update: (settings: Settings) => Settings) => void;
}

export function BehaviourSection({ settings, change }: Props) {
  return (
    <>
      <div class="form-row inline">
        <label for="hover-delay">{t('hoverDelay')}</label>
        <input id="hover-delay" type="number" min={HOVER_DELAY_MIN_MS} max={HOVER_DELAY_MAX_MS} step={50} value={settings.hoverDelayMs}
          onChange={(event) => {
            const value = Number((event.currentTarget as HTMLInputElement).value);
            // Out-of-range input snaps to the nearest allowed value instead of being stored.
            const clamped = Number.isFinite(value) ? Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(value))) : settings.hoverDelayMs;
            change((current) => ({ ...current, hoverDelayMs: clamped }));
          }} />
      </div>
      <fieldset class="radio-group">
        <legend>{t('highlightStyle')}</legend>
        {(['background-underline', 'underline'] as HighlightStyle[]).map((style) => (
          <label key={style}>
            <input type="radio" name="highlight-style" value={style} checked={settings.highlightStyle === style}
              onChange={() => change((current) => ({ ...current, highlightStyle: style }))} />
            {' '}<span class={`style-sample style-${style}`}>{t(style === 'underline' ? 'highlightUnderline' : 'highlightBackground')}</span>
          </label>
        ))}
      </fieldset>
      <label class="checkbox-row">
        <input id="show-badge" type="checkbox" checked={settings.showBadge} onChange={() => change((current) => ({ ...current, showBadge: !current.showBadge }))} />
        {' '}{t('showBadge')}
      </label>
    </>
  );
}
