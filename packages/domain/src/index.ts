export * from './access/roles.ts';
export * from './rules/index.ts';
