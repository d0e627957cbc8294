// The PIP of a demo case (demo/cases.ts): a concept DUO would refuse, or a vastgesteld PIP or
// advies with its letter, its termijn and (for a PIP) its voortgang.
import { eq } from 'drizzle-orm';
import { addDays, formatDutchDate, integrationTerm, languageCode, routeLabel, validatePipForDuo, type IsoDate, type LearningRoute } from '@koers/domain';
import { cases, pips } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { renderLetterPdf } from '../documents/letter-pdf.ts';
import type { LetterSummary } from '../documents/summaries/summary.ts';
import { storeDocument } from '../documents/store-document.ts';
import { caseNumberOf } from '../use-cases/cases/case.view.ts';
import { seedDemoVoortgang } from './voortgang.ts';
import { at, type DemoCaseSeed } from './case-stages.ts';

/** The PIP the demo case's stage asks for, if any. */
export async function seedDemoPips(s: DemoCaseSeed): Promise<void> {
  const { tx, demo, row, start } = s;
  const [current] = await tx.select().from(cases).where(eq(cases.id, row.id));
  if (!current) throw new Error('seed: dossier verdwenen');
  const settled = current.registeredOn ?? start;
  if (demo.stage === 'pip-concept-duo-fails') await seedConceptPip(s, settled);
  if (demo.stage === 'pip-vastgesteld' || demo.stage === 'advies-vastgesteld') await seedVastgesteldPip(s, settled, current);
}

/** A concept PIP (Z-route, niveau B1) that DUO's rules would refuse. */
async function seedConceptPip(s: DemoCaseSeed, settled: IsoDate): Promise<void> {
  const { tx, row, gemeenteId, principal, today, start, day, event } = s;
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

/** A vastgesteld PIP (beschikking) or advies, with its letter, the termijn and the voortgang. */
async function seedVastgesteldPip(s: DemoCaseSeed, settled: IsoDate, current: CaseRow): Promise<void> {
  const { tx, demo, row, gemeenteId, gemeenteName, principal, today, start, day, event } = s;
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
