/**
 * Spread into every recharts series: recharts animates each data change for
 * 1.5 s by default, which under live updates never settles.
 */
export const NO_ANIMATION = { isAnimationActive: false } as const;
export const LINE_SERIES = {
  ...NO_ANIMATION,
  dot: false,
  strokeWidth: 2,
  type: 'monotone',
} as const;
export const AREA_SERIES = {
  ...NO_ANIMATION,
  dot: false,
  strokeWidth: 2,
  type: 'monotone',
} as const;
export const BAR_SERIES = { ...NO_ANIMATION, maxBarSize: 36 } as const;

/** For series that are not topics (topics bring their own colour from the api); distinguishable in colour-blindness. */
export const CHART_COLORS = [
  '#0f6b75',
  '#c2410c',
  '#4f46e5',
  '#a21caf',
  '#15803d',
  '#b45309',
  '#0369a1',
  '#be123c',
] as const;

export const SENTIMENT_COLORS = {
  positive: '#1d7a46',
  neutral: '#8a96a3',
  negative: '#b42318',
} as const;

/** Axis and grid styling that matches the design tokens. */
export const AXIS_PROPS = {
  stroke: '#8a96a3',
  tick: { fill: '#56606b', fontSize: 12 },
  tickLine: false,
  axisLine: false,
} as const;
export const GRID_PROPS = { stroke: '#e6eaef', vertical: false } as const;

/** Where a source was failing (a blind spot): the tokens' --color-blind-spot, as SVG attributes need it. */
export const BLIND_SPOT_AREA = {
  fill: 'rgb(138 83 0 / 0.12)',
  stroke: 'rgb(138 83 0 / 0.45)',
  strokeDasharray: '3 3',
} as const;

/** A spike's ring on a volume chart. */
export const SPIKE_MARK = {
  r: 7,
  fill: '#ffffff',
  fillOpacity: 0.6,
  stroke: '#b42318',
  strokeWidth: 2,
} as const;
