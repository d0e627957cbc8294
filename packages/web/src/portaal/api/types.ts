// The portal API's response and request shapes (GET/POST /api/portaal/…).
// COPIED TYPES: written before engineer Y1's contract (packages/server/src/routes/portaal.schemas.ts)
// existed; to be replaced by `z.infer` imports of those schemas once merged. Codes are the
// project's own (packages/domain): learningRoutes, fixedCostKinds, roles, processingActivities.
import type { Role } from '@koers/domain';

export type IsoDate = string;
export type IsoDateTime = string;

export interface PortaalGemeente {
  code: string;
  name: string;
}

export interface PortaalSessie {
  person: { displayName: string; preferredLanguage: string | null };
  gemeente: { name: string };
}

export const planParties = ['inburgeraar', 'gemeente', 'aanbieder', 'begeleiding'] as const;
export type PlanParty = (typeof planParties)[number];

export interface PortaalPlan {
  plan: {
    status: 'concept' | 'vastgesteld';
    vastgesteldOp: IsoDate | null;
    leerroute: 'B1' | 'Onderwijs' | 'Z' | null;
    /** Language level (A1–C1): shown as it is, a level name is the same in every language. */
    taalniveau: string | null;
    /** Hours of course a week, when agreed. */
    urenPerWeek: number | null;
    /** Text the gemeente wrote, in Dutch. */
    afspraken: { id: string; party: PlanParty; text: string }[];
  } | null;
}

export const appointmentKinds = ['intake', 'voortgangsgesprek', 'pvt', 'toets', 'overig'] as const;
export type AppointmentKind = (typeof appointmentKinds)[number];
export const appointmentStatuses = ['gepland', 'bevestigd', 'verzetten-gevraagd'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export interface PortaalAfspraak {
  id: string;
  kind: AppointmentKind;
  startsAt: IsoDateTime;
  place: string | null;
  /** The interpreter's language (ISO 639-1), or null without an interpreter. */
  interpreterLanguage: string | null;
  status: AppointmentStatus;
  version: number;
}
export interface PortaalAfspraken {
  afspraken: PortaalAfspraak[];
}

export interface PortaalVoortgang {
  aanbieder: string | null;
  urenGevolgd: number;
  urenAfgesproken: number | null;
  perMaand: { maand: string; uren: number }[];
  laatsteRapportage: IsoDate | null;
}

export interface PortaalTermijnen {
  termijn: { start: IsoDate; einde: IsoDate; verlengdTot: IsoDate | null } | null;
  /** Last day a change of leerroute can be asked (1.5 years after the start). */
  routeWisselTot: IsoDate | null;
  /** The A2 possibility (B1-route only). */
  a2: { urenNodig: number; urenGevolgd: number } | null;
}

export interface PortaalBrief {
  id: string;
  kind: 'beschikking' | 'brief';
  /** Title as the gemeente named it, Dutch. */
  title: string;
  sentOn: IsoDate;
  downloadUrl: string;
}
export interface PortaalBrieven {
  brieven: PortaalBrief[];
}

export const billKinds = ['huur', 'energie', 'water', 'zorgverzekering', 'overig'] as const;
export type BillKind = (typeof billKinds)[number];
export interface PortaalOntzorgen {
  ontzorgen: { until: IsoDate | null; lasten: { kind: BillKind; until: IsoDate | null }[] } | null;
}

export interface PortaalContact {
  contactpersoon: { name: string; email: string | null; phone: string | null } | null;
}

export interface PortaalDocumentverzoek {
  id: string;
  /** What is asked, in the gemeente's Dutch. */
  description: string;
  dueOn: IsoDate | null;
  status: 'open' | 'aangeleverd';
  version: number;
}
export interface PortaalDocumentverzoeken {
  verzoeken: PortaalDocumentverzoek[];
}

export const processingPurposes = [
  'dossierInburgering',
  'duoGegevensuitwisseling',
  'brpRaadplegen',
  'toezichtGegevensbescherming',
  'financieelOntzorgen',
  'maatschappelijkeBegeleiding',
  'sturingEnVerantwoording',
  'verantwoording',
  'gebruikersbeheer',
] as const;
export type ProcessingPurpose = (typeof processingPurposes)[number];
export const inzageActions = ['lezen', 'wijzigen'] as const;
export type InzageAction = (typeof inzageActions)[number];
export type InzageActor = Role | 'inburgeraar' | 'systeem';

export interface PortaalInzageRegel {
  at: IsoDateTime;
  organisation: string;
  role: InzageActor;
  action: InzageAction;
  purpose: ProcessingPurpose;
}
export interface PortaalInzage {
  regels: PortaalInzageRegel[];
}
