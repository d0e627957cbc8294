export * from './signals.ts';
export * from './duo-signals.ts';
