export * from './contracts.ts';
export * from './reports.ts';
