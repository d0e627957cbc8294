// Demo cases in every stage of the first part of the work, so a new user sees a living system:
// registered, voorbereiding with a warme overdracht, intake with a no-show and warning, toets
// planned and done, a draft PIP DUO would refuse, a vastgesteld PIP with its beschikking, a
// gezinsmigrant with an advies, an overdue PIP deadline. Registration goes through the real use
// case (registerNewcomer); later stages write the same rows their use cases write, with timeline
// events dated when they happened, and end with refreshSignals — so werkvoorraad, timeline and
// history agree. All dates are relative to today.
import { caseNumberOf } from '../use-cases/cases/case.view.ts';
import { seedDemoVoortgang } from './voortgang.ts';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addDays, formatDutchDate, integrationTerm, languageCode, routeLabel, validatePipForDuo, type IsoDate, type LearningRoute } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import {
  caseAssignments,
  caseChecklistItems,
  caseIntakes,
  caseMeetings,
  cases,
  intakeInvitations,
  learnabilityTests,
  pips,
  supportPlans,
} from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { renderLetterPdf } from '../documents/letter-pdf.ts';
import type { LetterSummary } from '../documents/summaries/summary.ts';
import { storeDocument } from '../documents/store-document.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import type { RegistrationInput } from '../use-cases/cases/case-input.types.ts';
import { registerNewcomer } from '../use-cases/registration/register-newcomer.ts';

type Stage =
  | 'aangemeld'
  | 'voorbereiding'
  | 'intake-warning-sent'
  | 'intake-warning-due'
  | 'toets-planned'
  | 'toets-done'
  | 'pip-concept-duo-fails'
  | 'pip-vastgesteld'
  | 'advies-vastgesteld'
  | 'pip-overdue'
  | 'not-obliged'
  // Wet inburgering (2013), loan used up (ELIP), in the StarterZ-klas of seed 002.
  | 'ondertussengroep';

interface DemoCase {
  gemeente: string;
  bsn: string;
  givenNames: string;
  familyName: string;
  birthDate: string;
  nationality: string;
  permit: 'asiel' | 'regulier';
  stage: Stage;
  /** Days before today the person was linked / registered. */
  startedDaysAgo: number;
  permitPurpose?: 'non-temporary' | 'temporary';
  phone?: string;
  preferredLanguage?: string;
  partner?: 'begeleiding' | 'taalaanbieder';
  /** When the duty arose, if not the day the person was linked (a Wi2013 case: before 2022). */
  dutyStartOn?: IsoDate;
  /** Leerroute of a vastgesteld demo PIP (default B1). */
  route?: LearningRoute;
}

