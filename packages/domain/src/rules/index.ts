// Public API of the legal rules core.
export * from './dates.ts';
export * from './explanation.ts';
export * from './types.ts';
export * from './settings.ts';
export * from './duty.ts';
export * from './exemptions.ts';
export * from './intake.ts';
export * from './pip-deadline.ts';
export * from './term.ts';
export * from './route-change.ts';
export * from './z-route.ts';
export * from './pvt-map.ts';
export * from './fines.ts';
export * from './relief.ts';
export * from './objection.ts';
export * from './duo-validation.ts';
export * from './identifiers.ts';
