export interface SummaryStats {
  items: number;
  mentions: number;
  sources: number;
  topics: number;
}

export interface HealthStatus {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}
