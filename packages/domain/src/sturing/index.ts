export * from './halfjaar.ts';
export * from './monitoring.ts';
