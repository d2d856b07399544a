/** `GET /api/demo`: whether the demo workspace (fictional company, competitors, feeds) is in this database. */
export interface DemoStatus {
  active: boolean;
}

/** `DELETE /api/demo`: what was removed, for good (a later start does not seed it again). */
export interface DemoRemoval {
  removed: {
    topics: number;
    sources: number;
    items: number;
    mentions: number;
  };
}
