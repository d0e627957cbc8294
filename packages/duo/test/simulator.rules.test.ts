/** Every validation rule of DUO's README, applied by the simulator (403 + Foutmelding[]). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HttpDuoClient } from '../src/client.ts';
import { DuoRejectedError } from '../src/errors.ts';
import type { DuoSimulator } from '../src/simulator/app.ts';
import { ruleTexts } from '../src/simulator/rules.ts';
import type { Inburgeringsaanbod, PIP } from '../src/types.ts';
import { ANDERE_GEMEENTE_OIN, BSN, clientFor, ContractRecorder, GEMEENTE_OIN, id, seed, startSimulator, TODAY } from './helpers.ts';

let sim: DuoSimulator;
let client: HttpDuoClient;
let recorder: ContractRecorder;

beforeEach(async () => {
  sim = await startSimulator();
  recorder = new ContractRecorder();
  client = await clientFor(sim, { recorder });
});

afterEach(async () => {
  await recorder.expectAllValid();
  expect(sim.state.contractViolations).toEqual([]);
  await client.close();
  await sim.close();
});

/** The fouteksten of a definitive rejection ([] when accepted). */
async function fouten(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
    return [];
  } catch (err) {
    if (err instanceof DuoRejectedError) {
      expect(err.status).toBe(403);
      return [...err.fouten];
    }
    throw err;
  }
}

const pip = (p: Partial<PIP> = {}): PIP => ({ dagtekeningPip: '2026-02-01', leerroute: 'B', ...p });
const postPip = (p: PIP, bsn = BSN) => client.registreerPip({ bsn, pip: p, berichtId: id() });
const person = () => {
  const p = sim.state.persons.get(BSN);
  if (!p) throw new Error('niet geseed');
  return p;
};

describe('PIP — datum dagtekening', () => {
  beforeEach(() => seed(sim));

  it('[PIP-1] not before the start of the inburgeringsplicht', async () => {
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-01-04' })))).toContain(ruleTexts.PIP_DAGTEKENING_VOOR_PLICHT);
  });

  it('[PIP-4] not before the person settled in the gemeente', async () => {
    sim.updatePerson(BSN, { vestigingsdatum: '2026-02-10' });
    const f = await fouten(postPip(pip({ dagtekeningPip: '2026-02-09' })));
    expect(f).toEqual([ruleTexts.PIP_DAGTEKENING_VOOR_VESTIGING]);
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-02-10' })))).toEqual([]);
  });

  it('[PIP-2][PIP-3] a changed PIP not before the initial nor the current PIP', async () => {
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-02-01' })))).toEqual([]);
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-03-01' })))).toEqual([]);
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-02-15' })))).toEqual([ruleTexts.PIP_DAGTEKENING_VOOR_ACTUELE]);
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-01-20' })))).toEqual([ruleTexts.PIP_DAGTEKENING_VOOR_INITIELE, ruleTexts.PIP_DAGTEKENING_VOOR_ACTUELE]);
    expect(person().pips).toHaveLength(2);
  });

  it('[PIP-9] only the gemeente the person belongs to registers a PIP', async () => {
    const other = await clientFor(sim, { bronOin: ANDERE_GEMEENTE_OIN });
    expect(await fouten(other.registreerPip({ bsn: BSN, pip: pip(), berichtId: id() }))).toEqual([ruleTexts.PIP_NIET_GEKOPPELD]);
    await other.close();
  });
});

