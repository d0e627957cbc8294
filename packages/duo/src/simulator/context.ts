/**
 * The one object every part of the simulator shares: its configuration, the validator, the
 * gemeenten it knows, the in-memory DUO state and the failure injection in force.
 */
import { todayInNetherlands } from '../dates.ts';
import type { IsoDate, Oin } from '../types.ts';
import { formatIssues, type DuoValidator } from '../validator.ts';
import type { FailureMode } from './failure.ts';
import { SIMULATOR_DUO_OIN, type DuoSimulatorOptions } from './options.ts';
import { createState, type SimGemeente, type SimState } from './state.ts';

export interface SimContext {
  readonly options: DuoSimulatorOptions;
  readonly validator: DuoValidator;
  /** OIN the simulator answers as. */
  readonly duoOin: Oin;
  readonly today: () => IsoDate;
  readonly validateResponses: boolean;
  /** Gemeenten allowed to call, by OIN (copies: the admin API may change their notification URL). */
  readonly gemeenten: Map<Oin, SimGemeente>;
  readonly state: SimState;
  /** Failure injection for the `/v1` API in force (null: none). */
  failure: FailureMode;
  /** Raw requests that are processed and then lose their answer (`lostResponse`). */
  readonly dropAfterProcessing: WeakSet<object>;
}

/** Fresh state; throws when a default instelling does not match DUO's spec. */
export function createContext(options: DuoSimulatorOptions, validator: DuoValidator): SimContext {
  const state = createState();
  for (const inst of state.instellingen) {
    const issues = validator.validateSchema('Inburgeringsaanbod', 'Instelling', inst, { strictProperties: true });
    if (issues.length > 0) throw new Error(`simulator: instelling ${inst.instellingsnummer} ongeldig: ${formatIssues(issues)}`);
  }
  return {
    options,
    validator,
    duoOin: options.duoOin ?? SIMULATOR_DUO_OIN,
    today: options.today ?? (() => todayInNetherlands()),
    validateResponses: options.validateResponses ?? true,
    gemeenten: new Map<Oin, SimGemeente>(options.gemeenten.map((g) => [g.oin, { ...g }])),
    state,
    failure: null,
    dropAfterProcessing: new WeakSet<object>(),
  };
}
