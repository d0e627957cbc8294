export * from './signals.ts';
export * from './duo-signals.ts';
export * from './difference-signals.ts';
export * from './ontzorgen-signals.ts';
export * from './term-signals.ts';
export * from './handhaving-signals.ts';
export * from './traject-signals.ts';
export * from './pvt-map-signals.ts';
