/**
 * An entity's mentions and quotes by day: a bar per day for mentions (scaled to the busiest day,
 * whose count the axis shows), a dot above it for quotes by or about it, the first and last day
 * under the axis. At least two weeks are shown, so a single day is a bar, not the whole width; a
 * span of more than three months is drawn by month, so years of reading stay readable bars.
 * SVG in the text colour and the theme's accent, so it follows light and dark.
 */
import type { TimelineDay } from '../../dossier/first-view';
import { t } from '../../i18n/strings';

const DAY_MS = 86_400_000;
/** The shortest span drawn, in days. */
const MIN_DAYS = 14;
const MAX_BAR = 18;
/** Longer spans than this, in days, are drawn a bar per month. */
const DAILY_UP_TO = 92;
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

/** One bar: a day or a month, its first instant and its totals. */
interface Bucket {
  key: string;
  start: number;
  mentions: number;
  quotes: number;
}

function monthStart(time: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function buckets(timeline: readonly TimelineDay[], monthly: boolean): Bucket[] {
  const byKey = new Map<string, Bucket>();
  for (const day of timeline) {
    const start = monthly ? monthStart(Date.parse(day.day)) : Date.parse(day.day);
    const key = monthly ? day.day.slice(0, 7) : day.day;
    const bucket = byKey.get(key) ?? { key, start, mentions: 0, quotes: 0 };
    bucket.mentions += day.mentions;
    bucket.quotes += day.quotesBy + day.quotesAbout;
    byKey.set(key, bucket);
  }
  return [...byKey.values()];
}

export function TimelineChart({ label, timeline, width = 420, height = 110 }: Props) {
  const name = t('dossierTimelineLabel', label);
  if (timeline.length === 0) return <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} />;
  const last = Date.parse(timeline[timeline.length - 1]!.day);
  const firstDay = Math.min(Date.parse(timeline[0]!.day), last - (MIN_DAYS - 1) * DAY_MS);
  const monthly = (last - firstDay) / DAY_MS + 1 > DAILY_UP_TO;
  const first = monthly ? monthStart(firstDay) : firstDay;
  // Slots: days, or months counted from the first month.
  const slotOf = (time: number) => {
    if (!monthly) return Math.round((time - first) / DAY_MS);
    const a = new Date(first);
    const b = new Date(time);
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  };
  const slots = slotOf(monthly ? monthStart(last) : last) + 1;
  const slot = (width - LEFT - RIGHT) / slots;
  const barWidth = Math.max(1, Math.min(MAX_BAR, slot - 1));
  const bars = buckets(timeline, monthly);
  const mostMentions = Math.max(1, ...bars.map((bar) => bar.mentions));
  const baseline = height - BOTTOM;
  const plotHeight = baseline - TOP;
  const axisLabel = (time: number) => new Date(time).toISOString().slice(0, monthly ? 7 : 10);
  return (
    <svg class="dossier-timeline" role="img" aria-label={name} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{name}</title>
      <line x1={LEFT} y1={baseline + 0.5} x2={width - RIGHT} y2={baseline + 0.5} stroke="currentColor" opacity="0.5" />
      <line x1={LEFT - 0.5} y1={TOP} x2={LEFT - 0.5} y2={baseline} stroke="currentColor" opacity="0.25" />
      <text x={LEFT - 4} y={TOP + 4} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">{mostMentions}</text>
      <text x={LEFT - 4} y={baseline} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">0</text>
      <text x={LEFT} y={height - 3} font-size="10" fill="currentColor" opacity="0.75">{axisLabel(first)}</text>
      <text x={width - RIGHT} y={height - 3} text-anchor="end" font-size="10" fill="currentColor" opacity="0.75">{axisLabel(last)}</text>
      {bars.map((bar) => {
        const x = LEFT + slotOf(bar.start) * slot + (slot - barWidth) / 2;
        const barHeight = Math.max(1, (bar.mentions / mostMentions) * plotHeight);
        return (
          <g key={bar.key} class="dossier-timeline-day" data-day={bar.key}>
            <title>{t('dossierTimelineDay', bar.key, bar.mentions, bar.quotes)}</title>
            {bar.mentions > 0 && (
              <rect x={x} y={baseline - barHeight} width={barWidth} height={barHeight} rx="1.5" fill="currentColor" opacity="0.45" />
            )}
            {bar.quotes > 0 && <circle cx={x + barWidth / 2} cy={TOP - 6} r={Math.min(5, 2.5 + bar.quotes / 2)} fill="var(--accent, currentColor)" />}
          </g>
        );
      })}
    </svg>
  );
}
