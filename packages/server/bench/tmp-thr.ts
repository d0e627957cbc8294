process.env.KOERS_BENCH_IMPORT_ROWS ??= '2000';
process.env.KOERS_BENCH_IMPORT_RUNS ??= '1';
const { measureImports } = await import('./imports.ts');
const r = await measureImports('pglite', { kind: 'pglite' });
console.log(JSON.stringify(r));
