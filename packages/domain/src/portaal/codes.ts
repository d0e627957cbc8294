// The codes the inburgeraar portal sends (issue 17, X2/R31/X7). The portal translates every code
// into the person's language, so the API sends codes, never Dutch display text where a code exists.
// No legal article prescribes these lists; they name what Koers already stores.

import { portaalRoles, roles } from '../access/roles.ts';
import { isOneOf } from '../guards.ts';

/** The languages the portal speaks (ISO 639-1): Dutch, English and the main languages of newcomers. */
export const portaalLanguages = ['nl', 'en', 'ar', 'ti', 'fa', 'so', 'tr', 'uk'] as const;
export type PortaalLanguage = (typeof portaalLanguages)[number];

const languageByDutchName: Readonly<Record<string, PortaalLanguage>> = {
  nederlands: 'nl',
  engels: 'en',
  arabisch: 'ar',
  tigrinya: 'ti',
  tigrinia: 'ti',
  tigrinja: 'ti',
  farsi: 'fa',
  perzisch: 'fa',
  somalisch: 'so',
  turks: 'tr',
  oekraïens: 'uk',
  oekraiens: 'uk',
};

/** The ISO 639-1 code of a language as Koers stores it (a Dutch name such as "Arabisch"), or null when none is known. */
export function languageCode(stored: string | null | undefined): PortaalLanguage | null {
  if (!stored) return null;
  const key = stored.trim().toLowerCase();
  if (isOneOf(portaalLanguages, key)) return key;
  // Own keys only: a name such as "constructor" must not find Object.prototype's.
  return Object.hasOwn(languageByDutchName, key) ? (languageByDutchName[key] ?? null) : null;
}

/** Kinds of appointment the portal shows, by where Koers keeps them. */
export const appointmentKinds = [
  'warme-overdracht',
  'kennismaking',
  'intakegesprek',
  'brede-intake',
  'leerbaarheidstoets',
  'voortgangsgesprek',
  'pvt-bijeenkomst',
  'pvt-ondertekening',
  'examen',
] as const;
export type AppointmentKind = (typeof appointmentKinds)[number];

/** 'vervallen': dropped by a changed plan (a voortgangsgesprek no longer planned). */
export const appointmentStatuses = ['gepland', 'gehouden', 'niet-verschenen', 'geannuleerd', 'vervallen'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The person's answer to an appointment. */
export const appointmentResponses = ['bevestigd', 'verzetten'] as const;
export type AppointmentResponse = (typeof appointmentResponses)[number];

/** Letters and beschikkingen Koers sends to the person (generated documents only; never internal ones). */
export const sentLetterKinds = [
  'uitnodiging-brede-intake',
  'waarschuwing',
  'pip-beschikking',
  'pip-advies',
  'pip-intrekking',
  'verlenging-termijn',
  'participatieverklaring',
  'ontzorgen-teruggave',
  'handhaving-waarschuwing',
  'handhaving-voornemen',
  'handhaving-boetebeschikking',
  'handhaving-beslissing-op-bezwaar',
] as const;
export type SentLetterKind = (typeof sentLetterKinds)[number];

export function isSentLetterKind(kind: string): kind is SentLetterKind {
  return isOneOf(sentLetterKinds, kind);
}

/** Who does what in the plan: the person, the gemeente, or a provider/partner. */
export const agreementParties = [
  'inburgeraar',
  'gemeente',
  'taalaanbieder',
  'map-aanbieder',
  'pvt-aanbieder',
  'participatieorganisatie',
  'budgetbeheerder',
] as const;
export type AgreementParty = (typeof agreementParties)[number];

/** What an agreement of the plan is about. */
export const agreementTopics = [
  'taalles',
  'participatie',
  'pvt',
  'map',
  'ondersteuning',
  'voorschoolse-educatie',
  'participatiewet',
  'voortgangsgesprekken',
  'ontzorgen',
  'uitvoering',
] as const;
export type AgreementTopic = (typeof agreementTopics)[number];

/** The termijn: running, ended, or not yet known (no PIP yet). */
export const termStates = ['loopt', 'verlopen', 'onbekend'] as const;
export type TermState = (typeof termStates)[number];

/** The duty: fulfilled, still open, or no duty (not obliged). */
export const dutyStates = ['voldaan', 'loopt', 'geen-plicht'] as const;
export type PortaalDutyState = (typeof dutyStates)[number];

/**
 * Can the leerroute still be changed: 'mogelijk' until `lastDay`; 'verlopen' after it;
 * 'altijd-mogelijk' for the onderwijsroute (to the B1-route, the whole traject); 'onbekend' without a termijn or route.
 */
export const routeChangeStates = ['mogelijk', 'verlopen', 'altijd-mogelijk', 'onbekend'] as const;
export type RouteChangeState = (typeof routeChangeStates)[number];

/**
 * Can the B1 exam (partly) be lowered to A2: 'mogelijk' (enough course hours), 'nog-niet' (fewer hours
 * than needed), 'al-a2' (the plan is already A2), 'niet-van-toepassing' (not the B1-route).
 */
export const a2States = ['mogelijk', 'nog-niet', 'al-a2', 'niet-van-toepassing'] as const;
export type A2State = (typeof a2States)[number];

/** Who read or changed the file, as the person sees it (X7): a role, never a person. */
export const inzageActorRoles = [
  ...roles,
  ...portaalRoles,
  /** Koers itself (a scheduled job, the DUO koppeling). */
  'systeem',
] as const;
export type InzageActorRole = (typeof inzageActorRoles)[number];

export const inzageActions = ['lezen', 'toevoegen', 'wijzigen', 'verwijderen'] as const;
export type InzageAction = (typeof inzageActions)[number];

/** Kinds of document the person may upload through the portal. */
export const portaalUploadKinds = ['door-inburgeraar-aangeleverd'] as const;
export type PortaalUploadKind = (typeof portaalUploadKinds)[number];

/**
 * A document the regisseur asked for through the portal (ADR 0163): 'open' (nothing sent yet),
 * 'ontvangen' (sent, waiting for the regisseur), 'geaccepteerd' (done), 'opnieuw-gevraagd' (the
 * regisseur asks again, with a reason the portal shows; the person can send again).
 */
export const portaalDocumentRequestStates = ['open', 'ontvangen', 'geaccepteerd', 'opnieuw-gevraagd'] as const;
export type PortaalDocumentRequestState = (typeof portaalDocumentRequestStates)[number];

/** What became of one file the person sent: not looked at yet, accepted, or asked again. */
export const portaalDocumentReviews = ['wacht', 'geaccepteerd', 'opnieuw-gevraagd'] as const;
export type PortaalDocumentReview = (typeof portaalDocumentReviews)[number];

/** Whether a request may still receive a file: open, or asked again. */
export function acceptsPortaalUpload(state: PortaalDocumentRequestState): boolean {
  return state !== 'geaccepteerd';
}
