export * from './spec.ts';
export * from './validator.ts';
export * from './types.ts';
export * from './config.ts';
export * from './errors.ts';
export * from './fields.ts';
export * from './koers-fields.ts';
export * from './client.ts';
export * from './mapping/index.ts';
export {
  createBrpStandIn,
  BrpStandInSeedError,
  STANDIN_BASE_PATH,
  type BrpStandIn,
  type BrpStandInOptions,
  type StandInFailure,
  type StandInRequest,
} from './standin/app.ts';
export { demoPersonen, demoBsns } from './standin/demo.ts';
export * as brpBuilders from './standin/builders.ts';
