// `npm run conformance -- FILE.json [FILE.json ...]`: prints one line per vector and a closing
// "N passed, M failed"; exit status 0 only when nothing failed (FORMAT.md). The only IO in the domain.
import { readFileSync } from 'node:fs';
import { evaluateVectorFile, formatResult, formatSummary, type VectorResult } from './runner.ts';

function main(files: readonly string[]): number {
  if (files.length === 0) {
    process.stderr.write('Gebruik: npm run conformance -- BESTAND.json [BESTAND.json ...]\n');
    return 2;
  }
  const all: VectorResult[] = [];
  for (const file of files) {
    let results: VectorResult[];
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
      results = evaluateVectorFile(parsed, file);
    } catch (e) {
      results = [{ id: file, passed: false, reason: `cannot read vectors: ${e instanceof Error ? e.message : String(e)}` }];
    }
    for (const r of results) process.stdout.write(`${formatResult(r)}\n`);
    all.push(...results);
  }
  process.stdout.write(`${formatSummary(all)}\n`);
  return all.every((r) => r.passed) ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
