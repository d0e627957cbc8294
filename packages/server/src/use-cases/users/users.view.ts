import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { gemeentenInScope, userGemeenten, users } from '../../db/schema.ts';
import { roleLabels } from './role-labels.ts';
import { isRole, permissions, roles, type Role } from '@koers/domain';
import { z } from 'zod';
import { gemeenteRef } from '../../contract/view-fields.ts';

/** What every view of a user starts with. */
const userFields = { id: z.string(), name: z.string(), email: z.string(), role: z.enum(roles), roleLabel: z.string() };

/** The signed-in user as the session and account endpoints return it. */
export const sessionUserSchema = z
  .object({
    ...userFields,
    organisation: z.object({ id: z.string(), name: z.string() }),
    gemeenten: z.array(gemeenteRef),
    permissions: z.array(z.enum(permissions)),
  })
  .meta({ id: 'SessieGebruiker' });
export type SessionUser = z.output<typeof sessionUserSchema>;

export const userViewSchema = z
  .object({
    ...userFields,
    active: z.boolean(),
    /** Work phone (DUO's contactpersoon telefoonnummer). */
    phone: z.string().nullable(),
    gemeenten: z.array(gemeenteRef),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'Gebruiker' });
export type UserView = z.output<typeof userViewSchema>;

type UserRow = typeof users.$inferSelect;

/** Users with their granted gemeenten, as the admin screens show them. */
export async function userViews(q: Queryable, rows: readonly UserRow[]): Promise<UserView[]> {
  const ids = rows.map((r) => r.id);
  const grants = ids.length
    ? await q
        .select({ userId: userGemeenten.userId, id: gemeentenInScope.id, code: gemeentenInScope.code, name: gemeentenInScope.name })
        .from(userGemeenten)
        .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, userGemeenten.gemeenteId))
        .where(inArray(userGemeenten.userId, ids))
        .orderBy(gemeentenInScope.name)
    : [];
  return rows.map((r) => {
    const role = knownRole(r);
    return {
      id: r.id,
      name: r.name,
      email: r.email,
      role,
      roleLabel: roleLabels[role],
      active: r.active,
      phone: r.phone,
      gemeenten: grants.filter((g) => g.userId === r.id).map(({ id, code, name }) => ({ id, code, name })),
      lockedUntil: r.lockedUntil ? r.lockedUntil.toISOString() : null,
      lastLoginAt: r.lastLoginAt ? r.lastLoginAt.toISOString() : null,
    };
  });
}

/** Users are only written with a domain role (createUser, updateUser validate it); anything else is a defect. */
function knownRole(r: UserRow): Role {
  if (!isRole(r.role)) throw new Error(`users.role of ${r.id} is not a known role`);
  return r.role;
}

export async function userView(q: Queryable, userId: string): Promise<UserView | undefined> {
  const rows = await q.select().from(users).where(eq(users.id, userId));
  const [view] = await userViews(q, rows);
  return view;
}
