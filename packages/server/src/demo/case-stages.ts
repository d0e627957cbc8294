// The stages of a demo case after its registration (demo/cases.ts): voorbereiding, the brede
// intake with its invitations and toets, and the ondertussengroep's support plan. Each writes the
// rows its use cases write, with timeline events dated when they happened.
import { eq } from 'drizzle-orm';
import { addDays, formatDutchDate, routeLabel, type IsoDate, type LearningRoute } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { caseChecklistItems, caseIntakes, caseMeetings, cases, intakeInvitations, learnabilityTests, supportPlans } from '../db/schema.ts';
import type { DemoCase } from './cases.ts';

export const at = (date: IsoDate, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

/** One demo case being seeded: what every stage needs of it. */
export interface DemoCaseSeed {
  tx: Tx;
  demo: DemoCase;
  row: CaseRow;
  gemeenteId: string;
  gemeenteName: string;
  principal: Principal;
  today: IsoDate;
  start: IsoDate;
  registeredOn: IsoDate;
  asylum: boolean;
  coaLocation: string | null;
  day: (n: number) => IsoDate;
  event: (date: IsoDate, kind: string, summary: string, section: string) => Promise<void>;
}

/** Warme overdracht and checklist (asylum, after housing), or a planned kennismaking. */
export async function seedVoorbereidingStage(s: DemoCaseSeed): Promise<void> {
  const { tx, demo, row, gemeenteId, principal, start, registeredOn, asylum, day, event } = s;
  const afterHousing = demo.stage !== 'aangemeld' && demo.stage !== 'not-obliged' && demo.stage !== 'ondertussengroep';
  if (afterHousing && asylum) {
    // Warme overdracht with the COA and the maatschappelijk begeleider.
    const handover = addDays(start, 7);
    await tx.insert(caseMeetings).values({
      caseId: row.id,
      gemeenteId,
      kind: 'warme-overdracht',
      plannedAt: at(handover),
      location: s.coaLocation ?? 'azc',
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
}

/** The brede intake's writers for one case: invitations, the leerbaarheidstoets and the intake record. */
function intakeSteps(s: DemoCaseSeed) {
  const { tx, row, gemeenteId, gemeenteName, principal, registeredOn, event } = s;
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
      resultDetails: status === 'afgenomen' ? { details: `Score ${advisedRoute === 'Z' ? 38 : 71} van 100.` } : {},
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
        opleidingWerkervaring: { opleiding: 'Middelbare school afgerond in het land van herkomst.', werkervaring: 'Werkervaring in de bouw en de horeca.' },
        taalniveau: { nederlands: 'Nog geen Nederlands.', andereTalen: 'Spreekt een beetje Engels.' },
        perspectiefWerk: { ervaring: 'Wil werken en een vakopleiding volgen.' },
        zelfredzaamheid: { financieel: 'Regelt zaken zelf met wat hulp.' },
      },
      summary: completedOn ? 'Brede intake afgerond; zie de thema’s.' : null,
    });
    if (completedOn) await event(completedOn, 'intake.completed', 'Brede intake afgerond.', 'intake');
  };
  return { invite, toets, intakeRecord, intakeStart };
}

/** The intake (or the ondertussengroep's plan) as far as the demo case's stage has come. */
export async function seedIntakeStage(s: DemoCaseSeed): Promise<void> {
  const { demo, asylum, day } = s;
  const { invite, toets, intakeRecord, intakeStart } = intakeSteps(s);
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
    case 'ondertussengroep':
      await seedOndertussengroep(s);
      break;
    case 'aangemeld':
    case 'voorbereiding':
    case 'not-obliged':
      break;
    default:
      demo.stage satisfies never;
  }
}

/** The light process (ADR 0109): a running support plan, the loan used up (ELIP), the Wi2013 termijn ending. */
async function seedOndertussengroep(s: DemoCaseSeed): Promise<void> {
  const { tx, row, gemeenteId, principal, day, event } = s;
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
}
