import type { Role } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { cases, gemeenten, organisations, userGemeenten, users } from '../db/schema.ts';
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

// Fictitious people; BSNs pass the elfproef but are from the test range (9-digit, starting with 9).
const demoCases = [
  { gemeente: '0505', bsn: '999990019', givenNames: 'Amanuel', familyName: 'Tesfay', birthDate: '1994-03-12', nationality: 'ER', permit: 'asiel' },
  { gemeente: '0505', bsn: '999990020', givenNames: 'Rania', familyName: 'Haddad', birthDate: '1988-11-02', nationality: 'SY', permit: 'asiel' },
  { gemeente: '0505', bsn: '999990032', givenNames: 'Olena', familyName: 'Kovalenko', birthDate: '1979-06-30', nationality: 'UA', permit: 'regulier' },
  { gemeente: '0642', bsn: '999990044', givenNames: 'Farid', familyName: 'Ahmadi', birthDate: '2001-01-19', nationality: 'AF', permit: 'asiel' },
  { gemeente: '0642', bsn: '999990056', givenNames: 'Maria', familyName: 'Santos', birthDate: '1990-08-08', nationality: 'BR', permit: 'regulier' },
  { gemeente: '0148', bsn: '999990068', givenNames: 'Yonas', familyName: 'Berhane', birthDate: '1997-04-25', nationality: 'ER', permit: 'asiel' },
] as const;

/** Seeds the demo installation once: two organisations, three gemeenten, a user per role, some cases. */
export async function seedDemo(db: Db): Promise<boolean> {
  const passwordHash = await hashPassword(demoPassword);
  return asSystem(db, async (tx) => {
    const existing = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing.length > 0) return false;
    const gemeenteIds = new Map<string, string>();
    const managers = new Map<string, string>();
    for (const org of [drechtsteden, dalfsen]) {
      const [o] = await tx.insert(organisations).values({ name: org.name }).returning();
      if (!o) throw new Error('seed: organisatie niet aangemaakt');
      for (const g of org.gemeenten) {
        const [row] = await tx.insert(gemeenten).values({ ...g, organisationId: o.id }).returning();
        if (row) gemeenteIds.set(g.code, row.id);
      }
      for (const u of org.users) {
        const [row] = await tx
          .insert(users)
          .values({ organisationId: o.id, email: u.email, name: u.name, role: u.role, passwordHash })
          .returning();
        if (!row) throw new Error('seed: gebruiker niet aangemaakt');
        if (u.role === 'trajectregisseur') for (const code of u.gemeenten) managers.set(code, row.id);
        await tx.insert(userGemeenten).values(
          u.gemeenten.map((code) => ({ userId: row.id, gemeenteId: gemeenteIds.get(code) ?? '', organisationId: o.id })),
        );
      }
    }
    for (const c of demoCases) {
      const { gemeente, ...person } = c;
      await tx.insert(cases).values({
        ...person,
        gemeenteId: gemeenteIds.get(gemeente) ?? '',
        status: 'aangemeld',
        caseManagerId: managers.get(gemeente) ?? null,
      });
    }
    return true;
  });
}