describe('PIP — niveau and intensiteit', () => {
  beforeEach(() => seed(sim));

  it('[PIP-5] A2 not with the onderwijsroute', async () => {
    expect(await fouten(postPip(pip({ leerroute: 'O', niveau: 'A2' })))).toEqual([ruleTexts.PIP_A2_ONDERWIJSROUTE]);
  });

  it('[PIP-6] B1 not with the Z-route', async () => {
    expect(await fouten(postPip(pip({ leerroute: 'Z', niveau: 'B1' })))).toEqual([ruleTexts.PIP_B1_ZROUTE]);
  });

  it('[PIP-7] A2 with the B1-route not on the first PIP (of any gemeente)', async () => {
    expect(await fouten(postPip(pip({ niveau: 'A2' })))).toEqual([ruleTexts.PIP_A2_EERSTE_PIP]);
    expect(await fouten(postPip(pip()))).toEqual([]);
    expect(await fouten(postPip(pip({ dagtekeningPip: '2026-04-01', niveau: 'A2' })))).toEqual([]);
  });

  it('[PIP-7] a first PIP by a previous gemeente counts ("ongeacht welke gemeente")', async () => {
    sim.updatePerson(BSN, { pips: [{ gemeenteOin: ANDERE_GEMEENTE_OIN, pip: pip({ dagtekeningPip: '2026-01-20' }) }] });
    expect(await fouten(postPip(pip({ niveau: 'A2' })))).toEqual([]);
  });

  it('no niveau → DUO records B1 for the B1-route and onderwijsroute, nothing for the Z-route', async () => {
    await postPip(pip({ leerroute: 'O' }));
    expect((await client.getPip({ bsn: BSN })).body.pip.niveau).toBe('B1');
    await postPip(pip({ leerroute: 'Z', dagtekeningPip: '2026-02-02' }));
    expect((await client.getPip({ bsn: BSN })).body.pip.niveau).toBeUndefined();
    await postPip(pip({ leerroute: 'B', dagtekeningPip: '2026-02-03' }));
    expect((await client.getPip({ bsn: BSN })).body.pip.niveau).toBe('B1');
  });

  it('[PIP-8] geschatte intensiteit only with the B1-route and for asielmigranten', async () => {
    expect(await fouten(postPip(pip({ leerroute: 'Z', geschatteIntensiteitB1Route: 400 })))).toEqual([ruleTexts.PIP_INTENSITEIT]);
    expect(await fouten(postPip(pip({ leerroute: 'O', geschatteIntensiteitB1Route: 400 })))).toEqual([ruleTexts.PIP_INTENSITEIT]);
    sim.updatePerson(BSN, { doelgroep: { indeling: 'Gezinsmigrant en overige migrant' } });
    expect(await fouten(postPip(pip({ geschatteIntensiteitB1Route: 400 })))).toEqual([ruleTexts.PIP_INTENSITEIT]);
    sim.updatePerson(BSN, { doelgroep: { indeling: 'Asielstatushouder' } });
    expect(await fouten(postPip(pip({ geschatteIntensiteitB1Route: 400 })))).toEqual([]);
  });
});

describe('PIP — verwijderen', () => {
  beforeEach(async () => {
    seed(sim);
    await postPip(pip());
  });

  it('[PIP-D1] not once the inburgeringstermijn is set', async () => {
    sim.updatePerson(BSN, { termijn: { startdatum: '2026-02-02', einddatum: '2029-02-02' } });
    expect(await fouten(client.verwijderPip({ bsn: BSN, berichtId: id() }))).toEqual([ruleTexts.PIP_DEL_TERMIJN]);
  });

  it('[PIP-D2] not once course hours are registered for the current aanbod', async () => {
    sim.updatePerson(BSN, { cursusuren: 12 });
    expect(await fouten(client.verwijderPip({ bsn: BSN, berichtId: id() }))).toEqual([ruleTexts.PIP_DEL_UREN]);
  });

  it('allowed otherwise; the previous PIP becomes current again', async () => {
    await postPip(pip({ dagtekeningPip: '2026-03-01', leerroute: 'Z' }));
    expect(await fouten(client.verwijderPip({ bsn: BSN, berichtId: id() }))).toEqual([]);
    expect((await client.getPip({ bsn: BSN })).body.pip.leerroute).toBe('B');
  });
});

