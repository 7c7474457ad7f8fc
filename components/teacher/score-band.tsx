import { SCORE_BANDS, formatPercentValue, scoreBand, type ScoreBand } from '@/lib/format/score';

// The gradebook's colour band: a tint behind the percentage, never instead of it. Dark text on
// light tints and light text on dark tints, so the number keeps AA contrast in both schemes.
const BAND_CLASS: Record<ScoreBand, string> = {
  high: 'bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-50',
  middle: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
  low: 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-50',
};

const PILL = 'inline-block min-w-14 rounded px-2 py-0.5 text-center font-semibold tabular-nums';

/** A percentage (0..100) in its band; "—" with no band when there is nothing to count. */
export function ScorePill({ percent, title }: { percent: number | null; title?: string }) {
  if (percent === null)
    return (
      <span className={`${PILL} font-normal`} title={title}>
        —
      </span>
    );
  return (
    <span className={`${PILL} ${BAND_CLASS[scoreBand(percent)]}`} title={title}>
      {formatPercentValue(percent)}
    </span>
  );
}

export function ScoreBandLegend() {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <h2 id="band-legend" className="font-semibold">
        Colour bands
      </h2>
      <ul aria-labelledby="band-legend" className="flex flex-wrap gap-x-4 gap-y-2">
        {SCORE_BANDS.map(({ band, label }) => (
          <li key={band}>
            <span className={`${PILL} ${BAND_CLASS[band]}`}>{label}</span>
          </li>
        ))}
        <li>Missing work counts as 0%; work not yet due, in progress or excused counts in no average.</li>
      </ul>
    </div>
  );
}
