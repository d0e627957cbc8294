export * from './dates.ts';
export * from './address.ts';
export * from './nationaliteit-tabel.ts';
export * from './nationaliteit.ts';
export * from './person.ts';
export * from './differences.ts';
