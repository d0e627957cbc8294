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
      'learningRouteToLeerroute',
      'doelgroepToTargetGroup',
      'createDuoSimulator',
      'demoSeed',
      'ruleTexts',
    ]) {
      expect(duo, name).toHaveProperty(name);
    }
  });

  it('maps Koers terms to DUO codes and DUO codes to Koers terms', () => {
    expect((['B1', 'Onderwijs', 'Z'] as const).map(duo.learningRouteToLeerroute)).toEqual(['B', 'O', 'Z']);
    expect(duo.doelgroepToTargetGroup('Asielstatushouder')).toBe('asiel');
    expect(duo.doelgroepToTargetGroup('Gezinsmigrant en overige migrant')).toBe('gezin-overig');
    expect([duo.effectiveNiveau('B', undefined), duo.effectiveNiveau('Z', undefined), duo.effectiveNiveau('O', 'A2')]).toEqual(['B1', null, 'A2']);
  });

  it('demo seed data is valid for the simulator', async () => {
    const sim = await duo.createDuoSimulator({ gemeenten: [{ oin: '00000001001234567000', gemeentecode: '0363' }] });
    for (const p of duo.demoSeed('00000001001234567000')) sim.seedPerson(p);
    expect(sim.state.persons.size).toBe(3);
    await sim.close();
  });
});
