export * from './signals.ts';
export * from './duo-signals.ts';
export * from './difference-signals.ts';
export * from './progress-signals.ts';
