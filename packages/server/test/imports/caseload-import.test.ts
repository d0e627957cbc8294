// Caseload import against the DUO simulator: dry run first (nothing written), then the real run
// from the stored file; the same rules as hand entry refuse rows with the Dutch column; a re-run
// is idempotent; nothing is queued for DUO; a change of an imported PIP is a change; the
// reconciliation turns differences into werkvoorraad items and waits when DUO is down.
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { caseDuoDifferences, caseEvents, caseHours, casePlacements, caseResults, cases, duoOutbox, pips, recordHistory } from '../../src/db/schema.ts';
import { startDuoEnv, type DuoTestEnv } from '../duo/support.ts';
import { validBsn } from '../support/fixtures.ts';
import type { Client } from '../support/koers.ts';

let env: DuoTestEnv;
let regisseur: Client;

beforeAll(async () => {
  env = await startDuoEnv();
  regisseur = await env.login('trajectregisseur');
});
afterAll(() => env.close());

interface Job {
  id: string;
  status: string;
  dryRun: boolean;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  rejected: { sheet: string | null; row: number; field: string; reason: string }[];
  canExecute: boolean;
  reconciliation: { status: string; total: number; done: number; differences: number; error: string | null };
}

const personHeader = 'BSN;Achternaam;Voornamen;Geboortedatum;Nationaliteit;Verblijfsvergunning;Startdatum inburgeringsplicht;Datum kennisgeving DUO;Datum inschrijving;Regime;Doelgroep;Trajectregisseur;Einddatum termijn;Verlengingen termijn;Uren taalles en KNM;Peildatum uren;Datum ondertekening PVT';
const pipHeader = 'BSN;Dagtekening;Leerroute;Niveau;Intensiteit;Ondersteuning;Intensiteit PVT;Intensiteit MAP;Aantal voortgangsgesprekken;Reden wijziging';
const placementHeader = 'BSN;Instellingsnummer;Datum aanbod;Verwachte startdatum;Verwachte einddatum;Alfabetisering';

interface Person {
  bsn: string;
  name: string;
  regime?: string;
  manager?: string;
  termEnd?: string;
  extensions?: string;
  hours?: string;
  pvt?: string;
}
const personLine = (p: Person) =>
  [p.bsn, p.name, 'Rania', '02-11-1988', 'SY', 'asiel', '01-03-2025', '05-03-2025', '10-03-2025', p.regime ?? 'Wi2021', 'asiel', p.manager ?? env.gemeente.users.trajectregisseur.email, p.termEnd ?? '', p.extensions ?? '', p.hours ?? '', p.hours ? '01-05-2026' : '', p.pvt ?? ''].join(';');
const pipLine = (bsn: string, on = '01-05-2025', route = 'B1', reason = '') => [bsn, on, route, '', 'voltijd', 'Begeleiding door VluchtelingenWerk', '4 dagdelen', route === 'Onderwijs' ? '' : '40 uur', '3', reason].join(';');
const placementLine = (bsn: string) => [bsn, '1000000001', '01-06-2025', '15-06-2025', '15-06-2027', 'NVT'].join(';');

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const files = (persons: string[], pipRows: string[] = [], placements: string[] = []) => [
  { name: 'personen.csv', content: b64([personHeader, ...persons].join('\n')) },
  ...(pipRows.length ? [{ name: 'pip.csv', content: b64([pipHeader, ...pipRows].join('\n')) }] : []),
  ...(placements.length ? [{ name: 'plaatsingen.csv', content: b64([placementHeader, ...placements].join('\n')) }] : []),
];

async function start(client: Client, body: unknown, query = 'wacht=true'): Promise<Job> {
  const r = await client.post(`/api/imports/lopende-dossiers?${query}`, body);
  expect([200, 202], r.body).toContain(r.statusCode);
  return r.json<Job>();
}

