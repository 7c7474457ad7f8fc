import type { ScorePoint } from '@/lib/progress/get-score-history';
import { CHART, KIND_LABEL, layoutScoreChart, summariseScores, type ChartMarker } from './score-chart-layout';

// Scores over time as server-rendered SVG: no chart library, no script. Each kind of attempt has
// its own marker shape (not just a colour), and the whole chart is one image with a summary as its
// name; the table beside it has every number.

function Marker({ marker, size = 6 }: { marker: Pick<ChartMarker, 'x' | 'y' | 'kind'>; size?: number }) {
  const { x, y } = marker;
  const shape = 'fill-current stroke-white stroke-2 dark:stroke-stone-950';
  if (marker.kind === 'final')
    return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} className={shape} />;
  if (marker.kind === 'retake') {
    const d = size * 1.3;
    return <polygon points={`${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`} className={shape} />;
  }
  return <circle cx={x} cy={y} r={size} className={shape} />;
}

export function ScoreChart({ points }: { points: ScorePoint[] }) {
  const layout = layoutScoreChart(points);
  const kinds = [...new Set(points.map((p) => p.kind))];
  return (
    <figure className="space-y-3">
      <svg
        role="img"
        aria-label={summariseScores(points)}
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        className="h-auto w-full max-w-xl text-blue-700 dark:text-blue-300"
      >
        {layout.yTicks.map((tick) => (
          <g key={tick.percent}>
            <line
              x1={CHART.left}
              x2={CHART.width - CHART.right}
              y1={tick.y}
              y2={tick.y}
              className={
                tick.percent % 50 === 0
                  ? 'stroke-stone-400 dark:stroke-stone-500'
                  : 'stroke-stone-200 dark:stroke-stone-700'
              }
              strokeDasharray={tick.percent % 50 === 0 ? undefined : '4 4'}
            />
            {tick.percent % 50 === 0 && (
              <text
                x={CHART.left - 10}
                y={tick.y}
                dy="0.35em"
                textAnchor="end"
                fontSize={15}
                className="fill-stone-700 dark:fill-stone-300"
              >
                {tick.percent}%
              </text>
            )}
          </g>
        ))}
        <path d={layout.path} fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinejoin="round" />
        {layout.markers.map((m) => (
          <g key={m.label}>
            <Marker marker={m} />
            {(layout.markers.length <= 10 || Number(m.label) % 5 === 0) && (
              <text
                x={m.x}
                y={CHART.height - 12}
                textAnchor="middle"
                fontSize={15}
                className="fill-stone-700 dark:fill-stone-300"
              >
                {m.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-stone-700 dark:text-stone-300">
        <span>Attempts numbered in the order taken; score in percent.</span>
        {kinds.map((kind) => (
          <span key={kind} className="inline-flex items-center gap-1.5">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 text-blue-700 dark:text-blue-300">
              <Marker marker={{ x: 10, y: 10, kind }} size={6} />
            </svg>
            {KIND_LABEL[kind]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
