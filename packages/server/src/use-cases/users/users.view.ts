import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { gemeentenInScope, userGemeenten, users } from '../../db/schema.ts';
import { roleLabels } from './role-labels.ts';
import { isRole, type Role } from '@koers/domain';

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  roleLabel: string;
  active: boolean;
  /** Work phone (DUO's contactpersoon telefoonnummer). */
  phone: string | null;
  gemeenten: { id: string; code: string; name: string }[];
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

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
