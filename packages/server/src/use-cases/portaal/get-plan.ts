// GET /api/portaal/plan: the vastgesteld PIP in codes, with its agreements per party (issue 17).
// The gemeente's free text is sent as written; the portal translates the codes around it.
import { and, desc, eq, ne } from 'drizzle-orm';
import { agreementParties, caseStatuses, languageLevels, learningRoutes, type AgreementParty, type AgreementTopic } from '@koers/domain';
import { casePlacements, cases, pips, providerContracts, providers } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalAgreement, PortaalPlan } from './portaal.view.ts';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null => list.find((x) => x === v) ?? null;
const filled = (s: string | null): s is string => s !== null && s.trim() !== '';

function agreementsOf(pip: typeof pips.$inferSelect): PortaalAgreement[] {
  const out: PortaalAgreement[] = [];
  const add = (party: AgreementParty, topic: AgreementTopic, text: string | null, number: number | null = null) => {
    if (filled(text) || number !== null) out.push({ party, topic, text: filled(text) ? text : null, number });
  };
  add('inburgeraar', 'taalles', pip.intensity, pip.hoursPerWeek);
  add('inburgeraar', 'participatie', pip.participation);
  add('inburgeraar', 'pvt', pip.pvtIntensity);
  add('inburgeraar', 'map', pip.mapIntensity);
  add('gemeente', 'ondersteuning', pip.support);
  add('gemeente', 'voorschoolse-educatie', pip.vve);
  add('gemeente', 'participatiewet', pip.participatiewet);
  add('gemeente', 'voortgangsgesprekken', null, pip.progressMeetings);
  if (pip.relief !== null) out.push({ party: 'gemeente', topic: 'ontzorgen', text: null, number: null });
  return out;
}

/** A placement's provider as a party of the plan: its kind from the register, a taalaanbieder without one. */
function partyOf(kinds: string[] | null): AgreementParty {
  return agreementParties.find((p) => p !== 'inburgeraar' && p !== 'gemeente' && (kinds ?? []).includes(p)) ?? 'taalaanbieder';
}

export function getPlan(ctx: PortaalContext): Promise<PortaalPlan> {
  return inPortaal(
    ctx,
    async (tx) => {
      const caseId = ctx.principal.caseId;
      const [kase] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
      if (!kase) throw new AppError('NOT_FOUND');
      const [pip] = await tx.select().from(pips).where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld'))).orderBy(desc(pips.version)).limit(1);
      await logPortaal(tx, ctx, 'portaal.getPlan', 'read', 'pip', pip?.id ?? null);
      const status = oneOf(caseStatuses, kase.status) ?? 'aangemeld';
      if (!pip) return { status, pip: null };
      const placements = await tx
        .select({ name: casePlacements.instellingNaam, kinds: providers.kinds })
        .from(casePlacements)
        .leftJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
        .leftJoin(providers, eq(providers.id, providerContracts.providerId))
        .where(and(eq(casePlacements.caseId, caseId), ne(casePlacements.status, 'ingetrokken')));
      const agreements = agreementsOf(pip);
      for (const p of placements) agreements.push({ party: partyOf(p.kinds), topic: 'uitvoering', text: p.name, number: null });
      return {
        status,
        pip: {
          kind: pip.kind === 'advies' ? 'advies' : 'beschikking',
          issuedOn: pip.issuedOn,
          route: oneOf(learningRoutes, pip.route),
          level: oneOf(languageLevels, pip.level),
          intensity: pip.intensity,
          hoursPerWeek: pip.hoursPerWeek,
          agreements,
        },
      };
    },
    { readOnly: true },
  );
}
