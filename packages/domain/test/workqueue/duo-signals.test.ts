import { describe, expect, it } from 'vitest';
import { computeDuoSignals, type DuoEventSnapshot, type DuoMessageSnapshot } from '../../src/workqueue/duo-signals.ts';
import { signalKindLabel, signalKinds } from '../../src/workqueue/signals.ts';

const event = (over: Partial<DuoEventSnapshot> = {}): DuoEventSnapshot => ({
  id: 'e1',
  code: 'SS131',
  description: 'Leerbaarheidstoets is afgenomen en resultaat is bekend',
  meaning: 'Resultaat leerbaarheidstoets vastleggen als input voor de leerroute in het PIP.',
  status: 'actie-nodig',
  receivedOn: '2026-06-01',
  lastError: null,
  ...over,
});
const message = (over: Partial<DuoMessageSnapshot> = {}): DuoMessageSnapshot => ({
  id: 'm1',
  label: 'het PIP (registratie)',
  status: 'afgewezen',
  createdOn: '2026-05-30',
  lastError: '[PIP-4] De datum dagtekening mag niet voor de vestiging van de inburgeraar bij de gemeente liggen.',
  ...over,
});

describe('computeDuoSignals', () => {
  it('an event that needs action, with DUO\'s description and what it means', () => {
    expect(computeDuoSignals({ events: [event()], messages: [] })).toEqual([
      {
        kind: 'duo-event',
        dueOn: '2026-06-01',
        deadline: null,
        reason: 'DUO meldde op 1 juni 2026 SS131: Leerbaarheidstoets is afgenomen en resultaat is bekend. Resultaat leerbaarheidstoets vastleggen als input voor de leerroute in het PIP.',
        section: 'duo',
        ref: { eventId: 'e1' },
      },
    ]);
  });

  it('only open items: processed, handled, waiting or confirmed rows give no signal', () => {
    const quiet = computeDuoSignals({
      events: ['ontvangen', 'verwerkt', 'afgehandeld', 'geen-dossier'].map((status, i) => event({ id: `e${i}`, status })),
      messages: ['wachtend', 'verzenden', 'bevestigd', 'opnieuw-aangeboden'].map((status, i) => message({ id: `m${i}`, status })),
    });
    expect(quiet).toEqual([]);
  });

  it('a notification that failed once shows at once, says Koers retries, and goes when it succeeds', () => {
    const failing = computeDuoSignals({ events: [event({ status: 'ontvangen', lastError: 'DUO is niet bereikbaar (time-out)' })], messages: [] });
    expect(failing).toHaveLength(1);
    expect(failing[0]).toMatchObject({ kind: 'duo-processing-failed', dueOn: '2026-06-01', section: 'duo', ref: { eventId: 'e1' } });
    expect(failing[0]?.reason).toBe(
      'De DUO-melding SS131: Leerbaarheidstoets is afgenomen en resultaat is bekend van 1 juni 2026 kon nog niet worden verwerkt: DUO is niet bereikbaar (time-out). Koers probeert het automatisch opnieuw; latere meldingen over deze persoon wachten tot dan.',
    );
    expect(computeDuoSignals({ events: [event({ status: 'verwerkt', lastError: null })], messages: [] })).toEqual([]);
  });

  it('failures and refusals, with DUO\'s text, sorted by date', () => {
    const s = computeDuoSignals({
      events: [event({ id: 'e2', status: 'fout', code: 'SS998', description: null, meaning: null, lastError: 'DUO niet bereikbaar', receivedOn: '2026-06-02' })],
      messages: [message(), message({ id: 'm2', status: 'fout', label: 'de gevolgde uren taalles en KNM', lastError: 'DUO antwoordde 503 (na 12 pogingen)', createdOn: '2026-05-31' })],
    });
    expect(s.map((x) => [x.kind, x.dueOn])).toEqual([
      ['duo-message-rejected', '2026-05-30'],
      ['duo-message-failed', '2026-05-31'],
      ['duo-processing-failed', '2026-06-02'],
    ]);
    expect(s[0]?.reason).toContain('[PIP-4]');
    expect(s[1]?.reason).toMatch(/^De gevolgde uren taalles en KNM kon niet aan DUO worden geleverd: DUO antwoordde 503/);
    expect(s[2]?.reason).toContain('onbekende gebeurtenis SS998');
  });

  it('every DUO kind is a werkvoorraad kind with a Dutch label', () => {
    for (const kind of ['duo-event', 'duo-processing-failed', 'duo-message-rejected', 'duo-message-failed'] as const) {
      expect(signalKinds).toContain(kind);
      expect(signalKindLabel(kind)).toMatch(/DUO/);
    }
  });
});

describe('personal data missing (a case created from a DUO notification)', () => {
  it('asks to complete name, birth date and nationality from the BRP, in the overview', () => {
    const [signal, ...rest] = computeDuoSignals({ events: [], messages: [], personalDataMissing: { since: '2026-06-02' } });
    expect(rest).toEqual([]);
    expect(signal).toMatchObject({ kind: 'personal-data-missing', dueOn: '2026-06-02', deadline: null, section: 'overzicht', ref: { missing: 'persoonsgegevens' } });
    expect(signal?.reason).toContain('2 juni 2026');
    expect(signal?.reason).toContain('BRP');
    expect(signalKinds).toContain('personal-data-missing');
    expect(signalKindLabel('personal-data-missing')).toBe('Persoonsgegevens aanvullen uit de BRP');
  });

  it('no signal once the data is complete (or for a case not created from DUO)', () => {
    expect(computeDuoSignals({ events: [], messages: [], personalDataMissing: null })).toEqual([]);
    expect(computeDuoSignals({ events: [], messages: [] })).toEqual([]);
  });
});
