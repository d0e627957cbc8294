import { parseGemeenteSettings, type LetterSettings, type Role } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { randomBytes } from 'node:crypto';
import { organisations, userGemeenten, users } from '../db/schema.ts';
import { insertGemeente, insertOrganisation } from '../gemeenten/store.ts';
import { loadPrincipal, type Principal } from '../auth/principal.ts';
import { demoOntzorgenAccounts, seedDemoOntzorgen } from './ontzorgen.ts';
import { seedDemoEinde } from './einde.ts';
import { seedDemoHandhaving } from './handhaving.ts';
import { todayIn } from '../case-file/today.ts';
import { seedDemoCases, type DemoActors } from './cases.ts';
import { seedDemoTaakstelling } from './taakstelling.ts';
import { seedDemoPvtMap } from './pvt-map.ts';
import { seedDemoVerslagen } from './verslagen.ts';
import { seedDemoParticipatie } from './participatie.ts';
import { seedDemoProviders } from './providers.ts';
import { seedDemoBegeleiding } from './begeleiding.ts';
import { demoSturingSettings, seedDemoCostLines } from './sturing.ts';
import { hashPassword } from '../auth/passwords.ts';

export const demoPassword = 'Welkom-bij-Koers-2026';

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  gemeenten: string[];
}

interface DemoGemeente {
  /** CBS gemeentecode (real). */
  code: string;
  name: string;
  /** OIN: 00000001 + a fictitious RSIN (elfproef) + 000; the real OINs are not used in the demo. */
  oin: string;
  letter: LetterSettings;
}

/** Letter settings of a Drechtsteden gemeente: the Sociale Dienst writes on behalf of each college. */
const sdd = (name: string, signatoryName: string): LetterSettings => ({
  department: `Sociale Dienst Drechtsteden, team Inburgering (namens de gemeente ${name})`,
  contactName: 'Team Inburgering',
  visitingAddress: 'Spuiboulevard 300\n3311 GR Dordrecht',
  postalAddress: 'Postbus 1000\n3300 BA Dordrecht',
  phone: '078 123 4567',
  email: 'inburgering@drechtsteden.demo',
  signatoryName,
  signatoryFunction: 'Manager Inburgering Sociale Dienst Drechtsteden',
  objectionAddress: `College van burgemeester en wethouders van ${name}\nt.a.v. Bezwaar en Beroep\nPostbus 1000\n3300 BA Dordrecht`,
});

// Seed 004: Sociale Dienst Drechtsteden carries out the Wet inburgering for its seven gemeenten.
const drechtstedenGemeenten: DemoGemeente[] = [
  { code: '0482', name: 'Alblasserdam', oin: '00000001800482001000', letter: sdd('Alblasserdam', 'M. de Wit') },
  { code: '0505', name: 'Dordrecht', oin: '00000001800505001000', letter: sdd('Dordrecht', 'M. de Wit') },
  { code: '0523', name: 'Hardinxveld-Giessendam', oin: '00000001800523003000', letter: sdd('Hardinxveld-Giessendam', 'M. de Wit') },
  { code: '0531', name: 'Hendrik-Ido-Ambacht', oin: '00000001800531000000', letter: sdd('Hendrik-Ido-Ambacht', 'M. de Wit') },
  { code: '0590', name: 'Papendrecht', oin: '00000001800590004000', letter: sdd('Papendrecht', 'M. de Wit') },
  { code: '0610', name: 'Sliedrecht', oin: '00000001800610003000', letter: sdd('Sliedrecht', 'M. de Wit') },
  { code: '0642', name: 'Zwijndrecht', oin: '00000001800642004000', letter: sdd('Zwijndrecht', 'M. de Wit') },
];

const drechtsteden = {
  name: 'Sociale Dienst Drechtsteden',
  gemeenten: drechtstedenGemeenten,
  users: [
    { email: 'beheerder@drechtsteden.demo', name: 'Bram de Beheerder', role: 'beheerder', gemeenten: drechtstedenGemeenten.map((g) => g.code) },
    { email: 'teamleider@drechtsteden.demo', name: 'Tineke Teunissen', role: 'teamleider', gemeenten: ['0505', '0642'] },
    { email: 'regisseur@drechtsteden.demo', name: 'Rachid El Amrani', role: 'trajectregisseur', gemeenten: ['0505', '0642'] },
    { email: 'financien@drechtsteden.demo', name: 'Femke van der Linden', role: 'financieel-medewerker', gemeenten: ['0505', '0642'] },
    // The second pair of eyes for the ontzorgen batches (four-eyes approval): made this month's proposal.
    { email: 'financien2@drechtsteden.demo', name: 'Joost Kramer', role: 'financieel-medewerker', gemeenten: ['0505', '0642'] },
    { email: 'beleid@drechtsteden.demo', name: 'Bas Verhoeven', role: 'beleidsadviseur', gemeenten: ['0505', '0642'] },
    { email: 'begeleider@drechtsteden.demo', name: 'Petra Jansen (VluchtelingenWerk)', role: 'partner-begeleiding', gemeenten: ['0505'] },
    { email: 'aanbieder@drechtsteden.demo', name: 'Ahmed Yilmaz (Taalhuis Zuid)', role: 'partner-aanbieder', gemeenten: ['0505', '0642'] },
    // The budgetbeheer partner executing one ontzorgen agreement (ADR 0147).
    { email: 'budgetbeheer@drechtsteden.demo', name: 'Sanne Bakker (Sociaal.nl budgetbeheer)', role: 'partner-budgetbeheer', gemeenten: ['0505'] },
    { email: 'fg@drechtsteden.demo', name: 'Fatima Gerritsen', role: 'functionaris-gegevensbescherming', gemeenten: drechtstedenGemeenten.map((g) => g.code) },
  ] satisfies DemoUser[],
};

