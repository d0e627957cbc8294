export * from './agreement.ts';
export * from './payments.ts';
export * from './checkpoints.ts';