// Fictitious people; BSNs pass the elfproef and are from the test range (9-digit, starting with 9).
export const demoCases: readonly DemoCase[] = [
  { gemeente: '0505', bsn: '999990019', givenNames: 'Amanuel', familyName: 'Tesfay', birthDate: '1994-03-12', nationality: 'ER', permit: 'asiel', stage: 'aangemeld', startedDaysAgo: 5, preferredLanguage: 'Tigrinya' },
  { gemeente: '0505', bsn: '999990020', givenNames: 'Rania', familyName: 'Haddad', birthDate: '1988-11-02', nationality: 'SY', permit: 'asiel', stage: 'voorbereiding', startedDaysAgo: 30, phone: '06 1234 5678', preferredLanguage: 'Arabisch', partner: 'begeleiding' },
  { gemeente: '0505', bsn: '999990032', givenNames: 'Olena', familyName: 'Kovalenko', birthDate: '1979-06-30', nationality: 'UA', permit: 'regulier', permitPurpose: 'temporary', stage: 'not-obliged', startedDaysAgo: 20 },
  { gemeente: '0505', bsn: '999990081', givenNames: 'Yusuf', familyName: 'Omar', birthDate: '1992-09-14', nationality: 'SO', permit: 'asiel', stage: 'toets-planned', startedDaysAgo: 45, preferredLanguage: 'Somalisch' },
  { gemeente: '0505', bsn: '999990093', givenNames: 'Ahmad', familyName: 'Karimi', birthDate: '1985-02-21', nationality: 'AF', permit: 'asiel', stage: 'pip-vastgesteld', startedDaysAgo: 90, preferredLanguage: 'Dari', partner: 'taalaanbieder' },
  // The Z-route with participation places and the ledger (demo/participatie.ts).
  { gemeente: '0505', bsn: '999990275', givenNames: 'Selam', familyName: 'Ghebremedhin', birthDate: '1976-01-08', nationality: 'ER', permit: 'asiel', stage: 'pip-vastgesteld', startedDaysAgo: 120, preferredLanguage: 'Tigrinya', route: 'Z' },
  { gemeente: '0642', bsn: '999990044', givenNames: 'Farid', familyName: 'Ahmadi', birthDate: '2001-01-19', nationality: 'AF', permit: 'asiel', stage: 'intake-warning-sent', startedDaysAgo: 40, preferredLanguage: 'Pashto' },
  { gemeente: '0642', bsn: '999990108', givenNames: 'Hamid', familyName: 'Rahimi', birthDate: '1990-12-03', nationality: 'IR', permit: 'asiel', stage: 'intake-warning-due', startedDaysAgo: 25, preferredLanguage: 'Farsi' },
  { gemeente: '0642', bsn: '999990111', givenNames: 'Samira', familyName: 'Yousef', birthDate: '1983-07-09', nationality: 'SY', permit: 'asiel', stage: 'pip-concept-duo-fails', startedDaysAgo: 60, preferredLanguage: 'Arabisch' },
  { gemeente: '0642', bsn: '999990056', givenNames: 'Maria', familyName: 'Santos', birthDate: '1990-08-08', nationality: 'BR', permit: 'regulier', permitPurpose: 'non-temporary', stage: 'advies-vastgesteld', startedDaysAgo: 70, preferredLanguage: 'Portugees' },
  { gemeente: '0148', bsn: '999990068', givenNames: 'Yonas', familyName: 'Berhane', birthDate: '1997-04-25', nationality: 'ER', permit: 'asiel', stage: 'toets-done', startedDaysAgo: 55, preferredLanguage: 'Tigrinya' },
  { gemeente: '0148', bsn: '999990123', givenNames: 'Luwam', familyName: 'Tekle', birthDate: '1999-10-30', nationality: 'ER', permit: 'asiel', stage: 'pip-overdue', startedDaysAgo: 95, preferredLanguage: 'Tigrinya' },
  { gemeente: '0148', bsn: '999990287', givenNames: 'Nour', familyName: 'Al-Masri', birthDate: '1981-05-17', nationality: 'SY', permit: 'asiel', stage: 'ondertussengroep', startedDaysAgo: 200, dutyStartOn: '2021-09-15', preferredLanguage: 'Arabisch' },
];

export interface DemoActors {
  /** The trajectregisseur per gemeente code, as a principal. */
  regisseur: (gemeenteCode: string) => Principal;
  gemeenteId: (gemeenteCode: string) => string;
  partner: (kind: 'begeleiding' | 'taalaanbieder') => string;
}

const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