async function execute(client: Client, dryRunId: string): Promise<Job> {
  const r = await client.post(`/api/imports/${dryRunId}/uitvoeren?wacht=true`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json<Job>();
}

async function reconciled(client: Client, jobId: string): Promise<Job> {
  for (let i = 0; i < 100; i++) {
    const job = (await client.get(`/api/imports/${jobId}`)).json<Job>();
    if (['klaar', 'uitgesteld', 'mislukt'].includes(job.reconciliation.status)) return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`afstemming niet klaar: ${JSON.stringify((await client.get(`/api/imports/${jobId}`)).json<Job>().reconciliation)}`);
}

const db = () => env.database.db;

describe('caseload import', () => {
  it('dry run: reports what would be created and what is refused (Dutch column, same rules), and writes no case', async () => {
    const good = validBsn();
    const otherManager = validBsn();
    const badTerm = validBsn();
    const badRegime = validBsn();
    const badPip = validBsn();
    const body = {
      files: files(
        [
          personLine({ bsn: good, name: 'Proef-goed' }),
          personLine({ bsn: otherManager, name: 'Proef-regisseur', manager: env.other.users.trajectregisseur.email }),
          personLine({ bsn: badTerm, name: 'Proef-termijn', termEnd: '01-01-2029' }),
          personLine({ bsn: badRegime, name: 'Proef-regime', regime: 'Wi2013' }),
          personLine({ bsn: badPip, name: 'Proef-pip' }),
        ],
        [pipLine(good), pipLine(badTerm), pipLine(badPip, '01-02-2025')],
      ),
    };
    const job = await start(regisseur, body, 'wacht=true&proef=true');
    expect(job).toMatchObject({ status: 'klaar', dryRun: true, total: 5, processed: 5, created: 1, canExecute: true });
    const by = (name: string) => job.rejected.filter((r) => r.sheet === name);
    expect(by('personen.csv').find((r) => r.row === 3)).toMatchObject({ field: 'Trajectregisseur' });
    const term = by('personen.csv').find((r) => r.row === 4);
    expect(term?.field).toBe('Einddatum termijn');
    expect(term?.reason).toContain('2 mei 2028');
    expect(by('personen.csv').find((r) => r.row === 5)).toMatchObject({ field: 'Regime' });
    // DUO's D1 through validateDraft: a dagtekening before the settlement in the gemeente.
    expect(by('pip.csv').find((r) => r.row === 4)?.field).toBe('Dagtekening');
    const written = await asSystem(db(), (tx) => tx.select().from(cases).where(inArray(cases.bsn, [good, otherManager, badTerm, badRegime, badPip])));
    expect(written).toEqual([]);
    const lines = (await regisseur.get(`/api/imports/${job.id}/regels?uitkomst=nieuw`)).json<{ total: number; items: { details: string[] }[] }>();
    expect(lines.total).toBe(1);
    expect(lines.items[0]?.details).toEqual(expect.arrayContaining(['dossier', expect.stringContaining('PIP versie 1')]));
  });

  it('real run from the dry run: case, PIP, termijn, placement, hours and result as known to DUO (nothing queued); a re-run changes nothing', async () => {
    const bsn = validBsn();
    env.sim.seedPerson({
      bsn,
      gemeenteOin: env.gemeente.oin,
      vestigingsdatum: '2025-03-10',
      inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2025-03-01', datumKennisgevingInburgeringsplicht: '2025-03-05' },
      pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2025-05-01', leerroute: 'B' } }],
      termijn: { startdatum: '2025-05-02', einddatum: '2028-05-02' },
    });
    const body = { files: files([personLine({ bsn, name: 'Echt-import', hours: '40', pvt: '01-03-2026' })], [pipLine(bsn)], [placementLine(bsn)]) };
    const dry = await start(regisseur, body, 'wacht=true&proef=true');
    expect(dry).toMatchObject({ created: 1, rejectedCount: 0 });
    const job = await execute(regisseur, dry.id);
    expect(job).toMatchObject({ status: 'klaar', dryRun: false, created: 1, rejectedCount: 0 });
    const [c] = await asSystem(db(), (tx) => tx.select().from(cases).where(eq(cases.bsn, bsn)));
    expect(c).toMatchObject({ source: 'import', status: 'pip-vastgesteld', termStart: '2025-05-02', termEndExclusive: '2028-05-02', regime: 'Wi2021', targetGroup: 'asiel', caseManagerId: env.gemeente.users.trajectregisseur.id });
    const caseId = c!.id;
    const [pip] = await asSystem(db(), (tx) => tx.select().from(pips).where(eq(pips.caseId, caseId)));
    expect(pip).toMatchObject({ version: 1, status: 'vastgesteld', source: 'import', issuedOn: '2025-05-01', route: 'B1' });
    expect(await asSystem(db(), (tx) => tx.select().from(casePlacements).where(eq(casePlacements.caseId, caseId)))).toMatchObject([{ source: 'import', instellingsnummer: '1000000001' }]);
    expect(await asSystem(db(), (tx) => tx.select().from(caseHours).where(eq(caseHours.caseId, caseId)))).toMatchObject([{ category: 'taallesknm', total: 40, source: 'import' }]);
    expect(await asSystem(db(), (tx) => tx.select().from(caseResults).where(eq(caseResults.caseId, caseId)))).toMatchObject([{ kind: 'pvt', completedOn: '2026-03-01', source: 'import' }]);
    const outbox = await asSystem(db(), (tx) => tx.select({ operation: duoOutbox.operation }).from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
    expect(outbox.map((o) => o.operation).filter((o) => !o.startsWith('contactpersoon.'))).toEqual([]);
    const history = await asSystem(db(), (tx) => tx.select({ type: recordHistory.entityType }).from(recordHistory).where(eq(recordHistory.gemeenteId, env.gemeente.gemeenteId)));
    expect(new Set(history.map((h) => h.type))).toEqual(new Set(['case', 'pip', 'case-placement', 'case-hours', 'case-result']));
    // DUO agrees on duty, PIP and termijn; the simulator knows no hours, so those are the one difference.
    const after = await reconciled(regisseur, job.id);
    expect(after.reconciliation).toMatchObject({ status: 'klaar', total: 1, done: 1, differences: 1 });
    const found = await asSystem(db(), (tx) => tx.select().from(caseDuoDifferences).where(eq(caseDuoDifferences.caseId, caseId)));
    expect(found).toMatchObject([{ kind: 'uren', field: 'taallesknm', koersValue: '40', duoValue: null }]);

    const again = await start(regisseur, body);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejectedCount: 0 });
    expect(await asSystem(db(), (tx) => tx.select().from(pips).where(eq(pips.caseId, caseId)))).toHaveLength(1);
    expect(await asSystem(db(), (tx) => tx.select().from(casePlacements).where(eq(casePlacements.caseId, caseId)))).toHaveLength(1);

    // A change of the imported PIP in Koers is a change (pip.change), the imported version is superseded.
    const draft = await regisseur.post(`/api/cases/${caseId}/pip/changes`, { reason: 'intensity', note: 'Minder uren' });
    expect(draft.statusCode, draft.body).toBe(201);
    const d = draft.json<{ id: string; updatedAt: string }>();
    const issued = await regisseur.post(`/api/cases/${caseId}/pip/drafts/${d.id}/vaststellen`, { updatedAt: d.updatedAt });
    expect(issued.statusCode, issued.body).toBe(200);
    const ops = await asSystem(db(), (tx) => tx.select({ operation: duoOutbox.operation }).from(duoOutbox).where(eq(duoOutbox.caseId, caseId)));
    expect(ops.map((o) => o.operation)).toContain('pip.change');
    expect(ops.map((o) => o.operation)).not.toContain('pip.register');
  });

  it('reconciliation: each difference with DUO is a werkvoorraad item; with DUO down it waits and goes on later', async () => {
    const same = validBsn();
    const differs = validBsn();
    const unknown = validBsn();
    for (const bsn of [same, differs]) {
      env.sim.seedPerson({
        bsn,
        gemeenteOin: env.gemeente.oin,
        vestigingsdatum: '2025-03-10',
        inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2025-03-01' },
        pips: [{ gemeenteOin: env.gemeente.oin, pip: { dagtekeningPip: '2025-05-01', leerroute: bsn === differs ? 'Z' : 'B' } }],
        termijn: { startdatum: '2025-05-02', einddatum: bsn === differs ? '2028-11-02' : '2028-05-02' },
      });
    }
    env.sim.setFailureMode({ kind: 'status503' });
    const job = await start(regisseur, { files: files([same, differs, unknown].map((bsn, i) => personLine({ bsn, name: `Afstemming-${i}` })), [same, differs, unknown].map((b) => pipLine(b))) });
    expect(job.created).toBe(3);
    const waiting = await reconciled(regisseur, job.id);
    expect(waiting.reconciliation.status).toBe('uitgesteld');
    expect(waiting.reconciliation.error).toContain('DUO is nu niet bereikbaar');
    env.sim.setFailureMode(null);
    const retried = await regisseur.post(`/api/imports/${job.id}/afstemming`);
    expect(retried.statusCode, retried.body).toBe(200);
    const done = await reconciled(regisseur, job.id);
    expect(done.reconciliation).toMatchObject({ status: 'klaar', total: 3, done: 3 });
    const diffs = await asSystem(db(), (tx) => tx.select().from(caseDuoDifferences).where(eq(caseDuoDifferences.gemeenteId, env.gemeente.gemeenteId)));
    const fields = diffs.map((d) => d.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['einddatum', 'inburgeringsplicht', 'leerroute', 'pip', 'termijn']));
    const queue = await regisseur.get(`/api/workqueue?scope=own&upcoming=true&kind=duo-difference&limit=50`);
    expect(queue.statusCode, queue.body).toBe(200);
    const items = queue.json<{ items: { kind: string; reason: string }[] }>().items;
    expect(items.length).toBe(diffs.length);
    expect(items.some((i) => i.reason.includes('leerroute is bij DUO de Z-route'))).toBe(true);
    // This job's cases only: an earlier test's job in the same gemeente may be reconciled meanwhile too.
    const ids = (await asSystem(db(), (tx) => tx.select({ id: cases.id }).from(cases).where(inArray(cases.bsn, [same, differs, unknown])))).map((c) => c.id);
    expect(ids).toHaveLength(3);
    const events = await asSystem(db(), (tx) => tx.select().from(caseEvents).where(and(inArray(caseEvents.caseId, ids), eq(caseEvents.kind, 'duo.afstemming'))));
    // One each for the person DUO does not know and the one with another route and termijn; none for the one DUO agrees with.
    expect(events.map((e) => e.caseId).sort()).toEqual(ids.filter((id) => diffs.some((d) => d.caseId === id)).sort());
    expect(events).toHaveLength(2);
  });

  it('XLSX: the template reads back; a workbook with the three sheets imports', async () => {
    const template = await regisseur.get('/api/imports/sjablonen/lopende-dossiers?formaat=xlsx');
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Personen', 'PIP', 'Plaatsingen', 'Toelichting']);
    const csv = await regisseur.get('/api/imports/sjablonen/lopende-dossiers?formaat=csv&blad=pip');
    expect(csv.body).toContain('Dagtekening');

    const bsn = validBsn();
    const book = new ExcelJS.Workbook();
    const sheet = (name: string, header: string, rows: string[]) => {
      const ws = book.addWorksheet(name);
      ws.addRow(header.split(';'));
      for (const r of rows) ws.addRow(r.split(';'));
    };
    sheet('Personen', personHeader, [personLine({ bsn, name: 'Excel-import' })]);
    sheet('PIP', pipHeader, [pipLine(bsn)]);
    sheet('Plaatsingen', placementHeader, [placementLine(bsn)]);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const job = await start(regisseur, { files: [{ name: 'dossiers.xlsx', content }] });
    expect(job).toMatchObject({ status: 'klaar', created: 1, rejectedCount: 0 });
  });

  it('nothing half-written: a person whose PIP row is refused gets no case at all', async () => {
    const bsn = validBsn();
    const job = await start(regisseur, { files: files([personLine({ bsn, name: 'Half' })], [pipLine(bsn, '01-05-2025', 'Raket')]) });
    expect(job).toMatchObject({ created: 0, rejectedCount: 1 });
    expect(job.rejected[0]).toMatchObject({ sheet: 'pip.csv', row: 2, field: 'Leerroute' });
    expect(await asSystem(db(), (tx) => tx.select().from(cases).where(eq(cases.bsn, bsn)))).toEqual([]);
  });

  it('API: bad file type and bad columns → 400 on the files field; another user’s job → 404', async () => {
    const pdf = await regisseur.post('/api/imports/lopende-dossiers?wacht=true', { files: [{ name: 'dossiers.pdf', content: b64('%PDF-1.4') }] });
    expect(pdf.statusCode).toBe(400);
    expect(pdf.json()).toMatchObject({ error: { field: 'files' } });
    const columns = await regisseur.post('/api/imports/lopende-dossiers?wacht=true', { files: [{ name: 'personen.csv', content: b64('BSN;Naam\n123;X') }] });
    expect(columns.statusCode).toBe(400);
    expect(columns.json<{ error: { field: string; message: string } }>().error.message).toContain('Achternaam');
    const job = await start(regisseur, { files: files([personLine({ bsn: validBsn(), name: 'Van-mij' })]) }, 'wacht=true&proef=true');
    const teamleider = await env.login('teamleider');
    expect((await teamleider.get(`/api/imports/${job.id}`)).statusCode).toBe(404);
    expect((await teamleider.post(`/api/imports/${job.id}/uitvoeren?wacht=true`)).statusCode).toBe(404);
    const stranger = await env.login('trajectregisseur', env.other);
    expect((await stranger.get(`/api/imports/${job.id}/regels`)).statusCode).toBe(404);
    const partner = await env.login('partner-begeleiding');
    expect((await partner.post('/api/imports/lopende-dossiers?wacht=true', { files: files([]) })).statusCode).toBe(403);
  });
});
