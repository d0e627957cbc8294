// When the brede intake starts (seed 002, R5): a per-gemeente choice stored in gemeenten.settings
// under `intakeScenario`, validated with the domain's local settings schema.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { intakeScenarioSchema, formatDutchDate, isOnOrAfter, readGemeenteSettings } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { gemeentenInScope } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { gemeenteNotFound, requirePermission } from '../gemeenten/access.ts';
import { writeGemeenteSettings } from '../gemeenten/settings-write.ts';
import { AppError } from '../../errors.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { UseCaseContext } from '../context.ts';
import type { CaseScenarioView, GemeenteScenarioView } from './voorbereiding.view.ts';

export type IntakeScenarioValue = z.infer<typeof intakeScenarioSchema>;

export const intakeScenarioInput = z.strictObject({ scenario: intakeScenarioSchema });
export type IntakeScenarioInput = z.infer<typeof intakeScenarioInput>;

export const scenarioDescriptions: Record<IntakeScenarioValue, string> = {
  1: 'Scenario 1: de gemeente start het hele inburgeringstraject al tijdens het verblijf in het azc.',
  2: 'Scenario 2: brede intake en PIP tijdens het verblijf in het azc; het traject start na huisvesting.',
  3: 'Scenario 3: brede intake, PIP en traject starten pas na de daadwerkelijke huisvesting in de gemeente.',
};

/** The stored scenario, or null when the gemeente has not chosen one (or it is not valid). */
export function readScenario(settings: unknown): IntakeScenarioValue | null {
  return readGemeenteSettings(settings).intakeScenario ?? null;
}

function describe(scenario: IntakeScenarioValue | null): string {
  return scenario === null ? 'De gemeente heeft nog geen scenario gekozen voor de start van de brede intake.' : scenarioDescriptions[scenario];
}

/**
 * What the scenario means for one case. Scenario 3 holds back the intake until the person is housed
 * (housedOn on or before today). Gezinsmigranten and overige migranten do not come from an azc:
 * for them the scenario does not apply.
 */
export function scenarioForCase(scenario: IntakeScenarioValue | null, kase: Pick<CaseRow, 'housedOn' | 'targetGroup' | 'gemeenteId'>, today: string): CaseScenarioView {
  const base = { gemeenteId: kase.gemeenteId, scenario, description: describe(scenario) };
  if (kase.targetGroup === 'gezin-overig') {
    return { ...base, invitationAllowed: true, explanation: 'Gezinsmigrant of overige migrant: komt niet uit het azc; de brede intake start na de melding van DUO, los van het scenario.' };
  }
  switch (scenario) {
    case null:
      return { ...base, invitationAllowed: true, explanation: 'Geen scenario gekozen: Koers gaat uit van scenario 2 (brede intake en PIP al in het azc) en houdt de uitnodiging niet tegen.' };
    case 1:
      return { ...base, invitationAllowed: true, explanation: 'Scenario 1: de brede intake en het traject kunnen al starten terwijl de persoon in het azc woont.' };
    case 2:
      return { ...base, invitationAllowed: true, explanation: 'Scenario 2: de brede intake en het PIP kunnen al in het azc; het traject zelf start na huisvesting.' };
    case 3: {
      if (kase.housedOn === null) {
        return { ...base, invitationAllowed: false, explanation: 'Scenario 3: de brede intake start pas na huisvesting. Er is nog geen huisvestingsdatum bekend, dus nog geen uitnodiging.' };
      }
      if (!isOnOrAfter(today, kase.housedOn)) {
        return {
          ...base,
          invitationAllowed: false,
          explanation: `Scenario 3: de brede intake start pas na huisvesting op ${formatDutchDate(kase.housedOn)}; uitnodigen kan vanaf die datum.`,
        };
      }
      return { ...base, invitationAllowed: true, explanation: `Scenario 3: gehuisvest op ${formatDutchDate(kase.housedOn)}, dus de brede intake kan starten.` };
    }
    default:
      return scenario satisfies never;
  }
}

export async function scenarioOfGemeente(tx: Tx, gemeenteId: string): Promise<IntakeScenarioValue | null> {
  const [row] = await tx.select({ settings: gemeentenInScope.settings }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  return readScenario(row?.settings);
}

/** GET: the scenario of one of the user's gemeenten. */
export function getIntakeScenario(ctx: UseCaseContext, gemeenteId: string): Promise<GemeenteScenarioView> {
  const { permissions } = ctx.principal;
  if (!permissions.includes('case:read') && !permissions.includes('admin:gemeenten')) throw new AppError('FORBIDDEN');
  if (!ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) throw new AppError('NOT_FOUND', { message: 'Deze gemeente bestaat niet of u werkt er niet voor.' });
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const scenario = await scenarioOfGemeente(tx, gemeenteId);
    return { gemeenteId, scenario, description: describe(scenario) };
  });
}

/** PUT (beheer): sets the scenario of a gemeente of the own organisation; other settings stay as they are. */
export function setIntakeScenario(ctx: UseCaseContext, gemeenteId: string, input: IntakeScenarioInput): Promise<GemeenteScenarioView> {
  requirePermission(ctx, 'admin:gemeenten');
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const gemeente = await loadGemeente(tx, gemeenteId);
    if (!gemeente || gemeente.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
    await writeGemeenteSettings(tx, ctx.principal, gemeente, { ...gemeente.settings, intakeScenario: input.scenario }, gemeente.version, ctx.now);
    return { gemeenteId, scenario: input.scenario, description: describe(input.scenario) };
  });
}
