// The API contract of the inburgeraar portal (issue 17: X2, R31, X7): the responses of every endpoint
// under /api/portaal/; the inputs are in portaal.types.ts. The portal's web entry (work package Y2)
// is built against these schemas; change them only by adding optional fields (docs/portaal-api.md
// says what changed). Each type is inferred from its schema (ADR 0105).
//
// Codes, not words: every enum below is a code the portal translates into the person's language.
// Free text that employees typed (agreement texts, place names, provider names) is sent as is.
// Dates are ISO dates (JJJJ-MM-DD), moments ISO 8601 date-times in UTC, money integer cents.
import { z } from 'zod';
import {
  a2States,
  agreementParties,
  agreementTopics,
  appointmentKinds,
  appointmentResponses,
  appointmentStatuses,
  caseStatuses,
  cefrLevels,
  dutyStates,
  extensionGrounds,
  fixedCostKinds,
  inzageActions,
  inzageActorRoles,
  languageLevels,
  learningRoutes,
  lessonCategories,
  portaalLanguages,
  portaalDocumentRequestStates,
  portaalDocumentReviews,
  processingActivities,
  recommendations,
  reliefExecutors,
  routeChangeStates,
  sentLetterKinds,
  skills,
  termStates,
} from '@koers/domain';
import { keysOf } from '../../util/records.ts';

const isoDay = z.string().meta({ description: 'ISO-datum JJJJ-MM-DD' });
const moment = z.string().meta({ description: 'ISO 8601 tijdstip (UTC)' });
const month = z.string().meta({ description: 'Maand JJJJ-MM' });
const languageCode = z.enum(portaalLanguages);

// ---- Login -----------------------------------------------------------------------------------

