import type { Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';

/** A gemeente the user is granted, or 404 (another gemeente does not exist for them). */
export function grantedGemeente(principal: Principal, gemeenteId: string): { id: string; name: string } {
  const gemeente = principal.gemeenten.find((g) => g.id === gemeenteId);
  if (!gemeente) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  return { id: gemeente.id, name: gemeente.name };
}
