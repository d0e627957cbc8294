// The API contract of the inburgeraar portal (issue 17: X2, R31, X7), every endpoint under
// /api/portaal/. The portal's web entry (work package Y2) is built against these schemas; change
// them only by adding optional fields (docs/portaal-api.md says what changed).
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
  type ProcessingActivityKey,
} from '@koers/domain';
import { text } from '../contract/input-fields.ts';

const isoDay = z.string().meta({ description: 'ISO-datum JJJJ-MM-DD' });
const moment = z.string().meta({ description: 'ISO 8601 tijdstip (UTC)' });
const month = z.string().meta({ description: 'Maand JJJJ-MM' });
const languageCode = z.enum(portaalLanguages);

// ---- Login -----------------------------------------------------------------------------------

/** GET /api/portaal/login?gemeente=<code>: 302 to the gemeente's DigiD broker. */
export const portaalLoginQuery = z.strictObject({
  gemeente: text('Gemeente: geef de code van de gemeente')
    .trim()
    .min(1, 'Gemeente: geef de code van de gemeente')
    .max(20, 'Gemeente: hoogstens 20 tekens'),
});
export type PortaalLoginQuery = z.infer<typeof portaalLoginQuery>;

/** GET /api/portaal/gemeenten: the gemeenten one can log in for, for the login page (public: names and codes only). */
export const portaalGemeentenResponse = z
  .object({ gemeenten: z.array(z.object({ code: z.string(), name: z.string() })) })
  .meta({ id: 'PortaalGemeenten' });
export type PortaalGemeentenResponse = z.infer<typeof portaalGemeentenResponse>;

/** GET /api/portaal/callback?code&state (from the broker): 302 to /portaal/ or /portaal/?fout=<code>. */
export const portaalCallbackQuery = z.looseObject({
  code: text().max(2000).optional(),
  state: text().max(200).optional(),
  error: text().max(200).optional(),
});
export type PortaalCallbackQuery = z.infer<typeof portaalCallbackQuery>;

/** The `fout` codes the callback may put in its redirect to /portaal/?fout=<code>. */
export const portaalLoginErrors = ['geen-dossier', 'inloggen-mislukt', 'onbekende-gemeente'] as const;
export type PortaalLoginError = (typeof portaalLoginErrors)[number];

// ---- GET sessie --------------------------------------------------------------------------------

export const portaalSessie = z
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
export type PortaalSessie = z.infer<typeof portaalSessie>;

// ---- GET plan ----------------------------------------------------------------------------------

export const portaalAgreement = z.object({
  party: z.enum(agreementParties),
  topic: z.enum(agreementTopics),
  /** Free text as the gemeente wrote it in the PIP (or the provider's name for 'uitvoering'); null when only `number` applies. */
  text: z.string().nullable(),
  /** A number that belongs to the topic: hours per week (taalles), number of voortgangsgesprekken. */
  number: z.number().nullable(),
});
export type PortaalAgreement = z.infer<typeof portaalAgreement>;

export const portaalPlan = z
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
        agreements: z.array(portaalAgreement),
      })
      .nullable(),
  })
  .meta({ id: 'PortaalPlan' });
export type PortaalPlan = z.infer<typeof portaalPlan>;

// ---- GET afspraken, POST afspraken/:id/reactie --------------------------------------------------

export const portaalAppointmentResponse = z.object({
  response: z.enum(appointmentResponses),
  reason: z.string().nullable(),
  at: moment,
});

export const portaalAppointment = z.object({
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
  myResponse: portaalAppointmentResponse.nullable(),
  /** Whether the person can still answer (planned and not in the past). */
  canRespond: z.boolean(),
});
export type PortaalAppointment = z.infer<typeof portaalAppointment>;

export const portaalAfspraken = z.object({ appointments: z.array(portaalAppointment) }).meta({ id: 'PortaalAfspraken' });
export type PortaalAfspraken = z.infer<typeof portaalAfspraken>;

export const portaalReactieInput = z.strictObject({
  response: z.enum(appointmentResponses, 'Reactie: kies bevestigen of verzetten'),
  reason: text().trim().max(1000, 'Reden: hoogstens 1000 tekens').optional(),
});
export type PortaalReactieInput = z.infer<typeof portaalReactieInput>;

export const portaalIdParams = z.strictObject({ id: z.uuid('Ongeldige id') });

// ---- GET voortgang -------------------------------------------------------------------------------

export const portaalVoortgang = z
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
export type PortaalVoortgang = z.infer<typeof portaalVoortgang>;

// ---- GET termijnen --------------------------------------------------------------------------------

export const portaalTermijnen = z
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
export type PortaalTermijnen = z.infer<typeof portaalTermijnen>;

// ---- GET brieven, GET brieven/:id/pdf ------------------------------------------------------------

export const portaalBrief = z.object({
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
export type PortaalBrief = z.infer<typeof portaalBrief>;

/** The language of the summaries: the portal's current language; Dutch when absent. */
export const portaalBrievenQuery = z.object({ taal: z.enum(portaalLanguages).default('nl') });

export const portaalBrieven = z.object({ letters: z.array(portaalBrief) }).meta({ id: 'PortaalBrieven' });
export type PortaalBrieven = z.infer<typeof portaalBrieven>;

// ---- GET ontzorgen ---------------------------------------------------------------------------------

export const portaalOntzorgen = z
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
export type PortaalOntzorgen = z.infer<typeof portaalOntzorgen>;

// ---- GET contact -------------------------------------------------------------------------------------

export const portaalContact = z
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
export type PortaalContact = z.infer<typeof portaalContact>;

// ---- GET/POST berichten ------------------------------------------------------------------------------

export const portaalBericht = z.object({
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
export type PortaalBericht = z.infer<typeof portaalBericht>;

export const portaalBerichten = z.object({ messages: z.array(portaalBericht) }).meta({ id: 'PortaalBerichten' });
export type PortaalBerichten = z.infer<typeof portaalBerichten>;

export const portaalBerichtInput = z.strictObject({
  text: text('Bericht: schrijf een bericht').trim().min(1, 'Bericht: schrijf een bericht').max(4000, 'Bericht: hoogstens 4000 tekens'),
});
export type PortaalBerichtInput = z.infer<typeof portaalBerichtInput>;

// ---- GET documenten, POST documenten/:id (multipart: one file in field "file") -----------------------

/** A file the person sent for a request, and what the regisseur made of it. */
export const portaalSentFile = z.object({
  id: z.uuid(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  sentAt: moment,
  review: z.enum(portaalDocumentReviews),
});

export const portaalDocumentRequest = z
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
    files: z.array(portaalSentFile),
  })
  .meta({ id: 'PortaalDocumentRequest' });
export type PortaalDocumentRequest = z.infer<typeof portaalDocumentRequest>;

export const portaalDocumenten = z.object({ requests: z.array(portaalDocumentRequest) }).meta({ id: 'PortaalDocumenten' });
export type PortaalDocumenten = z.infer<typeof portaalDocumenten>;

// ---- GET inzage (X7: wie keek in mijn dossier) ---------------------------------------------------------

const activityKeys = Object.keys(processingActivities) as [ProcessingActivityKey, ...ProcessingActivityKey[]];

export const portaalInzageQuery = z.strictObject({
  /** Page through older entries: the `next` of the previous page. */
  before: z.coerce.number().int().min(1).optional(),
});
export type PortaalInzageQuery = z.infer<typeof portaalInzageQuery>;

export const portaalInzage = z
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
export type PortaalInzage = z.infer<typeof portaalInzage>;

/** POST responses that only confirm. */
export const portaalOk = z.object({ ok: z.literal(true) });
