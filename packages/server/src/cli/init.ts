// `koers init`: the first organisation, its gemeenten and the first beheerder on an empty
// database, without SQL; with --toevoegen another organisation on a database that has one.
// One transaction: nothing is half-written.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { organisations } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { organisationInput, type OrganisationInput } from '../gemeenten/gemeente-input.ts';
import { prepareBeheerder, provisionOrganisation, type ProvisionedOrganisation } from '../gemeenten/provision.ts';
import { logProcessing, newTraceContext } from '../privacy/processing-log.ts';
import { CliError } from './cli-error.ts';
import { readPassword, type PasswordSource } from './password-source.ts';
import { isRecord, propertyOf } from '../util/guards.ts';

export const initUsage = `Gebruik: npm run koers -- init --organisatie NAAM --gemeente CODE:NAAM[:OIN] [--gemeente …]
         --beheerder-naam NAAM --beheerder-email E-MAIL
         (--wachtwoord-bestand BESTAND | --wachtwoord-stdin | --oidc-subject SUBJECT)
         [--toevoegen]

  --organisatie         naam van de (uitvoerings)organisatie
  --gemeente            per gemeente: CBS-gemeentecode (4 cijfers), naam en OIN (20 cijfers),
                        gescheiden door een dubbele punt, bijv. 0505:Dordrecht:00000001002220647000;
                        herhaal de optie voor elke gemeente
  --beheerder-naam      naam van de eerste beheerder
  --beheerder-email     e-mailadres (inlognaam) van de eerste beheerder
  --wachtwoord-bestand  lees het wachtwoord uit de eerste regel van dit bestand
  --wachtwoord-stdin    lees het wachtwoord uit de eerste regel van de standaardinvoer
  --oidc-subject        de beheerder logt in via de identiteitsprovider (OIDC) met dit subject
  --toevoegen           voeg een organisatie toe aan een database die er al een heeft
Zonder wachtwoordoptie vraagt Koers in de terminal om het wachtwoord (twee keer).`;

export interface InitRequest {
  input: OrganisationInput;
  passwordSource: PasswordSource | null;
  add: boolean;
}

/** Which option a field of the organisation input comes from, for the error message. */
function optionOf(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === 'name') return '--organisatie';
  if (first === 'gemeenten') return typeof index === 'number' ? `--gemeente (${index + 1}e, ${field === 'oin' ? 'OIN' : field === 'code' ? 'CBS-gemeentecode' : 'naam'})` : '--gemeente';
  if (first === 'beheerder') {
    if (index === 'name') return '--beheerder-naam';
    if (index === 'email') return '--beheerder-email';
    if (index === 'oidcSubject') return '--oidc-subject';
    return '--wachtwoord-bestand / --wachtwoord-stdin';
  }
  return 'init';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `- ${optionOf(i.path)}: ${i.message}`).join('\n');
}

function parseGemeente(value: string, n: number): { code: string; name: string; oin?: string } {
  const parts = value.split(':');
  if (parts.length < 2 || parts.length > 3) {
    throw new CliError(`--gemeente (${n}e): schrijf CODE:NAAM of CODE:NAAM:OIN, bijvoorbeeld 0505:Dordrecht:00000001002220647000 (gekregen: "${value}").`);
  }
  const [code = '', name = '', oin] = parts;
  return { code, name, ...(oin === undefined ? {} : { oin }) };
}

