import type { Permission } from '@koers/domain';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';

/** The explicit permission check of every use case that writes organisations or gemeenten. */
export function requirePermission(ctx: UseCaseContext, permission: Permission): void {
  if (!ctx.principal.permissions.includes(permission)) throw new AppError('FORBIDDEN');
}

export const gemeenteNotFound = () => new AppError('NOT_FOUND', { message: 'Deze gemeente bestaat niet of hoort niet bij uw organisatie.' });
