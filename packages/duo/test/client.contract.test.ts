/**
 * Contract test: every DuoClient method runs against the simulator; the client validates its own
 * requests and the responses, the recorder re-validates every exchange strictly with a separately
 * loaded validator, and the simulator validates everything it answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuoRejectedError } from '../src/errors.ts';
import { duoOperations } from '../src/operations.ts';
import type { DuoSimulator } from '../src/simulator/app.ts';
import type { HttpDuoClient } from '../src/client.ts';
import { BSN, BSN2, clientFor, ContractRecorder, GEMEENTE_OIN, id, seed, startSimulator } from './helpers.ts';

let sim: DuoSimulator;
let client: HttpDuoClient;
const recorder = new ContractRecorder();

beforeAll(async () => {
  sim = await startSimulator();
  client = await clientFor(sim, { recorder });
  seed(sim, {
    vNummer: 1234567890,
    lbtExamennummer: 'LBT000123',
    lbtResultaten: [{ resultaat: 'B1-route haalbaar', behaaldeScore: '62,50', benodigdeScore: '50,00', datumAfname: '2026-01-20' }],
    vrijstellingen: [{ GedeeltelijkeVrijstelling: { reden: 'GED', oordeel: 'Toekenning', datumOordeel: '2026-02-01', examenonderdeel: 'LE', examenniveau: 'B1' } }],
    ontheffingen: [{ GedeeltelijkeOntheffing: { oordeel: 'Toekenning', datumOordeel: '2026-02-02', grond: 'MED', examenonderdeel: 'SP', urenBelastbaarheidParticipatieactiviteit: 8 } }],
    examenresultaten: [{ examendatum: '2026-03-01', resultaat: 'Geslaagd', onderdeel: 'KNM', niveau: 'A2' }, { examendatum: '2026-03-02', resultaat: 'Geen', redenGeenResultaat: 'Absent', onderdeel: 'LU' }],
    gratisPogingen: [{ onderdeel: 'LU', gratisPogingenTegoed: 1 }],
  });
  sim.seedPerson({ bsn: BSN2, gemeenteOin: GEMEENTE_OIN, vestigingsdatum: '2026-01-10', inburgeringsplicht: { indicatorInburgeringsplicht: true, begindatum: '2026-01-05' } });
});

afterAll(async () => {
  await client.close();
  await sim.close();
});

describe('DuoClient against the simulator', () => {
  it('raadplegingen return spec-conforming, typed data', async () => {
    const q = { bsn: BSN };
    expect((await client.getInburgeringsplicht(q)).body).toMatchObject({ indicatorInburgeringsplicht: true, begindatum: '2026-01-05' });
    expect((await client.getInburgeringsplichtHistorie(q)).body).toHaveLength(1);
    expect((await client.getDoelgroep(q)).body.indeling).toBe('Asielstatushouder');
    expect((await client.getDoelgroepHistorie(q)).body[0]?.indeling).toBe('Asielstatushouder');
    expect((await client.getLeerbaarheidstoetsResultaten(q)).body[0]?.resultaat).toBe('B1-route haalbaar');
    expect((await client.getLeerbaarheidstoetsExamennummer(q)).body.examennummer).toBe('LBT000123');
    expect((await client.getVerlengingsgronden()).body.length).toBeGreaterThan(0);
    expect((await client.getVrijstellingen(q)).body[0]?.GedeeltelijkeVrijstelling?.examenonderdeel).toBe('LE');
    expect((await client.getOntheffingen(q)).body[0]?.GedeeltelijkeOntheffing?.grond).toBe('MED');
    expect((await client.getExamenresultaten(q)).body).toHaveLength(2);
    expect((await client.getGratisPogingen(q)).body[0]?.gratisPogingenTegoed).toBe(1);
    const inst = await client.getInstellingen();
    expect(inst.body.map((i) => i.instellingsnummer)).toContain('1000000001');
    expect(inst.apiVersion).toBe('1.2.0');
  });

  it('a missing resource is a definitive 404 rejection', async () => {
    const err = await client.getInburgeringstermijn({ bsn: BSN }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuoRejectedError);
    expect((err as DuoRejectedError).notFound).toBe(true);
    await expect(client.getPip({ bsn: '000000000' })).rejects.toMatchObject({ status: 404, retryable: false });
  });

  it('PIP: register, read back (DUO fills in niveau B1), change', async () => {
    const r = await client.registreerPip({ bsn: BSN, berichtId: id(), pip: { dagtekeningPip: '2026-02-01', leerroute: 'B', geschatteIntensiteitB1Route: 600, indicatorAlfabetiseringsonderwijs: 'NVT' } });
    expect(r.status).toBe(201);
    expect((await client.getPip({ bsn: BSN })).body).toEqual({ gemeentecode: '0363', pip: { dagtekeningPip: '2026-02-01', leerroute: 'B', niveau: 'B1', geschatteIntensiteitB1Route: 600, indicatorAlfabetiseringsonderwijs: 'NVT' } });
    await client.wijzigPip({ bsn: BSN, berichtId: id(), pip: { dagtekeningPip: '2026-02-15', leerroute: 'B', niveau: 'A2', indicatorMagOpleidingAfmaken: true } });
    expect((await client.getPip({ bsn: BSN })).body.pip.niveau).toBe('A2');
  });

  it('PIP: withdraw (no termijn yet)', async () => {
    await client.registreerPip({ bsn: BSN2, berichtId: id(), pip: { dagtekeningPip: '2026-02-01', leerroute: 'Z' } });
    expect((await client.verwijderPip({ bsn: BSN2, berichtId: id() })).status).toBe(200);
    await expect(client.getPip({ bsn: BSN2 })).rejects.toMatchObject({ status: 404 });
  });

  it('termijn read after DUO set it', async () => {
    sim.updatePerson(BSN, { termijn: { startdatum: '2026-02-02', einddatum: '2029-02-02', wijzigingsdatum: '2026-02-03' } });
    expect((await client.getInburgeringstermijn({ bsn: BSN })).body).toMatchObject({ startdatum: '2026-02-02', einddatum: '2029-02-02' });
    expect((await client.getInburgeringstermijnHistorie({ bsn: BSN })).body).toEqual([{ einddatum: '2029-02-02', wijzigingsdatum: '2026-02-03' }]);
  });

  it('inburgeringsaanbod: register and delete', async () => {
    const aanbod = { datumInburgeringsaanbod: '2026-03-01', verwachteStartdatumOpleiding: '2026-03-15', verwachteEinddatumOpleiding: '2027-03-15', indicatorAlfabetiseringsonderwijs: 'NVT' as const };
    expect((await client.meldInburgeringsaanbod({ bsn: BSN, instellingsnummer: '1000000001', aanbod, berichtId: id() })).status).toBe(201);
    expect((await client.verwijderInburgeringsaanbod({ bsn: BSN, instellingsnummer: '1000000001', berichtId: id() })).status).toBe(204);
  });

  it('PVT, MAP and Z-route results', async () => {
    await client.meldResultaatPvt({ bsn: BSN, berichtId: id(), resultaat: { datumOndertekeningPvt: '2026-05-01' } });
    expect((await client.getPvt({ bsn: BSN })).body).toEqual({ datumOndertekeningPvt: '2026-05-01' });
    await client.meldResultaatMap({ bsn: BSN, berichtId: id(), resultaat: { datumEindgesprekMap: '2026-05-02' } });
    expect((await client.getMap({ bsn: BSN })).body).toEqual({ datumEindgesprekMap: '2026-05-02' });
    expect((await client.meldResultaatZroute({ bsn: BSN, berichtId: id(), resultaat: { datumAfrondingZroute: '2026-05-20' } })).status).toBe(200);
  });

  it('gevolgde uren', async () => {
    await client.meldUrenTaallesEnKnm({ bsn: BSN, berichtId: id(), uren: { uren: 120 } });
    await client.meldUrenParticipatieactiviteiten({ bsn: BSN, berichtId: id(), uren: { uren: 40 } });
    await client.meldUrenParticipatieAlsTaalles({ bsn: BSN, berichtId: id(), uren: { uren: 16 } });
    expect((await client.getGevolgdeUren({ bsn: BSN })).body).toEqual([
      { gemeentecode: '0363', ParticipatieAlsTaalles: { uren: 16 }, ParticipatieactiviteitenBredeIntake: { uren: 40 }, TaallesEnKnmBredeIntake: { uren: 120 } },
    ]);
  });

  it('contactpersoon: create, change, link, unlink, delete', async () => {
    const gegevens = { naam: 'Fatima el Amrani', email: 'f.elamrani@gemeente.example', telefoonnummer: '020 123 4567' };
    const created = await client.registreerContactpersoon({ gegevens, berichtId: id() });
    expect(created.status).toBe(201);
    const cid = created.body.id ?? 0;
    expect(created.body.contactpersoongegevens).toEqual(gegevens);
    await client.wijzigContactpersoon({ id: cid, gegevens: { ...gegevens, telefoonnummer: '+31201234568' }, berichtId: id() });
    expect((await client.koppelContactpersoon({ id: cid, bsn: BSN, berichtId: id() })).status).toBe(201);
    expect((await client.ontkoppelContactpersoon({ id: cid, bsn: BSN, berichtId: id() })).status).toBe(200);
    expect((await client.verwijderContactpersoon({ id: cid, berichtId: id() })).status).toBe(200);
  });

  it('leerbaarheidstoets examennummer withdrawal', async () => {
    expect((await client.verwijderLeerbaarheidstoetsExamennummer({ bsn: BSN, berichtId: id() })).status).toBe(200);
    await expect(client.getLeerbaarheidstoetsExamennummer({ bsn: BSN })).rejects.toMatchObject({ status: 404 });
  });

  it('a rule violation is a definitive rejection carrying DUO fouttekst (403 Foutmelding[])', async () => {
    const err = await client.verwijderPip({ bsn: BSN, berichtId: id() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DuoRejectedError);
    expect((err as DuoRejectedError).status).toBe(403);
    expect((err as DuoRejectedError).fouten.join(' ')).toMatch(/inburgeringstermijn is al vastgesteld/);
  });

  it('every request and response was valid against the specs, and every operation was exercised', async () => {
    await recorder.expectAllValid();
    const exercised = new Set(recorder.exchanges.map((x) => x.operationId));
    expect([...exercised].sort()).toEqual(Object.keys(duoOperations).sort());
    expect(recorder.exchanges.every((x) => x.error === undefined || x.error.name === 'DuoRejectedError')).toBe(true);
    for (const x of recorder.exchanges) {
      expect(x.requestHeaders['bron']).toBe(GEMEENTE_OIN);
      expect(x.requestHeaders['doel']).toBe(sim.duoOin);
      expect(x.url.startsWith(`${sim.url}/v1/`)).toBe(true);
    }
    expect(recorder.exchanges.flatMap((x) => x.contractWarnings ?? [])).toEqual([]);
    expect(sim.state.contractViolations).toEqual([]);
  });
});
