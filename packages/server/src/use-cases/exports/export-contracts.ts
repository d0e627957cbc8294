// The organisation's providers and contracts as a file (ADR 0142): one row per contract (a provider
// without one gets a row of its own). Organisations, not people: no processing-log entry.
import { exportTable, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { todayIn } from '../../case-file/today.ts';
import { listProviders } from '../providers/list-providers.ts';
import type { UseCaseContext } from '../context.ts';

interface Line {
  provider: string;
  contract: string | null;
  gemeenten: string;
  routes: string;
  keurmerk: string;
  startsOn: string | null;
  endsOn: string | null;
}

const columns: ExportColumn<Line>[] = [
  { header: 'Aanbieder', value: (l) => l.provider, width: 28 },
  { header: 'Contract', value: (l) => l.contract, width: 28 },
  { header: 'Gemeenten', value: (l) => l.gemeenten, width: 36 },
  { header: 'Leerroutes en prijs', value: (l) => l.routes, width: 48 },
  { header: 'Keurmerk', value: (l) => l.keurmerk, width: 30 },
  { header: 'Ingang', kind: 'date', value: (l) => l.startsOn },
  { header: 'Einde', kind: 'date', value: (l) => l.endsOn },
];

const euro = (cents: number): string => `€ ${Math.trunc(cents / 100)},${String(Math.abs(cents % 100)).padStart(2, '0')}`;

export async function exportContracts(ctx: UseCaseContext, format: ExportFormat): Promise<ExportFile> {
  const overview = await listProviders(ctx);
  const lines = overview.providers.flatMap((p): Line[] =>
    p.contracts.length === 0
      ? [{ provider: p.name, contract: null, gemeenten: '', routes: '', keurmerk: '', startsOn: null, endsOn: null }]
      : p.contracts.map((c) => ({
          provider: p.name,
          contract: c.name,
          gemeenten: c.gemeenten.map((g) => g.name).join(', '),
          routes: c.routes.map((r) => `${r.label} ${euro(r.priceCents)}`).join(', '),
          keurmerk: `${c.keurmerk.label} (${c.keurmerk.statusLabel})`,
          startsOn: c.startsOn,
          endsOn: c.endsOn,
        })),
  );
  return exportTable({ name: 'aanbieders-en-contracten', sheetName: 'Aanbieders en contracten', today: todayIn(ctx.now), format, columns, rows: lines });
}
