// The portal API's shapes (/api/portaal/…), as engineer Y1's contract defines them with zod in
// packages/server/src/use-cases/portaal/portaal.view.ts (docs/portaal-api.md).
// COPIED TYPES: the web package does not type-check against the server package (see
// e2e/support/harness.ts), so these mirror the schemas by hand; every code list comes from
// @koers/domain, where the schemas take it from too. test/portaal-contract.test.ts parses the
// portal's fixtures with Y1's schemas, so a drift fails a test.
import type {
  A2State,
  AgreementParty,
  AgreementTopic,
  AppointmentKind,
  AppointmentResponse,
  AppointmentStatus,
  InzageAction,
  InzageActorRole,
  PortaalDocumentRequestState,
  PortaalDocumentReview,
  PortaalDutyState,
  PortaalLanguage,
  ProcessingActivityKey,
  RouteChangeState,
  SentLetterKind,
  TermState,
} from '@koers/domain';
import type {
  caseStatuses,
  cefrLevels,
  extensionGrounds,
  fixedCostKinds,
  languageLevels,
  learningRoutes,
  lessonCategories,
  recommendations,
  reliefExecutors,
  skills,
} from '@koers/domain';

type Of<T extends readonly string[]> = T[number];
export type IsoDate = string;
export type IsoDateTime = string;

/** Not in Y1's contract yet: the gemeenten to choose from on the login page (asked for; see LoginPage). */
export interface PortaalGemeente {
  code: string;
  name: string;
}

export interface PortaalSessie {
  givenName: string;
  gemeente: { code: string; name: string };
  caseNumber: string;
  preferredLanguage: PortaalLanguage | null;
  /** Answers of the regisseur not seen yet (ADR 0163); absent from an older server. */
  unreadAnswers?: number;
  csrfToken: string;
}

export interface PortaalAgreement {
  party: AgreementParty;
  topic: AgreementTopic;
  text: string | null;
  number: number | null;
}
export interface PortaalPlan {
  status: Of<typeof caseStatuses>;
  pip: {
    kind: 'beschikking' | 'advies';
    issuedOn: IsoDate | null;
    route: Of<typeof learningRoutes> | null;
    level: Of<typeof languageLevels> | null;
    intensity: string | null;
    hoursPerWeek: number | null;
    agreements: PortaalAgreement[];
  } | null;
}

export interface PortaalAppointment {
  id: string;
  kind: AppointmentKind;
  start: string;
  allDay: boolean;
  place: string | null;
  interpreter: { language: string | null; languageCode: PortaalLanguage | null } | null;
  status: AppointmentStatus;
  myResponse: { response: AppointmentResponse; reason: string | null; at: IsoDateTime } | null;
  canRespond: boolean;
}
export interface PortaalAfspraken {
  appointments: PortaalAppointment[];
}
export interface PortaalReactieInput {
  response: AppointmentResponse;
  reason?: string;
}

export type LevelTrend = 'stijgend' | 'gelijk' | 'dalend' | 'eerste';
export interface PortaalVoortgang {
  hoursPerMonth: { month: string; category: Of<typeof lessonCategories>; hours: number }[];
  levels: { skill: Of<typeof skills>; level: Of<typeof cefrLevels>; assessedOn: IsoDate; trend: LevelTrend }[];
  reports: { reportedOn: IsoDate; providerName: string; recommendation: Of<typeof recommendations> | null }[];
  totalHours: number;
}

export interface PortaalTermijnen {
  term: {
    state: TermState;
    start: IsoDate | null;
    originalLastDay: IsoDate | null;
    lastDay: IsoDate | null;
    extensions: { ground: Of<typeof extensionGrounds>; months: number; decidedOn: IsoDate | null }[];
  };
  duty: { state: PortaalDutyState };
  routeChange: { state: RouteChangeState; lastDay: IsoDate | null };
  a2: { state: A2State; courseHours: number; requiredHours: number };
}

export interface PortaalBrief {
  id: string;
  kind: SentLetterKind;
  date: IsoDate;
  title: string;
  mimeType: string;
  sizeBytes: number;
  /** The letter's summary in the requested language (ADR 0164); null without a summary or catalog. */
  summary: PortaalBriefSummary | null;
}
export interface PortaalBriefSummary {
  language: PortaalLanguage;
  dir: 'ltr' | 'rtl';
  title: string;
  lines: string[];
  disclaimer: string;
}
export interface PortaalBrieven {
  letters: PortaalBrief[];
}

export interface PortaalOntzorgen {
  agreement: {
    status: 'actief' | 'beeindigd';
    executor: Of<typeof reliefExecutors>;
    partnerName: string | null;
    fromMonth: string;
    untilMonthExclusive: string;
    bills: { payeeKind: Of<typeof fixedCostKinds>; payeeName: string; amountCents: number; dayOfMonth: number | null }[];
  } | null;
}

export interface PortaalContact {
  regisseurName: string | null;
  gemeente: {
    name: string;
    department: string | null;
    contactName: string | null;
    phone: string | null;
    email: string | null;
    visitingAddress: string | null;
    postalAddress: string | null;
  };
}

export interface PortaalBericht {
  id: string;
  from: 'inburgeraar' | 'gemeente';
  text: string;
  sentAt: IsoDateTime;
  /** The person's message: handled by the regisseur. An answer: seen by the person. */
  read: boolean;
  answerTo?: string | null;
}
export interface PortaalBerichten {
  messages: PortaalBericht[];
}

export interface PortaalSentFile {
  id: string;
  mimeType: string;
  sizeBytes: number;
  sentAt: IsoDateTime;
  review: PortaalDocumentReview;
}
export interface PortaalDocumentRequest {
  id: string;
  /** The regisseur's words, Dutch. */
  description: string;
  dueOn: IsoDate | null;
  askedOn: IsoDate;
  state: PortaalDocumentRequestState;
  againReason: string | null;
  canUpload: boolean;
  files: PortaalSentFile[];
}
export interface PortaalDocumenten {
  requests: PortaalDocumentRequest[];
}

export interface PortaalInzageEntry {
  at: IsoDateTime;
  organisationName: string;
  role: InzageActorRole;
  action: InzageAction;
  purpose: ProcessingActivityKey;
}
export interface PortaalInzage {
  entries: PortaalInzageEntry[];
  next: number | null;
}

/** The `?fout=` codes of a failed login (portaalLoginErrors in the schemas). */
export const portaalLoginErrors = ['geen-dossier', 'inloggen-mislukt', 'onbekende-gemeente'] as const;
export type PortaalLoginError = (typeof portaalLoginErrors)[number];