const dalfsen = {
  name: 'Gemeente Dalfsen',
  gemeenten: [
    {
      code: '0148',
      name: 'Dalfsen',
      oin: '00000001800148009000',
      letter: {
        department: 'Team Werk en Inkomen',
        contactName: 'mevrouw A. Bakker, consulent inburgering',
        visitingAddress: 'Kerkplein 3\n7721 AD Dalfsen',
        postalAddress: 'Postbus 35\n7720 AA Dalfsen',
        phone: '0529 123 456',
        email: 'inburgering@dalfsen.demo',
        signatoryName: 'J. Jansen',
        signatoryFunction: 'Teamleider Werk en Inkomen',
        objectionAddress: 'College van burgemeester en wethouders van Dalfsen\nPostbus 35\n7720 AA Dalfsen',
      },
    },
  ] satisfies DemoGemeente[],
  users: [
    { email: 'beheerder@dalfsen.demo', name: 'Dirk Dijkstra', role: 'beheerder', gemeenten: ['0148'] },
    { email: 'regisseur@dalfsen.demo', name: 'Sanne Bosch', role: 'trajectregisseur', gemeenten: ['0148'] },
  ] satisfies DemoUser[],
};

/** The hosting party of the demo installation: adds organisations, sees no case data. */
const hosting = {
  name: 'Hostingpartij Koers (demo)',
  user: { email: 'hosting@koers.demo', name: 'Hanna Hosting', role: 'hostingbeheerder' as const },
};

/** When the brede intake starts per demo gemeente (seed 002): one of each scenario. */
const intakeScenarios: Record<string, 1 | 2 | 3> = { '0505': 2, '0642': 1, '0148': 3 };

/** The demo's settings pass the same schema as the beheerder's. */
function parseGemeenteSettingsOrThrow(settings: unknown): unknown {
  const parsed = parseGemeenteSettings(settings);
  if (!parsed.ok) throw new Error(`seed: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.settings;
}

export interface SeedOptions {
  /** The clock (demo dates are relative to it). */
  now?: Date;
  /** Key for the processing log's pseudonyms: pass the server's secret so pseudonyms match. */
  secret?: string;
}

/**
 * Seeds the demo installation once, in one transaction: Sociale Dienst Drechtsteden with its seven
 * gemeenten and Dalfsen as its own organisation (each gemeente with an OIN and letter settings), a
 * hosting party, a user per role, and cases in every stage (src/demo/cases.ts). Does nothing when
 * data exists.
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
    let proposer = '';
    let approver = '';
    for (const org of [drechtsteden, dalfsen]) {
      const o = await insertOrganisation(tx, { name: org.name, at: now });
      for (const g of org.gemeenten) {
        const account = demoOntzorgenAccounts[g.code];
        const settings = { intakeScenario: intakeScenarios[g.code] ?? 2, letter: g.letter, ...demoSturingSettings(g.code), ...(account ? { ontzorgenAccount: account } : {}) };
        const { id } = await insertGemeente(tx, o.id, { code: g.code, name: g.name, oin: g.oin, settings: parseGemeenteSettingsOrThrow(settings) }, now);
        const row = { id };
        gemeenteIds.set(g.code, row.id);
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
        if (u.role === 'partner-budgetbeheer') partners.set('budgetbeheer', row.id);
        if (u.email === 'financien@drechtsteden.demo') approver = row.id;
        if (u.email === 'financien2@drechtsteden.demo') proposer = row.id;
        await tx.insert(userGemeenten).values(
          u.gemeenten.map((code) => ({ userId: row.id, gemeenteId: gemeenteIds.get(code) ?? '', organisationId: o.id })),
        );
      }
    }
    const hostingOrg = await insertOrganisation(tx, { name: hosting.name, at: now });
    await tx.insert(users).values({ organisationId: hostingOrg.id, ...hosting.user, passwordHash });
    const principals = new Map<string, Principal>();
    for (const [code, userId] of managers) {
      const principal = await loadPrincipal(tx, userId);
      if (principal) principals.set(code, principal);
    }
    const actors: DemoActors = {
      regisseur: (code) => {
        const p = principals.get(code);
        if (!p) throw new Error(`seed: geen trajectregisseur voor ${code}`);
        return p;
      },
      gemeenteId: (code) => gemeenteIds.get(code) ?? '',
      partner: (kind) => partners.get(kind) ?? '',
    };
    await seedDemoCases(tx, db, actors, now, secret);
    await seedDemoOntzorgen(tx, (code) => gemeenteIds.get(code) ?? '', proposer, now, { approverId: approver, budgetbeheerId: partners.get('budgetbeheer') ?? '' });
    await seedDemoEinde(tx, gemeenteIds.get('0505') ?? '', now);
    await seedDemoHandhaving(tx, todayIn(now));
    await seedDemoPvtMap(tx, actors, now);
    await seedDemoVerslagen(tx, gemeenteIds.get('0505') ?? '', now);
    await seedDemoParticipatie(tx, actors, now);
    await seedDemoProviders(tx, actors, now, partners.get('taalaanbieder') ?? '');
    await seedDemoBegeleiding(tx, actors, now);
    await seedDemoCostLines(tx, gemeenteIds.get('0505') ?? '', Number(todayIn(now).slice(0, 4)), proposer || null, now);
    await seedDemoTaakstelling(tx, [...gemeenteIds.values()], todayIn(now), now);
    return true;
  });
}
