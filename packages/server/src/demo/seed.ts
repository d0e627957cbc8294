import type { Role } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { randomBytes } from 'node:crypto';
import { gemeenten, organisations, userGemeenten, users } from '../db/schema.ts';
import { loadPrincipal, type Principal } from '../auth/principal.ts';
import { seedDemoCases } from './cases.ts';
import { hashPassword } from '../auth/passwords.ts';

export const demoPassword = 'Welkom-bij-Koers-2026';

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  gemeenten: string[];
}

const drechtsteden = {
  name: 'Sociale Dienst Drechtsteden',
  gemeenten: [
    { code: '0505', name: 'Dordrecht' },
    { code: '0642', name: 'Zwijndrecht' },
  ],
  users: [
    { email: 'beheerder@drechtsteden.demo', name: 'Bram de Beheerder', role: 'beheerder', gemeenten: ['0505', '0642'] },
    { email: 'teamleider@drechtsteden.demo', name: 'Tineke Teunissen', role: 'teamleider', gemeenten: ['0505', '0642'] },
    { email: 'regisseur@drechtsteden.demo', name: 'Rachid El Amrani', role: 'trajectregisseur', gemeenten: ['0505', '0642'] },
    { email: 'financien@drechtsteden.demo', name: 'Femke van der Linden', role: 'financieel-medewerker', gemeenten: ['0505', '0642'] },
    { email: 'beleid@drechtsteden.demo', name: 'Bas Verhoeven', role: 'beleidsadviseur', gemeenten: ['0505', '0642'] },
    { email: 'begeleider@drechtsteden.demo', name: 'Petra Jansen (VluchtelingenWerk)', role: 'partner-begeleiding', gemeenten: ['0505'] },
    { email: 'aanbieder@drechtsteden.demo', name: 'Ahmed Yilmaz (Taalhuis Zuid)', role: 'partner-aanbieder', gemeenten: ['0505', '0642'] },
  ] satisfies DemoUser[],
};

const dalfsen = {
  name: 'Gemeente Dalfsen',
  gemeenten: [{ code: '0148', name: 'Dalfsen' }],
  users: [
    { email: 'beheerder@dalfsen.demo', name: 'Dirk Dijkstra', role: 'beheerder', gemeenten: ['0148'] },
    { email: 'regisseur@dalfsen.demo', name: 'Sanne Bosch', role: 'trajectregisseur', gemeenten: ['0148'] },
  ] satisfies DemoUser[],
};

/** When the brede intake starts per demo gemeente (seed 002): one of each scenario. */
const intakeScenarios: Record<string, 1 | 2 | 3> = { '0505': 2, '0642': 1, '0148': 3 };

export interface SeedOptions {
  /** The clock (demo dates are relative to it). */
  now?: Date;
  /** Key for the processing log's pseudonyms: pass the server's secret so pseudonyms match. */
  secret?: string;
}

/**
 * Seeds the demo installation once, in one transaction: two organisations, three gemeenten, a user
 * per role, and cases in every stage (src/demo/cases.ts). Does nothing when data exists.
 */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const secret = options.secret ?? process.env.KOERS_SECRET ?? randomBytes(32).toString('hex');
  const passwordHash = await hashPassword(demoPassword);
  return asSystem(db, async (tx) => {
    const existing = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing.length > 0) return false;
    const gemeenteIds = new Map<string, string>();
    const managers = new Map<string, string>();
    const partners = new Map<string, string>();
    for (const org of [drechtsteden, dalfsen]) {
      const [o] = await tx.insert(organisations).values({ name: org.name }).returning();
      if (!o) throw new Error('seed: organisatie niet aangemaakt');
      for (const g of org.gemeenten) {
        const [row] = await tx.insert(gemeenten).values({ ...g, organisationId: o.id, settings: { intakeScenario: intakeScenarios[g.code] ?? 2 } }).returning();
        if (row) gemeenteIds.set(g.code, row.id);
      }
      for (const u of org.users) {
        const [row] = await tx
          .insert(users)
          .values({ organisationId: o.id, email: u.email, name: u.name, role: u.role, passwordHash })
          .returning();
        if (!row) throw new Error('seed: gebruiker niet aangemaakt');
        if (u.role === 'trajectregisseur') for (const code of u.gemeenten) managers.set(code, row.id);
        if (u.role === 'partner-begeleiding') partners.set('begeleiding', row.id);
        if (u.role === 'partner-aanbieder') partners.set('taalaanbieder', row.id);
        await tx.insert(userGemeenten).values(
          u.gemeenten.map((code) => ({ userId: row.id, gemeenteId: gemeenteIds.get(code) ?? '', organisationId: o.id })),
        );
      }
    }
    const principals = new Map<string, Principal>();
    for (const [code, userId] of managers) {
      const principal = await loadPrincipal(tx, userId);
      if (principal) principals.set(code, principal);
    }
    await seedDemoCases(
      tx,
      {
        regisseur: (code) => {
          const p = principals.get(code);
          if (!p) throw new Error(`seed: geen trajectregisseur voor ${code}`);
          return p;
        },
        gemeenteId: (code) => gemeenteIds.get(code) ?? '',
        partner: (kind) => partners.get(kind) ?? '',
      },
      now,
      secret,
    );
    return true;
  });
}
