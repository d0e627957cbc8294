import { describe, expect, it } from 'vitest';
import * as duo from '@koers/duo';

describe('public API of @koers/duo', () => {
  it('exports the building blocks the server wires in', () => {
    for (const name of [
      'loadDuoSpecs',
      'getDuoSpecs',
      'resolveSpecDir',
      'DuoSpecError',
      'DuoValidator',
      'toJsonSchema',
      'parseDuoConfig',
      'duoConfigFromEnv',
      'HttpDuoClient',
      'withRetry',
      'DuoRetryableError',
      'DuoRejectedError',
      'DuoContractError',
      'isRetryable',
      'duoOperations',
      'eventCatalogue',
      'parseNotification',
      'notificationKey',
      'notificationAcceptedResponse',
      'notificationRejectedResponse',
      'notificationUnavailableResponse',
      'planFetches',
      'executeFetch',
      'leerrouteToLearningRoute',
      'doelgroepToTargetGroup',
      'createDuoSimulator',
      'demoSeed',
      'ruleTexts',
    ]) {
      expect(duo, name).toHaveProperty(name);
    }
  });

  it('maps DUO codes to Koers terms both ways', () => {
    for (const r of ['B', 'O', 'Z'] as const) expect(duo.learningRouteToLeerroute(duo.leerrouteToLearningRoute(r))).toBe(r);
    expect(duo.leerrouteToLearningRoute('O')).toBe('Onderwijs');
    expect(duo.doelgroepToTargetGroup('Gezinsmigrant en overige migrant')).toBe('gezin-overig');
    expect(duo.targetGroupToDoelgroep('asiel')).toBe('Asielstatushouder');
    expect(duo.effectiveNiveau('Z', undefined)).toBeNull();
    expect(duo.verwijtbaarToCulpable(undefined)).toBeNull();
    expect(duo.culpableToVerwijtbaar(false)).toBe('Nee');
    expect(duo.parseDuoScore('62,50')).toBe(62.5);
  });

  it('demo seed data is valid for the simulator', async () => {
    const sim = await duo.createDuoSimulator({ gemeenten: [{ oin: '00000001001234567000', gemeentecode: '0363' }] });
    for (const p of duo.demoSeed('00000001001234567000')) sim.seedPerson(p);
    expect(sim.state.persons.size).toBe(3);
    await sim.close();
  });
});
