// Demo cases in every stage of the first part of the work, so a new user sees a living system:
// registered, voorbereiding with a warme overdracht, intake with a no-show and warning, toets
// planned and done, a draft PIP DUO would refuse, a vastgesteld PIP with its beschikking, a
// gezinsmigrant with an advies, an overdue PIP deadline. Registration goes through the real use
// case (registerNewcomer); later stages write the same rows their use cases write, with timeline
// events dated when they happened, and end with refreshSignals — so werkvoorraad, timeline and
// history agree. All dates are relative to today.
import { randomBytes } from 'node:crypto';
import { addDays, type IsoDate, type LearningRoute } from '@koers/domain';
import type { Db, Tx } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { caseAssignments } from '../db/schema.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import type { RegistrationInput } from '../use-cases/cases/case-input.types.ts';
import { registerNewcomer } from '../use-cases/registration/register-newcomer.ts';
import { at, seedIntakeStage, seedVoorbereidingStage, type DemoCaseSeed } from './case-stages.ts';
import { seedDemoPips } from './case-pips.ts';

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

export interface DemoCase {
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

/** Creates the demo cases in the caller's (system) transaction. */
export async function seedDemoCases(tx: Tx, db: Db, actors: DemoActors, now: Date, secret: string): Promise<void> {
  const today = todayIn(now);
  const day = (n: number) => addDays(today, n);
  for (const demo of demoCases) {
    const principal = actors.regisseur(demo.gemeente);
    const gemeenteId = actors.gemeenteId(demo.gemeente);
    const gemeenteName = principal.gemeenten.find((g) => g.id === gemeenteId)?.name ?? '';
    const start = day(-demo.startedDaysAgo);
    const ctxAt = (date: IsoDate): UseCaseContext => ({
      // The seed writes in its own transaction (tx); the use cases it calls take that, not ctx.db.
      db,
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

    const s: DemoCaseSeed = { tx, demo, row, gemeenteId, gemeenteName, principal, today, start, registeredOn, asylum, coaLocation: input.coaLocation ?? null, day, event };
    await seedVoorbereidingStage(s);
    await seedIntakeStage(s);
    await seedDemoPips(s);
    await refreshSignals(tx, row.id, today);
  }
}
