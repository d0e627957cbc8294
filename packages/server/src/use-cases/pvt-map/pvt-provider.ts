// Which provider a PVT group names (ADR 0144): one of the organisation's providers of kind
// pvt-aanbieder (its name is copied to provider_name for the certificate and lists), or, for a
// group made before the register, the free text it already had.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { providers } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

export interface PvtProviderChoice {
  providerId: string | null;
  providerName: string;
}

export async function resolvePvtProvider(tx: Tx, input: { providerId?: string | null | undefined; providerName?: string | undefined }): Promise<PvtProviderChoice> {
  if (input.providerId) {
    // Row-level security shows only the organisation's own providers: another's is "not found".
    const [provider] = await tx.select({ id: providers.id, name: providers.name, kinds: providers.kinds }).from(providers).where(eq(providers.id, input.providerId));
    if (!provider) throw new AppError('NOT_FOUND', { field: 'providerId', message: 'Aanbieder: deze aanbieder bestaat niet of hoort niet bij uw organisatie.' });
    if (!provider.kinds.includes('pvt-aanbieder')) {
      throw new AppError('PROVIDER_WRONG_KIND', { field: 'providerId', message: `Aanbieder: ${provider.name} is geen PVT-aanbieder. Kies een PVT-aanbieder, of voeg de soort toe bij Beheer → Aanbieders en contracten.` });
    }
    return { providerId: provider.id, providerName: provider.name };
  }
  if (input.providerName) return { providerId: null, providerName: input.providerName };
  throw new AppError('VALIDATION_FAILED', { field: 'providerId', message: 'Aanbieder: kies een PVT-aanbieder.' });
}
