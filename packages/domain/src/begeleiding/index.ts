export * from './contacts.ts';
export * from './zrm.ts';