/** Creates the demo cases in the caller's (system) transaction. */
export async function seedDemoCases(tx: Tx, actors: DemoActors, now: Date, secret: string): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  for (const demo of demoCases) {
    const principal = actors.regisseur(demo.gemeente);
    const gemeenteId = actors.gemeenteId(demo.gemeente);
    const gemeenteName = principal.gemeenten.find((g) => g.id === gemeenteId)?.name ?? '';
    const start = day(-demo.startedDaysAgo);
    const ctxAt = (date: IsoDate): UseCaseContext => ({
      db: undefined as never,
      now: at(date, 9),
      principal,
      log: { trace: { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') }, pseudonymKey: secret },
    });
    const asylum = demo.permit === 'asiel';
    const registeredOn = addDays(start, asylum ? 14 : 0);
    const input: RegistrationInput = {
      gemeenteId,
      bsn: demo.bsn,
      givenNames: demo.givenNames,
      familyName: demo.familyName,
      birthDate: demo.birthDate,
      nationality: demo.nationality,
      permit: demo.permit,
      source: asylum ? 'coa' : 'duo',
      ...(demo.permitPurpose ? { permitPurpose: demo.permitPurpose } : {}),
      linkedOn: asylum ? start : null,
      dutyStartOn: demo.dutyStartOn ?? start,
      coaLocation: asylum ? `azc ${demo.gemeente === '0148' ? 'Zwolle' : 'Dordrecht'}` : null,
      coaReference: asylum ? `COA-${demo.bsn.slice(-5)}` : null,
      preferredLanguage: demo.preferredLanguage ?? null,
      interpreterNeeded: demo.preferredLanguage !== undefined && demo.preferredLanguage !== 'Portugees',
      phone: demo.phone ?? null,
      ...(demo.stage === 'aangemeld' ? {} : { duoNoticeOn: addDays(start, 5) }),
      ...(demo.stage === 'aangemeld' || demo.stage === 'not-obliged' || !asylum ? {} : { housedOn: registeredOn, registeredOn }),
      ...(!asylum && demo.stage !== 'not-obliged' ? { registeredOn: start } : {}),
    };
    const { row } = await registerNewcomer(tx, ctxAt(start), input, { onExisting: 'update' });
    const event = (date: IsoDate, kind: string, summary: string, section: string, data: Record<string, unknown> = {}) =>
      addCaseEvent(tx, principal, { caseId: row.id, gemeenteId, kind, summary, occurredOn: date, section, data }, at(date, 11));

    if (demo.partner) {
      await tx.insert(caseAssignments).values({ caseId: row.id, gemeenteId, userId: actors.partner(demo.partner), kind: demo.partner }).onConflictDoNothing();
      await event(addDays(start, 1), 'case.partner-assigned', `Partner toegewezen (${demo.partner}).`, 'overzicht');
    }

    const afterHousing = demo.stage !== 'aangemeld' && demo.stage !== 'not-obliged' && demo.stage !== 'ondertussengroep';
    if (afterHousing && asylum) {
      // Warme overdracht with the COA and the maatschappelijk begeleider.
      const handover = addDays(start, 7);
      await tx.insert(caseMeetings).values({
        caseId: row.id,
        gemeenteId,
        kind: 'warme-overdracht',
        plannedAt: at(handover),
        location: input.coaLocation ?? 'azc',
        participants: [
          { role: 'coa', name: 'Ingrid de Vries (COA)' },
          { role: 'maatschappelijk-begeleider', name: 'Petra Jansen (VluchtelingenWerk)' },
          { role: 'tolk', name: `Tolk ${demo.preferredLanguage ?? ''}`.trim() },
        ],
        interpreter: true,
        interpreterLanguage: demo.preferredLanguage ?? null,
        status: 'gehouden',
        notes: 'Kennisgemaakt; gezinssituatie en opleiding besproken. Wil graag snel aan het werk.',
        outcome: 'Afspraak voor de regeldag gemaakt.',
        createdBy: principal.userId,
      });
      await event(handover, 'voorbereiding.warme-overdracht', 'Warme overdracht gehouden met COA en maatschappelijk begeleider.', 'voorbereiding');
      const items = ['bsn', 'brp', 'bankrekening', 'zorgverzekering', 'huisarts', 'bijstand', 'huurcontract', 'school'] as const;
      await tx.insert(caseChecklistItems).values(
        items.map((item, i) => ({
          caseId: row.id,
          gemeenteId,
          item,
          status: demo.stage === 'voorbereiding' && i >= 4 ? 'open' : item === 'school' ? 'nvt' : 'geregeld',
          responsible: i < 3 ? 'Gemeente' : 'VluchtelingenWerk',
          dueOn: addDays(registeredOn, 14),
          doneOn: demo.stage === 'voorbereiding' && i >= 4 ? null : addDays(registeredOn, 3 + i),
        })),
      );
    }
    if (demo.stage === 'voorbereiding') {
      await tx.insert(caseMeetings).values({
        caseId: row.id,
        gemeenteId,
        kind: 'kennismaking',
        plannedAt: at(day(3), 13),
        location: 'Stadskantoor Dordrecht',
        participants: [{ role: 'inburgeraar', name: `${demo.givenNames} ${demo.familyName}` }, { role: 'tolk', name: 'Tolk Arabisch' }],
        interpreter: true,
        interpreterLanguage: 'Arabisch',
        status: 'gepland',
        createdBy: principal.userId,
      });
      await event(day(-1), 'voorbereiding.kennismaking-gepland', `Kennismakingsgesprek gepland op ${formatDutchDate(day(3))}.`, 'voorbereiding');
    }

    // Brede intake: invitations, outcomes, intake record, leerbaarheidstoets.
    const invite = async (sequence: number, sentOn: IsoDate, outcome: string, outcomeOn: IsoDate | null, warningSentOn: IsoDate | null = null) => {
      const respondBy = addDays(sentOn, 14);
      await tx.insert(intakeInvitations).values({ caseId: row.id, gemeenteId, sequence, sentOn, respondBy, outcome, outcomeOn, warningSentOn, appointmentAt: at(addDays(sentOn, 10)), location: `Stadskantoor ${gemeenteName}`, createdBy: principal.userId });
      await event(sentOn, 'intake.invitation-sent', `Oproep ${sequence} voor de brede intake verstuurd, reageren uiterlijk ${formatDutchDate(respondBy)}.`, 'intake');
      if (warningSentOn) await event(warningSentOn, 'intake.warning-sent', 'Schriftelijke waarschuwing verstuurd (art. 14 lid 1 Wi 2021).', 'intake');
      if (outcome === 'no-show' && outcomeOn) await event(outcomeOn, 'intake.no-show', `Niet verschenen op oproep ${sequence}.`, 'intake');
      if (outcome === 'appeared' && outcomeOn) await event(outcomeOn, 'intake.appeared', `Verschenen op oproep ${sequence}; intakegesprek gestart.`, 'intake');
    };
    const intakeStart = addDays(registeredOn, 3);
    const toets = async (status: 'gepland' | 'afgenomen', when: IsoDate, advisedRoute: LearningRoute | null) => {
      await tx.insert(learnabilityTests).values({
        caseId: row.id,
        gemeenteId,
        plannedAt: at(when, 9),
        location: `Taalhuis ${gemeenteName}`,
        device: 'laptop',
        supervisor: 'Toetsbegeleider Taalhuis',
        status,
        resultOn: status === 'afgenomen' ? when : null,
        advisedRoute,
        resultDetails: status === 'afgenomen' ? { score: advisedRoute === 'Z' ? 38 : 71, advies: advisedRoute } : {},
        createdBy: principal.userId,
      });
      await event(
        status === 'afgenomen' ? when : addDays(when, -7),
        status === 'afgenomen' ? 'intake.toets-result' : 'intake.toets-planned',
        status === 'afgenomen' && advisedRoute ? `Leerbaarheidstoets afgenomen; advies ${routeLabel(advisedRoute)}.` : `Leerbaarheidstoets gepland op ${formatDutchDate(when)}.`,
        'intake',
      );
    };
    const intakeRecord = async (status: string, completedOn: IsoDate | null) => {
      await tx.insert(caseIntakes).values({
        caseId: row.id,
        gemeenteId,
        status,
        startedOn: intakeStart,
        completedOn,
        themes: {
          opleiding: 'Middelbare school afgerond in het land van herkomst.',
          werk: 'Werkervaring in de bouw en de horeca.',
          taal: 'Spreekt een beetje Engels; Nederlands nog niet.',
          perspectief: 'Wil werken en een vakopleiding volgen.',
          zelfredzaamheid: 'Regelt zaken zelf met wat hulp.',
        },
        summary: completedOn ? 'Brede intake afgerond; zie de thema’s.' : null,
      });
      if (completedOn) await event(completedOn, 'intake.completed', 'Brede intake afgerond.', 'intake');
    };

    switch (demo.stage) {
      case 'intake-warning-sent':
        await intakeRecord('uitgenodigd', null);
        await invite(1, intakeStart, 'no-show', addDays(intakeStart, 10), addDays(intakeStart, 12));
        await invite(2, addDays(intakeStart, 12), 'pending', null);
        break;
      case 'intake-warning-due':
        await intakeRecord('uitgenodigd', null);
        await invite(1, day(-14), 'no-show', day(-4));
        break;
      case 'toets-planned':
        await invite(1, intakeStart, 'appeared', addDays(intakeStart, 10));
        await intakeRecord('in-gesprek', null);
        await toets('gepland', day(4), null);
        break;
      case 'toets-done':
      case 'pip-concept-duo-fails':
      case 'pip-vastgesteld':
      case 'advies-vastgesteld':
      case 'pip-overdue': {
        await invite(1, intakeStart, 'appeared', addDays(intakeStart, 10));
        const advice: LearningRoute = demo.stage === 'pip-concept-duo-fails' ? 'Z' : 'B1';
        if (asylum || demo.stage !== 'advies-vastgesteld') await toets('afgenomen', addDays(intakeStart, 14), advice);
        await intakeRecord('afgerond', addDays(intakeStart, 18));
        break;
      }
      case 'ondertussengroep': {
        // The light process (ADR 0109): a running support plan, the loan used up (ELIP), the Wi2013 termijn ending.
        const loanOn = day(-20);
        await tx.insert(supportPlans).values({
          caseId: row.id,
          gemeenteId,
          status: 'lopend',
          goal: 'Het inburgeringsexamen alsnog halen, zodat de DUO-lening niet terugbetaald hoeft te worden.',
          offers: [{ kind: 'starterz-klas', description: '7–8 uur praktijkgerichte taalles per week', provider: 'Taalschool Dalfsen', startOn: day(-14), endOn: day(180) }],
          dutyEndOn: day(75),
          loanStatus: 'op',
          loanStatusOn: loanOn,
          createdBy: principal.userId,
          createdAt: at(loanOn),
          updatedAt: at(loanOn),
        }).onConflictDoNothing();
        const [c] = await tx.select({ version: cases.version }).from(cases).where(eq(cases.id, row.id));
        await tx.update(cases).set({ elip: true, version: (c?.version ?? 1) + 1 }).where(eq(cases.id, row.id));
        await event(loanOn, 'ondersteuningsplan.aangemaakt', 'Ondersteuningsplan aangemaakt (Ondersteuning loopt), lening: Lening op (ELIP).', 'ondertussengroep');
        break;
      }
      case 'aangemeld':
      case 'voorbereiding':
      case 'not-obliged':
        break;
      default:
        demo.stage satisfies never;
    }

    // PIPs.
    const [current] = await tx.select().from(cases).where(eq(cases.id, row.id));
    if (!current) throw new Error('seed: dossier verdwenen');
    const settled = current.registeredOn ?? start;
    if (demo.stage === 'pip-concept-duo-fails') {
      const issuedOn = today;
      const check = validatePipForDuo({ dutyStart: start, settledOn: settled, issuedOn, route: 'Z', level: 'B1', firstPipEver: true, targetGroup: 'asiel' });
      await tx.insert(pips).values({
        caseId: row.id,
        gemeenteId,
        version: 1,
        status: 'concept',
        kind: 'beschikking',
        route: 'Z',
        level: 'B1',
        intensity: 'gemiddeld',
        hoursPerWeek: 12,
        support: 'Kinderopvang tijdens de lessen; begeleiding door VluchtelingenWerk.',
        pvtIntensity: 'standaard',
        mapIntensity: 'standaard',
        progressMeetings: 4,
        motivation: { routes: { Z: 'Advies leerbaarheidstoets: Z-route.', B1: 'Niet haalbaar volgens de toets.', Onderwijs: 'Geen onderwijsdoel.' } },
        duoValidation: {
          accepted: false,
          issuedOn,
          duo: { accepted: check.accepted, errors: check.errors.map((code) => ({ field: 'level', code, message: check.explanation.summary })), explanation: check.explanation },
          problems: [],
          deviatesFromAdvice: false,
          summary: check.explanation.summary,
        },
        createdBy: principal.userId,
        createdAt: at(day(-1)),
        updatedAt: at(day(-1)),
      });
      await event(day(-1), 'pip.concept', 'Concept-PIP versie 1 opgesteld (Z-route, niveau B1): DUO zou dit weigeren.', 'pip');
    }
    if (demo.stage === 'pip-vastgesteld' || demo.stage === 'advies-vastgesteld') {
      const advies = demo.stage === 'advies-vastgesteld';
      const issuedOn = day(-7);
      const route: LearningRoute = demo.route ?? 'B1';
      const check = validatePipForDuo({ dutyStart: start, settledOn: settled, issuedOn, route, level: 'B1', firstPipEver: true, targetGroup: advies ? 'gezin-overig' : 'asiel' });
      const title = advies ? 'Advies persoonlijk plan inburgering en participatie, versie 1' : 'Beschikking persoonlijk plan inburgering en participatie, versie 1';
      const summary: LetterSummary = { key: advies ? 'pip-advies' : 'pip-beschikking', facts: { route: { route }, hoursPerWeek: { count: 12 }, ...(advies ? {} : { objectionWeeks: { count: 6 } }) } };
      const pdf = await renderLetterPdf({
        summary,
        gemeenteName,
        recipient: { name: `${demo.givenNames} ${demo.familyName}` },
        dateText: formatDutchDate(issuedOn),
        reference: caseNumberOf(row),
        subject: title,
        salutation: `Beste ${demo.givenNames} ${demo.familyName},`,
        blocks: [
          { heading: 'Leerroute', text: `U volgt de ${routeLabel(route)} op niveau B1, ongeveer 12 uur per week.` },
          { heading: 'Ondersteuning en begeleiding', text: 'U krijgt begeleiding van uw trajectregisseur en van VluchtelingenWerk.' },
          { heading: 'Participatieverklaringstraject en MAP', text: 'U volgt het participatieverklaringstraject en de module arbeidsmarkt en participatie.' },
        ],
        closing: 'Met vriendelijke groet,',
        signatory: `Het college van burgemeester en wethouders van ${gemeenteName}`,
        footer: advies
          ? [{ text: 'Dit is een advies. U kunt zelf een taalcursus kiezen; de gemeente helpt u daarbij.' }]
          : [{ heading: 'Bezwaar', text: 'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij het college.' }],
      }, languageCode(demo.preferredLanguage));
      const documentId = await storeDocument(tx, principal, { caseId: row.id, gemeenteId, kind: advies ? 'pip-advies' : 'pip-beschikking', title, mimeType: 'application/pdf', content: pdf, letterSummary: summary }, at(issuedOn, 12));
      await tx.insert(pips).values({
        caseId: row.id,
        gemeenteId,
        version: 1,
        status: 'vastgesteld',
        kind: advies ? 'advies' : 'beschikking',
        issuedOn,
        route,
        level: 'B1',
        intensity: 'gemiddeld',
        hoursPerWeek: 12,
        support: 'Begeleiding door de trajectregisseur en VluchtelingenWerk.',
        pvtIntensity: 'standaard',
        mapIntensity: 'standaard',
        participation: 'Vrijwilligerswerk bij de voedselbank, twee dagdelen per week.',
        progressMeetings: 4,
        motivation: { routes: { B1: 'Advies van de leerbaarheidstoets.', Z: 'Niet nodig: B1 haalbaar.', Onderwijs: 'Geen onderwijsdoel.' } },
        duoValidation: { accepted: true, issuedOn, duo: { accepted: check.accepted, errors: [], explanation: check.explanation }, problems: [], deviatesFromAdvice: false, summary: check.explanation.summary },
        documentId,
        createdBy: principal.userId,
        issuedBy: principal.userId,
        createdAt: at(addDays(issuedOn, -3)),
        updatedAt: at(issuedOn, 12),
      });
      const term = integrationTerm({ pipIssuedOn: issuedOn });
      await tx
        .update(cases)
        .set({ status: 'pip-vastgesteld', termStart: term.value.start, termEndExclusive: term.value.endExclusive, version: current.version + 1 })
        .where(eq(cases.id, row.id));
      await event(issuedOn, 'pip.issued', `${advies ? 'Advies' : 'PIP'} versie 1 vastgesteld (${routeLabel(route)}); ${term.explanation.summary}`, 'pip');
      if (!advies) await seedDemoVoortgang(tx, { caseId: row.id, gemeenteId, userId: principal.userId, today, at: (d) => at(d) });
    }
    await refreshSignals(tx, row.id, today);
  }
}
