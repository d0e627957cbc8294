// A new organisation with its gemeenten and its first beheerder, in the caller's transaction:
// used by `koers init` (no one signed in yet) and by the hosting party in the app.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.ts';
import { pgConstraint, pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { userGemeenten, users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Principal } from '../auth/principal.ts';
import { recordChange } from '../audit/history.ts';
import { insertGemeente, insertOrganisation } from './store.ts';
import type { OrganisationInput } from './gemeente-input.ts';

export interface ProvisionedOrganisation {
  organisationId: string;
  name: string;
  gemeenten: { id: string; code: string; name: string; oin: string | null }[];
  beheerder: { id: string; email: string; name: string };
}

/** Hashes the password before the transaction starts (argon2 takes a moment; the transaction should not). */
export async function prepareBeheerder(input: OrganisationInput['beheerder']): Promise<{ passwordHash: string | null }> {
  return { passwordHash: input.password === undefined ? null : await hashPassword(input.password) };
}

/**
 * Creates the organisation, its gemeenten and the first beheerder (granted every gemeente), with
 * history rows. `organisationId` may be chosen by the caller, so it can set the scope first.
 */
export async function provisionOrganisation(
  tx: Tx,
  input: OrganisationInput,
  prepared: { passwordHash: string | null },
  actor: Principal | null,
  at: Date,
  organisationId: string = randomUUID(),
): Promise<ProvisionedOrganisation> {
  const organisation = await insertOrganisation(tx, { id: organisationId, name: input.name, at });
  await recordChange(tx, actor, { organisationId, gemeenteId: null, entityType: 'organisation', entityId: organisationId, action: 'create', changes: { name: { from: null, to: input.name } } }, at);
  const created: ProvisionedOrganisation['gemeenten'] = [];
  for (const [index, g] of input.gemeenten.entries()) {
    let row: { id: string };
    try {
      row = await insertGemeente(tx, organisationId, g, at);
    } catch (error) {
      // Name which gemeente of the list was refused.
      if (error instanceof AppError && error.field) throw new AppError(error.code, { field: `gemeenten.${index}.${error.field}`, message: `${error.message} (${g.code} ${g.name})` });
      throw error;
    }
    created.push({ id: row.id, ...g });
    await recordChange(
      tx,
      actor,
      { organisationId, gemeenteId: null, entityType: 'gemeente', entityId: row.id, action: 'create', changes: { name: { from: null, to: g.name }, code: { from: null, to: g.code }, oin: { from: null, to: g.oin } } },
      at,
    );
  }
  const email = input.beheerder.email.trim().toLowerCase();
  let user: { id: string } | undefined;
  try {
    [user] = await tx.transaction((inner) =>
      inner
        .insert(users)
        .values({
          organisationId,
          email,
          name: input.beheerder.name,
          role: 'beheerder',
          passwordHash: prepared.passwordHash,
          oidcSubject: input.beheerder.oidcSubject ?? null,
          passwordChangedAt: prepared.passwordHash ? at : null,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: users.id }),
    );
  } catch (error) {
    if (pgErrorCode(error) === uniqueViolation) {
      const oidc = pgConstraint(error) === 'users_oidc_subject_key';
      throw oidc
        ? new AppError('EMAIL_TAKEN', { field: 'beheerder.oidcSubject', message: 'OIDC-subject beheerder: dit subject is al aan een ander account gekoppeld.' })
        : new AppError('EMAIL_TAKEN', { field: 'beheerder.email', message: 'E-mailadres beheerder: er bestaat al een account met dit e-mailadres.' });
    }
    throw error;
  }
  if (!user) throw new AppError('INTERNAL');
  await tx.insert(userGemeenten).values(created.map((g) => ({ userId: user.id, gemeenteId: g.id, organisationId })));
  await recordChange(
    tx,
    actor,
    {
      organisationId,
      gemeenteId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      changes: {
        name: { from: null, to: input.beheerder.name },
        email: { from: null, to: email },
        role: { from: null, to: 'beheerder' },
        gemeenteIds: { from: null, to: created.map((g) => g.id).sort() },
        ...(input.beheerder.oidcSubject ? { oidcSubject: { from: null, to: input.beheerder.oidcSubject } } : {}),
      },
    },
    at,
  );
  return { organisationId, name: organisation.name, gemeenten: created, beheerder: { id: user.id, email, name: input.beheerder.name } };
}
