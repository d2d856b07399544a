// Charts: imported by the pages that draw them, so recharts stays out of the first load.
export { ChartFrame, useChartData } from './ChartFrame';
export type { ChartDataOptions, ChartFrameProps } from './ChartFrame';
export {
  AREA_SERIES,
  AXIS_PROPS,
  BAR_SERIES,
  BLIND_SPOT_AREA,
  CHART_COLORS,
  GRID_PROPS,
  LINE_SERIES,
  NO_ANIMATION,
  SENTIMENT_COLORS,
  SPIKE_MARK,
} from './chart-defaults';
export { downsample, MAX_CHART_POINTS } from './downsample';
export { useThrottled } from './useThrottled';
