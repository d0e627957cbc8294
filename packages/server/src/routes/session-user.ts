import type { Principal } from '../auth/principal.ts';
import { roleLabels } from '../use-cases/users/role-labels.ts';
import type { SessionUser } from '../use-cases/users/users.view.ts';

export function sessionUserOf(p: Principal): SessionUser {
  return {
    id: p.userId,
    name: p.name,
    email: p.email,
    role: p.role,
    roleLabel: roleLabels[p.role],
    organisation: p.organisation,
    gemeenten: p.gemeenten,
    permissions: [...p.permissions],
  };
}