/** GET /api/portaal/gemeenten: the gemeenten one can log in for, for the login page (public: names and codes only). */
export const portaalGemeentenSchema = z
  .object({ gemeenten: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({ id: 'PortaalGemeenten' });
export type PortaalGemeenten = z.output<typeof portaalGemeentenSchema>;

// ---- GET sessie --------------------------------------------------------------------------------

export const portaalSessieSchema = z
  .object({
    givenName: z.string(),
    gemeente: z.object({ code: z.string(), name: z.string() }),
    caseNumber: z.string(),
    /** ISO 639-1 code of the preferred language as stored in the case, or null when none is known. */
    preferredLanguage: languageCode.nullable(),
    /** Answers of the regisseur the person has not seen yet (the unread marker; ADR 0163). */
    unreadAnswers: z.number().optional(),
    /** The CSRF token to send as header `x-csrf-token` with every POST. */
    csrfToken: z.string(),
  })
  .meta({ id: 'PortaalSessie' });
export type PortaalSessie = z.output<typeof portaalSessieSchema>;
/** The sessie as the use case builds it: the route adds the CSRF token of the browser session. */
export type SessieView = Omit<PortaalSessie, 'csrfToken'>;

// ---- GET plan ----------------------------------------------------------------------------------

export const portaalAgreementSchema = z.object({
  party: z.enum(agreementParties),
  topic: z.enum(agreementTopics),
  /** Free text as the gemeente wrote it in the PIP (or the provider's name for 'uitvoering'); null when only `number` applies. */
  text: z.string().nullable(),
  /** A number that belongs to the topic: hours per week (taalles), number of voortgangsgesprekken. */
  number: z.number().nullable(),
});
export type PortaalAgreement = z.output<typeof portaalAgreementSchema>;

export const portaalPlanSchema = z
  .object({
    /** The case's status code. */
    status: z.enum(caseStatuses),
    /** Null until a PIP is vastgesteld. */
    pip: z
      .object({
        /** 'beschikking' (asielstatushouder) or 'advies' (gezinsmigrant / overige migrant). */
        kind: z.enum(['beschikking', 'advies']),
        issuedOn: isoDay.nullable(),
        route: z.enum(learningRoutes).nullable(),
        level: z.enum(languageLevels).nullable(),
        /** Free text: the intensity as the PIP states it. */
        intensity: z.string().nullable(),
        hoursPerWeek: z.number().nullable(),
        agreements: z.array(portaalAgreementSchema),
      })
      .nullable(),
  })
  .meta({ id: 'PortaalPlan' });
export type PortaalPlan = z.output<typeof portaalPlanSchema>;

// ---- GET afspraken, POST afspraken/:id/reactie --------------------------------------------------

export const portaalAppointmentResponseSchema = z.object({
  response: z.enum(appointmentResponses),
  reason: z.string().nullable(),
  at: moment,
});

export const portaalAppointmentSchema = z.object({
  /** The id to answer with (POST afspraken/:id/reactie). */
  id: z.uuid(),
  kind: z.enum(appointmentKinds),
  /** A moment, or a date when only the day is known (`allDay`). */
  start: z.string(),
  allDay: z.boolean(),
  /** Free text (address or room) as entered; null when not known. */
  place: z.string().nullable(),
  /** An interpreter will be there; `language` as stored (Dutch name), `languageCode` when known. Null: no interpreter. */
  interpreter: z.object({ language: z.string().nullable(), languageCode: languageCode.nullable() }).nullable(),
  status: z.enum(appointmentStatuses),
  /** The person's latest answer, or null. */
  myResponse: portaalAppointmentResponseSchema.nullable(),
  /** Whether the person can still answer (planned and not in the past). */
  canRespond: z.boolean(),
});
export type PortaalAppointment = z.output<typeof portaalAppointmentSchema>;

export const portaalAfsprakenSchema = z.object({ appointments: z.array(portaalAppointmentSchema) }).meta({ id: 'PortaalAfspraken' });
export type PortaalAfspraken = z.output<typeof portaalAfsprakenSchema>;

// ---- GET voortgang -------------------------------------------------------------------------------

export const portaalVoortgangSchema = z
  .object({
    /** Hours reported by the provider(s), per month and lesson category. */
    hoursPerMonth: z.array(z.object({ month, category: z.enum(lessonCategories), hours: z.number() })),
    /** Per skill the latest level the provider reported. */
    levels: z.array(
      z.object({
        skill: z.enum(skills),
        level: z.enum(cefrLevels),
        assessedOn: isoDay,
        trend: z.enum(['stijgend', 'gelijk', 'dalend', 'eerste']),
      }),
    ),
    /** The provider's interim reports: date, provider name and recommendation code (no provider notes). */
    reports: z.array(z.object({ reportedOn: isoDay, providerName: z.string(), recommendation: z.enum(recommendations).nullable() })),
    totalHours: z.number(),
  })
  .meta({ id: 'PortaalVoortgang' });
export type PortaalVoortgang = z.output<typeof portaalVoortgangSchema>;

// ---- GET termijnen --------------------------------------------------------------------------------

export const portaalTermijnenSchema = z
  .object({
    term: z.object({
      state: z.enum(termStates),
      start: isoDay.nullable(),
      /** Last day of the original termijn. */
      originalLastDay: isoDay.nullable(),
      /** Last day with every granted verlenging. */
      lastDay: isoDay.nullable(),
      extensions: z.array(z.object({ ground: z.enum(extensionGrounds), months: z.number(), decidedOn: isoDay.nullable() })),
    }),
    duty: z.object({ state: z.enum(dutyStates) }),
    routeChange: z.object({
      state: z.enum(routeChangeStates),
      /** The last day on which the gemeente can still decide a route switch (null: no date applies). */
      lastDay: isoDay.nullable(),
    }),
    a2: z.object({
      state: z.enum(a2States),
      /** Hours of Dutch lessons followed so far, and the minimum for lowering to A2. */
      courseHours: z.number(),
      requiredHours: z.number(),
    }),
  })
  .meta({ id: 'PortaalTermijnen' });
export type PortaalTermijnen = z.output<typeof portaalTermijnenSchema>;

// ---- GET brieven, GET brieven/:id/pdf ------------------------------------------------------------

export const portaalBriefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(sentLetterKinds),
  /** Day the letter was made and sent. */
  date: isoDay,
  /** The Dutch title as on the letter (it names the letter's date or version). */
  title: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  /** The letter's summary in the requested language (ADR 0164); null without a summary or catalog. */
  summary: z
    .object({
      language: z.enum(portaalLanguages),
      dir: z.enum(['ltr', 'rtl']),
      title: z.string(),
      lines: z.array(z.string()),
      disclaimer: z.string(),
    })
    .nullable(),
});
export type PortaalBrief = z.output<typeof portaalBriefSchema>;

export const portaalBrievenSchema = z.object({ letters: z.array(portaalBriefSchema) }).meta({ id: 'PortaalBrieven' });
export type PortaalBrieven = z.output<typeof portaalBrievenSchema>;

// ---- GET ontzorgen ---------------------------------------------------------------------------------

