export * from './signals.ts';
export * from './duo-signals.ts';
export * from './difference-signals.ts';
export * from './pvt-map-signals.ts';
