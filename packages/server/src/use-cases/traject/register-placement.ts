/**
 * Inburgeringsaanbod: the person is placed with a cursusinstelling. Koers stores the placement and
 * queues the melding for DUO (POST /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}) after
 * the rules core's D3 check. The instelling must be on DUO's list; its keurmerk flags come from it.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, validatePlacementForDuo, type DuoPlacementInput } from '@koers/domain';
import type { Inburgeringsaanbod } from '@koers/duo';
import { casePlacements } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase, findOpenCase } from '../../case-file/find-case.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import type { UseCaseContext } from '../context.ts';
import type { RegisterPlacementInput } from './traject.types.ts';
import { gemeenteOin, type InstellingenLookup } from './instellingen.ts';
import { assertDuoAccepts, currentPip, noteNoBsn, recordTrajectWrite, targetGroupOf } from './traject-support.ts';
import { placementView, type InstellingView, type PlacementView } from './traject.view.ts';
import { chosenContract, type ChosenContract } from './placement-contract.ts';

/** The case (404 for another gemeente), the contract chosen, and the gemeente's OIN to ask DUO's list with. */
function caseContract(ctx: UseCaseContext, caseId: string, input: RegisterPlacementInput): Promise<{ oin: string | null; contract: ChosenContract | null }> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const chosen =
      input.contractId === undefined
        ? null
        : await chosenContract(tx, {
            contractId: input.contractId,
            location: input.location ?? '',
            startMoment: input.startMoment ?? input.offeredOn,
            gemeenteId: kase.gemeenteId,
            route: (await currentPip(tx, caseId))?.route ?? null,
            on: input.offeredOn,
          });
    return { oin: await gemeenteOin(tx, kase.gemeenteId), contract: chosen };
  });
}

/** The instelling on DUO's list; DUO cannot register an aanbod at any other. */
function listedInstelling(instellingen: readonly InstellingView[], instellingsnummer: string, contract: ChosenContract | null): InstellingView {
  const instelling = instellingen.find((i) => i.instellingsnummer === instellingsnummer);
  if (instelling) return instelling;
  throw new AppError('VALIDATION_FAILED', {
    field: contract ? 'contractId' : 'instellingsnummer',
    message: contract
      ? `${contract.providerName} (${instellingsnummer}) staat niet in de lijst van DUO: DUO kan het aanbod niet registreren. Controleer het instellingsnummer van de aanbieder.`
      : `Instelling ${instellingsnummer} staat niet in de lijst van DUO. Kies een instelling uit de lijst.`,
  });
}

export async function registerPlacement(ctx: UseCaseContext, lookup: InstellingenLookup, caseId: string, input: RegisterPlacementInput): Promise<PlacementView> {
  const scope = scopeOf(ctx.principal);
  // First the case and the contract, then DUO's list outside any transaction.
  const { oin, contract } = await caseContract(ctx, caseId, input);
  const instellingsnummer = contract?.instellingsnummer ?? input.instellingsnummer ?? '';
  const expectedStartOn = input.expectedStartOn ?? contract?.startMoment;
  const instelling = listedInstelling(await lookup(oin, ctx.now), instellingsnummer, contract);

  return inScope(ctx.db, scope, async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const pip = await currentPip(tx, caseId);
    const precheck: DuoPlacementInput = {
      targetGroup: targetGroupOf(caseRow) ?? 'gezin-overig',
      route: pip?.route ?? 'B1',
      currentPipIssuedOn: pip?.issuedOn ?? null,
      providerKeurmerk: instelling.keurmerk,
      providerTaalschakel: instelling.taalschakel,
      placementOn: input.offeredOn,
      courseStartOn: expectedStartOn ?? null,
      courseEndOn: input.expectedEndOn ?? null,
      termStart: caseRow.termStart,
      termEndExclusive: caseRow.termEndExclusive,
    };
    // DUO registers an aanbod only under its rules (D3): checked even when no BSN is known yet.
    assertDuoAccepts(validatePlacementForDuo(precheck));

    // DUO keeps one aanbod per instelling: a new one replaces the earlier one there.
    const replaced = await tx
      .update(casePlacements)
      .set({ status: 'vervangen', updatedAt: ctx.now })
      .where(and(eq(casePlacements.caseId, caseId), eq(casePlacements.instellingsnummer, instelling.instellingsnummer), eq(casePlacements.status, 'actief')))
      .returning({ id: casePlacements.id });
    const [row] = await tx
      .insert(casePlacements)
      .values({
        gemeenteId: caseRow.gemeenteId,
        caseId,
        instellingsnummer: instelling.instellingsnummer,
        instellingNaam: instelling.naam,
        offeredOn: input.offeredOn,
        expectedStartOn: expectedStartOn ?? null,
        expectedEndOn: input.expectedEndOn ?? null,
        literacy: input.literacy,
        status: 'actief',
        contractId: contract?.contractId ?? null,
        location: contract?.location ?? null,
        startMoment: contract?.startMoment ?? null,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');

    const aanbod: Inburgeringsaanbod = {
      datumInburgeringsaanbod: input.offeredOn,
      ...(expectedStartOn ? { verwachteStartdatumOpleiding: expectedStartOn } : {}),
      ...(input.expectedEndOn ? { verwachteEinddatumOpleiding: input.expectedEndOn } : {}),
      indicatorAlfabetiseringsonderwijs: input.literacy,
    };
    if (caseRow.bsn !== null) {
      await queueDuoMessage(tx, {
        gemeenteId: caseRow.gemeenteId,
        caseId,
        operation: 'aanbod.register',
        payload: { bsn: caseRow.bsn, instellingsnummer: instelling.instellingsnummer, aanbod: { ...aanbod } },
        precheck: { rule: 'placement', input: precheck },
        actor: ctx.principal,
        now: ctx.now,
      });
    } else {
      await noteNoBsn(tx, ctx, caseRow, 'Het inburgeringsaanbod', { placementId: row.id, operation: 'aanbod.register' });
    }
    await recordTrajectWrite(tx, ctx, caseRow, {
      entityType: 'case-placement',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { instellingsnummer: row.instellingsnummer, instellingNaam: row.instellingNaam, offeredOn: row.offeredOn, expectedStartOn: row.expectedStartOn, expectedEndOn: row.expectedEndOn, literacy: row.literacy, status: row.status, contractId: row.contractId, location: row.location, startMoment: row.startMoment }),
      event: {
        kind: 'traject.aanbod',
        occurredOn: input.offeredOn,
        summary: `Inburgeringsaanbod bij ${instelling.naam} (${instelling.instellingsnummer}) per ${formatDutchDate(input.offeredOn)}${contract ? `, onder contract, locatie ${contract.location}, startmoment ${formatDutchDate(contract.startMoment)}` : ''}${replaced.length > 0 ? '; vervangt het eerdere aanbod bij deze instelling' : ''}.`,
        data: { placementId: row.id, instellingsnummer: row.instellingsnummer, replaced: replaced.map((r) => r.id) },
      },
      operationName: 'registerPlacement',
    });
    return placementView(row, null);
  });
}
