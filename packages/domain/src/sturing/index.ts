export * from './halfjaar.ts';
export * from './monitoring.ts';
export * from './sturing-settings.ts';
export * from './prognose.ts';
export * from './spuk-entitlement.ts';
export * from './small-counts.ts';
