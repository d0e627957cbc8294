/**
 * The BRP API Personen (2.7.0) data in the specification's own (Dutch) names. Every property is
 * optional, as in the spec: the BRP returns only what was asked for in `fields` and exists.
 * The contract tests check that the stand-in's persons, typed with these types, are spec-valid.
 */

// Split by resource under types/; this index keeps the imports of `./types.ts` as they were.
export * from './types/common.ts';
export * from './types/persoon.ts';
export * from './types/verblijfplaats.ts';
export * from './types/relaties.ts';
export * from './types/query.ts';
