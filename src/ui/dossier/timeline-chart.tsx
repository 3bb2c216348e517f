/**
 * An entity's mentions and quotes by day: a bar per day for mentions, a dot above it for quotes by
 * or about it. SVG in the text colour and the theme's accent, so it follows light and dark.
 */
import type { TimelineDay } from '../../dossier/first-view';
import { t } from '../../i18n/strings';

const DAY_MS = 86_400_000;
const PADDING = 4;

interface Props {
  label: string;
  timeline: readonly TimelineDay[];
  width?: number;
  height?: number;
}

export function TimelineChart({ label, timeline, width = 480, height = 96 }: Props) {
  const name = t('dossierTimelineLabel', label);
  if (timeline.length === 0) return <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} />;
  const first = Date.parse(timeline[0]!.day);
  const days = Math.round((Date.parse(timeline[timeline.length - 1]!.day) - first) / DAY_MS) + 1;
  const barWidth = Math.max(1, (width - 2 * PADDING) / days);
  const mostMentions = Math.max(1, ...timeline.map((day) => day.mentions));
  const plotHeight = height - 2 * PADDING - 8;
  return (
    <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{name}</title>
      {timeline.map((day) => {
        const x = PADDING + Math.round((Date.parse(day.day) - first) / DAY_MS) * barWidth;
        const barHeight = Math.max(1, (day.mentions / mostMentions) * plotHeight);
        const quotes = day.quotesBy + day.quotesAbout;
        return (
          <g key={day.day} class="dossier-timeline-day" data-day={day.day}>
            <title>{t('dossierTimelineDay', day.day, day.mentions, quotes)}</title>
            {day.mentions > 0 && (
              <rect x={x} y={height - PADDING - barHeight} width={Math.max(1, barWidth - 1)} height={barHeight} fill="currentColor" opacity="0.55" />
            )}
            {quotes > 0 && <circle cx={x + barWidth / 2} cy={PADDING + 3} r={Math.min(4, 1.5 + quotes / 2)} fill="var(--accent, currentColor)" />}
          </g>
        );
      })}
    </svg>
  );
}