describe('Inburgeringsaanbod', () => {
  const aanbod = (a: Partial<Inburgeringsaanbod> = {}): Inburgeringsaanbod => ({
    datumInburgeringsaanbod: '2026-03-01',
    verwachteStartdatumOpleiding: '2026-03-15',
    verwachteEinddatumOpleiding: '2027-03-15',
    indicatorAlfabetiseringsonderwijs: 'NVT',
    ...a,
  });
  const post = (a: Inburgeringsaanbod, instellingsnummer = '1000000001') => client.meldInburgeringsaanbod({ bsn: BSN, instellingsnummer, aanbod: a, berichtId: id() });

  beforeEach(() => seed(sim));

  it('[IA-1] only for an asielmigrant', async () => {
    sim.updatePerson(BSN, { doelgroep: { indeling: 'Gezinsmigrant en overige migrant' } });
    await postPip(pip());
    expect(await fouten(post(aanbod()))).toEqual([ruleTexts.IA_GEEN_ASIEL]);
  });

  it('[IA-2] the person must have a PIP', async () => {
    expect(await fouten(post(aanbod()))).toEqual([ruleTexts.IA_GEEN_PIP]);
  });

  it('[IA-3][IA-4] the institution must be known and have the BoW keurmerk', async () => {
    await postPip(pip());
    expect(await fouten(post(aanbod(), '9999999999'))).toEqual([ruleTexts.IA_INSTELLING_ONBEKEND]);
    expect(await fouten(post(aanbod(), '1000000003'))).toEqual([ruleTexts.IA_GEEN_BOW]);
  });

  it('[IA-5] onderwijsroute: a recognised taalschakelinstelling', async () => {
    await postPip(pip({ leerroute: 'O' }));
    expect(await fouten(post(aanbod(), '1000000001'))).toEqual([ruleTexts.IA_GEEN_TST]);
    expect(await fouten(post(aanbod(), '1000000002'))).toEqual([]);
  });

  it('[IA-6] dates not before the dagtekening of the current PIP', async () => {
    await postPip(pip());
    expect(await fouten(post(aanbod({ datumInburgeringsaanbod: '2026-01-31' })))).toEqual([ruleTexts.IA_VOOR_DAGTEKENING]);
  });

  it('[IA-7] start not before the aanbod date, end not before start', async () => {
    await postPip(pip());
    expect(await fouten(post(aanbod({ verwachteStartdatumOpleiding: '2026-02-20' })))).toEqual([ruleTexts.IA_VOLGORDE]);
    expect(await fouten(post(aanbod({ verwachteEinddatumOpleiding: '2026-03-10' })))).toEqual([ruleTexts.IA_VOLGORDE]);
  });

  it('[IA-8] start and end within the inburgeringstermijn', async () => {
    await postPip(pip());
    sim.updatePerson(BSN, { termijn: { startdatum: '2026-02-02', einddatum: '2029-02-02' } });
    expect(await fouten(post(aanbod({ verwachteEinddatumOpleiding: '2029-02-03' })))).toEqual([ruleTexts.IA_BUITEN_TERMIJN]);
    expect(await fouten(post(aanbod({ verwachteEinddatumOpleiding: '2029-02-02' })))).toEqual([]);
  });

  it('one aanbod per institution: a new one overwrites the previous', async () => {
    await postPip(pip());
    await post(aanbod());
    await post(aanbod({ indicatorAlfabetiseringsonderwijs: 'A' }));
    expect(person().aanbod.size).toBe(1);
    expect(person().aanbod.get('1000000001')?.indicatorAlfabetiseringsonderwijs).toBe('A');
  });
});

