export * from './facts.ts';
export * from './period.ts';
export * from './suppression.ts';
export * from './taakstelling.ts';
export * from './figures.ts';