/** Reads the options (everything but the password). Errors name the option. */
export function parseInitArgs(args: readonly string[]): { raw: unknown; passwordSource: PasswordSource | null; add: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        organisatie: { type: 'string' },
        gemeente: { type: 'string', multiple: true },
        'beheerder-naam': { type: 'string' },
        'beheerder-email': { type: 'string' },
        'wachtwoord-bestand': { type: 'string' },
        'wachtwoord-stdin': { type: 'boolean' },
        'oidc-subject': { type: 'string' },
        wachtwoord: { type: 'string' },
        toevoegen: { type: 'boolean' },
      },
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']+)'/.exec(message)?.[1];
    throw new CliError(option ? `Onbekende of onvolledige optie ${option}.\n\n${initUsage}` : `Ongeldige opties.\n\n${initUsage}`);
  }
  if (values.wachtwoord !== undefined) {
    throw new CliError('--wachtwoord: een wachtwoord op de opdrachtregel komt in de shellgeschiedenis terecht. Gebruik --wachtwoord-bestand BESTAND, --wachtwoord-stdin of de vraag in de terminal.');
  }
  const sources = [values['wachtwoord-bestand'] !== undefined, values['wachtwoord-stdin'] === true, values['oidc-subject'] !== undefined].filter(Boolean).length;
  if (sources > 1) throw new CliError('--wachtwoord-bestand, --wachtwoord-stdin en --oidc-subject sluiten elkaar uit: kies er één.');
  const passwordSource: PasswordSource | null =
    values['oidc-subject'] !== undefined
      ? null
      : values['wachtwoord-bestand'] !== undefined
        ? { kind: 'file', path: values['wachtwoord-bestand'] }
        : values['wachtwoord-stdin']
          ? { kind: 'stdin' }
          : { kind: 'prompt' };
  const missing = [
    values.organisatie === undefined ? 'organisatie' : null,
    values.gemeente === undefined ? 'gemeente' : null,
    values['beheerder-naam'] === undefined ? 'beheerder-naam' : null,
    values['beheerder-email'] === undefined ? 'beheerder-email' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length) throw new CliError(`Ontbrekende optie${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `--${m}`).join(', ')}.\n\n${initUsage}`);
  return {
    raw: {
      name: values.organisatie,
      gemeenten: (values.gemeente ?? []).map((g, i) => parseGemeente(g, i + 1)),
      beheerder: { name: values['beheerder-naam'], email: values['beheerder-email'], ...(values['oidc-subject'] !== undefined ? { oidcSubject: values['oidc-subject'] } : {}) },
    },
    passwordSource,
    add: values.toevoegen === true,
  };
}

/** Options plus the password, validated by the same rules as the app. */
export async function resolveInitRequest(args: readonly string[], readPasswordFrom: (source: PasswordSource) => Promise<string> = readPassword): Promise<InitRequest> {
  const { raw, passwordSource, add } = parseInitArgs(args);
  // Check the options before asking for a password (with a stand-in that passes the password rule).
  const withoutPassword = organisationInput.safeParse(passwordSource === null ? raw : withPassword(raw, 'Vuurtoren-Regenjas-Kikker-Tulp-8421'));
  if (!withoutPassword.success) throw new CliError(`De opties zijn niet geldig:\n${describeIssues(withoutPassword.error)}`);
  const parsed = organisationInput.safeParse(passwordSource === null ? raw : withPassword(raw, await readPasswordFrom(passwordSource)));
  if (!parsed.success) throw new CliError(`De opties zijn niet geldig:\n${describeIssues(parsed.error)}`);
  return { input: parsed.data, passwordSource, add };
}

function withPassword(raw: unknown, password: string): unknown {
  const beheerder = propertyOf(raw, 'beheerder');
  return { ...(isRecord(raw) ? raw : {}), beheerder: { ...(isRecord(beheerder) ? beheerder : {}), password } };
}

/** Creates the organisation in one transaction; refuses a database with an organisation unless adding. */
export async function runInit(database: Database, request: InitRequest, options: { now?: Date; secret: string }): Promise<ProvisionedOrganisation> {
  const now = options.now ?? new Date();
  const prepared = await prepareBeheerder(request.input.beheerder);
  try {
    return await asSystem(database.db, async (tx) => {
      // One init at a time: a second one waits here and then sees the first one's organisation.
      await tx.execute(sql`LOCK TABLE organisations IN SHARE ROW EXCLUSIVE MODE`);
      const existing = await tx.select({ name: organisations.name }).from(organisations).limit(3);
      if (existing.length > 0 && !request.add) {
        throw new CliError(
          `Deze database heeft al een organisatie (${existing.map((o) => o.name).join(', ')}${existing.length === 3 ? ', …' : ''}). Er is niets gewijzigd. Wilt u er een organisatie bij maken, geef dan --toevoegen.`,
        );
      }
      const created = await provisionOrganisation(tx, request.input, prepared, null, now);
      await logProcessing(tx, { trace: newTraceContext(), pseudonymKey: options.secret }, null, created.organisationId, [
        {
          activity: 'gebruikersbeheer',
          action: 'create',
          operationName: 'koersInit',
          resourceType: 'user',
          resourceId: created.beheerder.id,
          subject: { type: 'user', id: created.beheerder.id },
          gemeenteId: null,
          startTime: now,
          endTime: now,
        },
      ]);
      return created;
    });
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${optionOf(pathOfField(error.field))}: ${error.message} Er is niets gewijzigd.`);
    throw error;
  }
}

function pathOfField(field: string | undefined): PropertyKey[] {
  return (field ?? '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