describe.each([
  { kind: 'MAP', field: 'datumEindgesprekMap', stateKey: 'map' },
  { kind: 'PVT', field: 'datumOndertekeningPvt', stateKey: 'pvt' },
] as const)('$kind — datum en verwijtbaarheid', ({ kind, field, stateKey }) => {
  const put = (datum?: string, verwijtbaar?: 'Ja' | 'Nee') => {
    const resultaat = { ...(datum !== undefined ? { [field]: datum } : {}), ...(verwijtbaar !== undefined ? { verwijtbaar } : {}) };
    return kind === 'MAP' ? client.meldResultaatMap({ bsn: BSN, resultaat, berichtId: id() }) : client.meldResultaatPvt({ bsn: BSN, resultaat, berichtId: id() });
  };
  /** termijn [start, end) */
  const setTermijn = (startdatum: string, einddatum: string) => sim.updatePerson(BSN, { termijn: { startdatum, einddatum } });

  beforeEach(async () => {
    seed(sim);
    await postPip(pip());
    setTermijn('2026-02-02', '2029-02-02');
  });

  it('accepts a valid date and stores it (TODAY = 2026-06-01)', async () => {
    expect(await fouten(put('2026-05-01'))).toEqual([]);
    expect(person()[stateKey]).toEqual({ gemeenteOin: GEMEENTE_OIN, datum: '2026-05-01' });
  });

  it('[RES-1] a change only of a date this gemeente delivered', async () => {
    person()[stateKey] = { gemeenteOin: ANDERE_GEMEENTE_OIN, datum: '2026-04-01' };
    expect(await fouten(put('2026-05-01'))).toEqual([ruleTexts.RES_WIJZIGING_ANDERE_GEMEENTE]);
  });

  it('[RES-2] the gemeente must have a current PIP', async () => {
    sim.updatePerson(BSN, { pips: [{ gemeenteOin: ANDERE_GEMEENTE_OIN, pip: pip() }] });
    expect(await fouten(put('2026-05-01'))).toEqual([ruleTexts.RES_GEEN_PIP]);
  });

  it('[RES-3] not when the duty was already met via the Z-route', async () => {
    sim.updatePerson(BSN, { voldaanViaZroute: true });
    expect(await fouten(put('2026-05-01'))).toEqual([ruleTexts.RES_ZROUTE_VOLDAAN]);
  });

  it('[RES-4] not before the start of the termijn', async () => {
    expect(await fouten(put('2026-02-01'))).toEqual([ruleTexts.RES_VOOR_TERMIJN]);
  });

  it('[RES-5] not after the Z-route completion date', async () => {
    sim.updatePerson(BSN, { datumAfrondingZroute: '2026-04-01' });
    expect(await fouten(put('2026-04-02'))).toEqual([ruleTexts.RES_NA_ZROUTE]);
    expect(await fouten(put('2026-04-01'))).toEqual([]);
  });

  it('[RES-6] not in the future', async () => {
    expect(await fouten(put('2026-06-02'))).toEqual([ruleTexts.RES_TOEKOMST]);
    expect(await fouten(put('2026-06-01'))).toEqual([]);
  });

  it('[RES-7] withdrawing (empty body) not once the Z-route completion is registered', async () => {
    await put('2026-03-01');
    sim.updatePerson(BSN, { datumAfrondingZroute: '2026-04-01' });
    expect(await fouten(put())).toEqual([ruleTexts.RES_INTREKKEN_ZROUTE]);
  });

  it('withdrawing is a PUT without the date (the whole resource is replaced)', async () => {
    await put('2026-03-01');
    expect(await fouten(put())).toEqual([]);
    expect(person()[stateKey]).toEqual({ gemeenteOin: GEMEENTE_OIN });
  });

  it("[RES-8] 'verwijtbaar' is required when the termijn is exceeded", async () => {
    setTermijn('2023-05-01', '2026-05-01');
    expect(await fouten(put('2026-05-15'))).toEqual([ruleTexts.RES_VERWIJTBAAR_VERPLICHT]);
    expect(await fouten(put('2026-05-15', 'Ja'))).toEqual([]);
  });

  it("[RES-9] 'verwijtbaar' must not be sent when the date lies before the end of the termijn", async () => {
    expect(await fouten(put('2026-05-01', 'Nee'))).toEqual([ruleTexts.RES_VERWIJTBAAR_VOOR_EINDE]);
  });

  it("[RES-10] 'Nee' only when the termijn ended within two months", async () => {
    setTermijn('2023-03-01', '2026-03-01');
    expect(await fouten(put('2026-05-15', 'Nee'))).toEqual([ruleTexts.RES_NEE_TWEE_MAANDEN]);
    setTermijn('2023-04-01', '2026-04-01');
    expect(await fouten(put('2026-05-15', 'Nee'))).toEqual([]);
  });

  it("[RES-11] 'Ja' only when the termijn is exceeded", async () => {
    expect(await fouten(put('2026-05-01', 'Ja'))).toEqual([ruleTexts.RES_VERWIJTBAAR_VOOR_EINDE, ruleTexts.RES_JA_OVERSCHRIJDING]);
  });
});

