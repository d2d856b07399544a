export * from './feed-item';
export * from './topic';
export * from './source';
export * from './mention';
export * from './live-events';
export * from './stats';
export * from './access';
