/**
 * An entity's mentions and quotes by day: a bar per day for mentions (scaled to the busiest day,
 * whose count the axis shows), a dot above it for quotes by or about it, the first and last day
 * under the axis. At least two weeks are shown, so a single day is a bar, not the whole width.
 * SVG in the text colour and the theme's accent, so it follows light and dark.
 */
import type { TimelineDay } from '../../dossier/first-view';
import { t } from '../../i18n/strings';

const DAY_MS = 86_400_000;
/** The shortest span drawn, in days. */
const MIN_DAYS = 14;
const MAX_BAR = 18;
const LEFT = 22;
const RIGHT = 4;
const TOP = 14;
const BOTTOM = 16;

interface Props {
  label: string;
  timeline: readonly TimelineDay[];
  width?: number;
  height?: number;
}

export function TimelineChart({ label, timeline, width = 420, height = 110 }: Props) {
  const name = t('dossierTimelineLabel', label);
  if (timeline.length === 0) return <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} />;
  const last = Date.parse(timeline[timeline.length - 1]!.day);
  const first = Math.min(Date.parse(timeline[0]!.day), last - (MIN_DAYS - 1) * DAY_MS);
  const days = Math.round((last - first) / DAY_MS) + 1;
  const slot = (width - LEFT - RIGHT) / days;
  const barWidth = Math.max(1, Math.min(MAX_BAR, slot - 1));
  const mostMentions = Math.max(1, ...timeline.map((day) => day.mentions));
  const baseline = height - BOTTOM;
  const plotHeight = baseline - TOP;
  const dayLabel = (time: number) => new Date(time).toISOString().slice(0, 10);
  return (
    <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{name}</title>
      <line x1={LEFT} y1={baseline + 0.5} x2={width - RIGHT} y2={baseline + 0.5} stroke="currentColor" opacity="0.5" />
      <line x1={LEFT - 0.5} y1={TOP} x2={LEFT - 0.5} y2={baseline} stroke="currentColor" opacity="0.25" />
      <text x={LEFT - 4} y={TOP + 4} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">{mostMentions}</text>
      <text x={LEFT - 4} y={baseline} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">0</text>
      <text x={LEFT} y={height - 3} font-size="10" fill="currentColor" opacity="0.75">{dayLabel(first)}</text>
      <text x={width - RIGHT} y={height - 3} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">{dayLabel(last)}</text>
      {timeline.map((day) => {
        const x = LEFT + Math.round((Date.parse(day.day) - first) / DAY_MS) * slot + (slot - barWidth) / 2;
        const barHeight = Math.max(1, (day.mentions / mostMentions) * plotHeight);
        const quotes = day.quotesBy + day.quotesAbout;
        return (
          <g key={day.day} class="dossier-timeline-day" data-day={day.day}>
            <title>{t('dossierTimelineDay', day.day, day.mentions, quotes)}</title>
            {day.mentions > 0 && (
              <rect x={x} y={baseline - barHeight} width={barWidth} height={barHeight} rx="1.5" fill="currentColor" opacity="0.45" />
            )}
            {quotes > 0 && <circle cx={x + barWidth / 2} cy={TOP - 6} r={Math.min(5, 2.5 + quotes / 2)} fill="var(--accent, currentColor)" />}
          </g>
        );
      })}
    </svg>
  );
}