describe('Contactpersoon', () => {
  const gegevens = (naam: string) => ({ naam, email: `${naam.toLowerCase().replace(/\s/g, '.')}@gemeente.example`, telefoonnummer: '0201234567' });

  beforeEach(() => seed(sim));

  it('linking overwrites an existing link with another contactpersoon', async () => {
    const a = (await client.registreerContactpersoon({ gegevens: gegevens('Anna Jansen'), berichtId: id() })).body.id ?? 0;
    const b = (await client.registreerContactpersoon({ gegevens: gegevens('Bram de Boer'), berichtId: id() })).body.id ?? 0;
    await client.koppelContactpersoon({ id: a, bsn: BSN, berichtId: id() });
    await client.koppelContactpersoon({ id: b, bsn: BSN, berichtId: id() });
    expect(sim.state.contactKoppelingen.get(`${GEMEENTE_OIN}|${BSN}`)).toBe(b);
    await expect(client.ontkoppelContactpersoon({ id: a, bsn: BSN, berichtId: id() })).rejects.toMatchObject({ status: 404 });
  });

  it('deleting a contactpersoon removes its remaining links', async () => {
    const a = (await client.registreerContactpersoon({ gegevens: gegevens('Anna Jansen'), berichtId: id() })).body.id ?? 0;
    await client.koppelContactpersoon({ id: a, bsn: BSN, berichtId: id() });
    await client.verwijderContactpersoon({ id: a, berichtId: id() });
    expect(sim.state.contactKoppelingen.size).toBe(0);
    await expect(client.koppelContactpersoon({ id: a, bsn: BSN, berichtId: id() })).rejects.toMatchObject({ status: 404 });
  });

  it('another gemeente cannot change our contactpersoon', async () => {
    const a = (await client.registreerContactpersoon({ gegevens: gegevens('Anna Jansen'), berichtId: id() })).body.id ?? 0;
    const other = await clientFor(sim, { bronOin: ANDERE_GEMEENTE_OIN });
    await expect(other.wijzigContactpersoon({ id: a, gegevens: gegevens('X Y'), berichtId: id() })).rejects.toMatchObject({ status: 403 });
    await other.close();
  });
});

describe('Scope (README "Voorwaarden")', () => {
  it('unknown person → 404; person of another gemeente → 403', async () => {
    seed(sim);
    await expect(client.getInburgeringsplicht({ bsn: '999990019' })).rejects.toMatchObject({ status: 404 });
    const other = await clientFor(sim, { bronOin: ANDERE_GEMEENTE_OIN });
    await expect(other.getInburgeringsplicht({ bsn: BSN })).rejects.toMatchObject({ status: 403 });
    await other.close();
  });

  it('the previous gemeente may still read for a month after the new PIP', async () => {
    seed(sim, { gemeenteOin: ANDERE_GEMEENTE_OIN, pips: [{ gemeenteOin: GEMEENTE_OIN, pip: pip(), registratiedatum: '2026-02-01' }, { gemeenteOin: ANDERE_GEMEENTE_OIN, pip: pip({ dagtekeningPip: '2026-05-20' }), registratiedatum: '2026-05-20' }] });
    expect((await client.getPip({ bsn: BSN })).body.gemeentecode).toBe('0599');
  });
});

describe('Demo: adoptUnknownPersons', () => {
  it('off (as at DUO): a PIP for an unknown BSN is 404 and nobody is created', async () => {
    await expect(postPip(pip({ dagtekeningPip: TODAY }), '999990019')).rejects.toMatchObject({ status: 404 });
    expect(sim.state.persons.has('999990019')).toBe(false);
  });

  it('on: a valid unknown BSN becomes an inburgeringsplichtige of the calling gemeente, an invalid one stays 404', async () => {
    const demo = await startSimulator({ adoptUnknownPersons: true });
    const demoClient = await clientFor(demo, { recorder });
    try {
      expect(await fouten(demoClient.registreerPip({ bsn: '999990019', pip: pip({ dagtekeningPip: TODAY }), berichtId: id() }))).toEqual([]);
      const adopted = demo.state.persons.get('999990019');
      expect(adopted?.gemeenteOin).toBe(GEMEENTE_OIN);
      expect(adopted?.pips).toHaveLength(1);
      await expect(demoClient.getInburgeringsplicht({ bsn: '123456789' })).rejects.toMatchObject({ status: 404 });
      expect(demo.state.persons.has('123456789')).toBe(false);
    } finally {
      await demoClient.close();
      await demo.close();
    }
  });
});