export const portaalOntzorgenSchema = z
  .object({
    /** Null: no ontzorgen agreement (or it was refused). */
    agreement: z
      .object({
        status: z.enum(['actief', 'beeindigd']),
        executor: z.enum(reliefExecutors),
        /** The budgetbeheer partner's name when it pays. */
        partnerName: z.string().nullable(),
        /** First paid month, first month no longer paid. */
        fromMonth: month,
        untilMonthExclusive: month,
        bills: z.array(
          z.object({
            payeeKind: z.enum(fixedCostKinds),
            payeeName: z.string(),
            amountCents: z.number(),
            dayOfMonth: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'PortaalOntzorgen' });
export type PortaalOntzorgen = z.output<typeof portaalOntzorgenSchema>;

// ---- GET contact -------------------------------------------------------------------------------------

export const portaalContactSchema = z
  .object({
    /** The trajectregisseur's display name, null when none is assigned. */
    regisseurName: z.string().nullable(),
    gemeente: z.object({
      name: z.string(),
      department: z.string().nullable(),
      contactName: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      visitingAddress: z.string().nullable(),
      postalAddress: z.string().nullable(),
    }),
  })
  .meta({ id: 'PortaalContact' });
export type PortaalContact = z.output<typeof portaalContactSchema>;

// ---- GET/POST berichten ------------------------------------------------------------------------------

export const portaalBerichtSchema = z.object({
  id: z.uuid(),
  /** 'inburgeraar': sent by the person; 'gemeente': the regisseur's answer (Dutch, as written). */
  from: z.enum(['inburgeraar', 'gemeente']),
  text: z.string(),
  sentAt: moment,
  /** From the person: the regisseur has handled it. From 'gemeente': the person has seen it (false: new). */
  read: z.boolean(),
  /** An answer: the id of the person's message it answers. */
  answerTo: z.uuid().nullable().optional(),
});
export type PortaalBericht = z.output<typeof portaalBerichtSchema>;

export const portaalBerichtenSchema = z.object({ messages: z.array(portaalBerichtSchema) }).meta({ id: 'PortaalBerichten' });
export type PortaalBerichten = z.output<typeof portaalBerichtenSchema>;

// ---- GET documenten, POST documenten/:id (multipart: one file in field "file") -----------------------

/** A file the person sent for a request, and what the regisseur made of it. */
export const portaalSentFileSchema = z.object({
  id: z.uuid(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sentAt: moment,
  review: z.enum(portaalDocumentReviews),
});
export type PortaalSentFile = z.output<typeof portaalSentFileSchema>;

export const portaalDocumentRequestSchema = z
  .object({
    /** The id to send a file for (POST documenten/:id). */
    id: z.uuid(),
    /** What is asked, in the regisseur's words (Dutch, as written). */
    description: z.string(),
    /** The day by which the gemeente would like it; null: no date. */
    dueOn: isoDay.nullable(),
    askedOn: isoDay,
    state: z.enum(portaalDocumentRequestStates),
    /** Why the regisseur asks again (Dutch, as written); only with state 'opnieuw-gevraagd'. */
    againReason: z.string().nullable(),
    /** Whether the person can send a file now (not accepted, case open). */
    canUpload: z.boolean(),
    files: z.array(portaalSentFileSchema),
  })
  .meta({ id: 'PortaalDocumentRequest' });
export type PortaalDocumentRequest = z.output<typeof portaalDocumentRequestSchema>;

export const portaalDocumentenSchema = z.object({ requests: z.array(portaalDocumentRequestSchema) }).meta({ id: 'PortaalDocumenten' });
export type PortaalDocumenten = z.output<typeof portaalDocumentenSchema>;

// ---- GET inzage (X7: wie keek in mijn dossier) ---------------------------------------------------------

const activityKeys = keysOf(processingActivities);

export const portaalInzageSchema = z
  .object({
    entries: z.array(
      z.object({
        at: moment,
        /** The organisation that did it (the gemeente's organisation, a provider, Koers itself). */
        organisationName: z.string(),
        role: z.enum(inzageActorRoles),
        action: z.enum(inzageActions),
        /** The processing activity (verwerkingsactiviteit) it was done for. */
        purpose: z.enum(activityKeys),
      }),
    ),
    /** Pass as `before` to get older entries; null at the end. */
    next: z.number().nullable(),
  })
  .meta({ id: 'PortaalInzage' });
export type PortaalInzage = z.output<typeof portaalInzageSchema>;

/** POST responses that only confirm. */
export const portaalOkSchema = z.object({ ok: z.literal(true) });
export type PortaalOk = z.output<typeof portaalOkSchema>;
