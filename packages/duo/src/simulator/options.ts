/** Options of `createDuoSimulator` and the simulator's default DUO OIN. */
import type { IsoDate, Oin } from '../types.ts';
import type { DuoValidator } from '../validator.ts';
import type { SimGemeente } from './state.ts';

/** Fictitious OIN used as DUO's OIN by the simulator (configure the real one in production). */
export const SIMULATOR_DUO_OIN = '00000001999999999000';

export interface DuoSimulatorOptions {
  readonly host?: string;
  /** 0 (default) = ephemeral port. */
  readonly port?: number;
  /** OIN the simulator answers as (`doel` of requests, `bron` of notifications). */
  readonly duoOin?: Oin;
  /** Gemeenten allowed to call the simulator (`bron`), with their notification endpoints. */
  readonly gemeenten: readonly SimGemeente[];
  /** Clock for rules such as "niet in de toekomst" (default: today in the Netherlands). */
  readonly today?: () => IsoDate;
  /** Validate every response against the spec; violations go to `state.contractViolations` (default true). */
  readonly validateResponses?: boolean;
  /** Start the 3-year termijn the day after the first PIP's dagtekening and notify SS102 (default false). */
  readonly autoStartTermijn?: boolean;
  /**
   * Demo: a valid BSN the simulator does not know is taken as an inburgeringsplichtige of the calling
   * gemeente (default seed values), as real DUO knows everyone a gemeente registers. Off by default:
   * then an unknown BSN is 404, as at DUO.
   */
  readonly adoptUnknownPersons?: boolean;
  /** Retry undelivered notifications every N ms (default: off; call `redeliverPending()`). */
  readonly notificationRetryMs?: number;
  readonly logger?: boolean;
  /**
   * Serve HTTPS with mutual TLS like DUO: PEM contents (not paths). With `requestCert` the client
   * must present a certificate from `ca`; when its subject carries a `serialNumber` (PKIoverheid
   * puts the OIN there) it must equal the `bron` header, else 403.
   */
  readonly https?: { readonly key: string | Buffer; readonly cert: string | Buffer; readonly ca?: string | Buffer; readonly requestCert?: boolean };
  /** Spec folder (default: resolveSpecDir()). */
  readonly specDir?: string;
  readonly validator?: DuoValidator;
}
