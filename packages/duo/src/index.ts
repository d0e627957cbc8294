export * from './spec.ts';
export * from './validator.ts';
export * from './types.ts';
export * from './config.ts';
export * from './errors.ts';
export * from './operations.ts';
export * from './client.ts';
export * from './notifications.ts';
export * from './mapping.ts';
export {
  createDuoSimulator,
  SIMULATOR_DUO_OIN,
  SimSeedError,
  personSeedSchema,
  type DuoSimulator,
  type DuoSimulatorOptions,
  type EmitEvent,
  type FailureMode,
  type PersonSeed,
} from './simulator/app.ts';
export { ruleTexts, type RuleCode } from './simulator/rules.ts';
export type { SimGemeente, SimPerson, SimState, NotificationDelivery, RequestLogEntry } from './simulator/state.ts';
export { demoSeed } from './simulator/demo.ts';
