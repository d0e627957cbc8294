// `npm run koers -- init`: the first organisation, gemeenten and beheerder on an empty database,
// without SQL, in one transaction; errors name the option; a second init is refused unless adding.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../../src/db/scope.ts';
import { gemeenten, organisations, processingLog, recordHistory, userGemeenten, users } from '../../src/db/schema.ts';
import { CliError } from '../../src/cli/cli-error.ts';
import { parseInitArgs, resolveInitRequest, runInit } from '../../src/cli/init.ts';
import { createTestKoers, loginAs, type TestKoers } from '../support/koers.ts';

let koers: TestKoers;
beforeAll(async () => {
  koers = await createTestKoers();
});
afterAll(() => koers.close());

const password = 'Een-lang-start-wachtwoord-1';
const args = (extra: string[] = []) => [
  '--organisatie',
  'Sociale Dienst Drechtsteden',
  '--gemeente',
  '0505:Dordrecht:00000001800505001000',
  '--gemeente',
  '0642:Zwijndrecht',
  '--beheerder-naam',
  'Eva Eerste',
  '--beheerder-email',
  'Eva@Drechtsteden.test',
  '--wachtwoord-stdin',
  ...extra,
];
const fromStdin = (value: string) => () => Promise.resolve(value);

async function refusal(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('expected a refusal');
}

const counts = () =>
  asSystem(koers.database.db, async (tx) => {
    const n = async (table: typeof organisations | typeof gemeenten | typeof users | typeof userGemeenten | typeof recordHistory | typeof processingLog) =>
      (await tx.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n ?? 0;
    return { organisations: await n(organisations), gemeenten: await n(gemeenten), users: await n(users), grants: await n(userGemeenten), history: await n(recordHistory), log: await n(processingLog) };
  });

describe('koers init', () => {
  it('refuses bad options with a Dutch message naming each option, before asking for a password', async () => {
    expect(await refusal(() => parseInitArgs([]))).toMatch(/Ontbrekende opties: --organisatie, --gemeente, --beheerder-naam, --beheerder-email/);
    expect(await refusal(() => parseInitArgs([...args(), '--wachtwoord', password]))).toMatch(/^--wachtwoord: een wachtwoord op de opdrachtregel komt in de shellgeschiedenis/);
    expect(await refusal(() => parseInitArgs([...args(), '--oidc-subject', 'abc']))).toMatch(/sluiten elkaar uit/);
    expect(await refusal(() => parseInitArgs([...args(), '--onbekend']))).toMatch(/Onbekende of onvolledige optie --onbekend/);
    expect(await refusal(() => parseInitArgs(args().map((a) => (a === '0642:Zwijndrecht' ? 'Zwijndrecht' : a))))).toMatch(/^--gemeente \(2e\): schrijf CODE:NAAM/);
    let asked = false;
    const message = await refusal(() =>
      resolveInitRequest(
        args().map((a) => (a === '0505:Dordrecht:00000001800505001000' ? '505:Dordrecht:123' : a === 'Eva@Drechtsteden.test' ? 'geen-adres' : a)),
        () => {
          asked = true;
          return Promise.resolve(password);
        },
      ),
    );
    expect(message).toContain('--gemeente (1e, CBS-gemeentecode): CBS-gemeentecode: Een CBS-gemeentecode bestaat uit precies 4 cijfers');
    expect(message).toContain('--gemeente (1e, OIN): OIN: Een OIN bestaat uit precies 20 cijfers');
    expect(message).toContain('--beheerder-email: E-mailadres beheerder: vul een geldig e-mailadres in');
    expect(asked).toBe(false);
    expect(await refusal(() => resolveInitRequest(args(), fromStdin('kort')))).toContain('--wachtwoord-bestand / --wachtwoord-stdin: Wachtwoord beheerder: Het wachtwoord moet minstens 12 tekens lang zijn');
  });

  it('creates the organisation, its gemeenten and the first beheerder, who logs in; a second init is refused and changes nothing', async () => {
    const before = await counts();
    expect(before.organisations).toBe(0);
    const created = await runInit(koers.database, await resolveInitRequest(args(), fromStdin(password)), { secret: koers.config.secret });
    expect(created.gemeenten.map((g) => [g.code, g.name, g.oin])).toEqual([
      ['0505', 'Dordrecht', '00000001800505001000'],
      ['0642', 'Zwijndrecht', null],
    ]);
    expect(created.beheerder.email).toBe('eva@drechtsteden.test');
    const after = await counts();
    expect(after).toMatchObject({ organisations: 1, gemeenten: 2, users: 1, grants: 2, history: 4, log: 1 });

    const beheerder = await loginAs(koers.app, 'eva@drechtsteden.test', password);
    const session = (await beheerder.get('/api/auth/session')).json<{ user: { role: string; gemeenten: { code: string }[] } }>().user;
    expect(session.role).toBe('beheerder');
    expect(session.gemeenten.map((g) => g.code).sort()).toEqual(['0505', '0642']);

    const beforeSecond = await counts();
    const again = await refusal(async () => runInit(koers.database, await resolveInitRequest(args(), fromStdin(password)), { secret: koers.config.secret }));
    expect(again).toBe('Deze database heeft al een organisatie (Sociale Dienst Drechtsteden). Er is niets gewijzigd. Wilt u er een organisatie bij maken, geef dan --toevoegen.');
    expect(await counts()).toEqual(beforeSecond);
  });

  it('--toevoegen adds an organisation; a taken CBS code rolls the whole organisation back and names the option', async () => {
    const before = await counts();
    const taken = await refusal(async () =>
      runInit(
        koers.database,
        await resolveInitRequest(
          ['--toevoegen', '--organisatie', 'Gemeente Dalfsen', '--gemeente', '0148:Dalfsen', '--gemeente', '0505:Dordrecht', '--beheerder-naam', 'Dirk', '--beheerder-email', 'dirk@dalfsen.test', '--wachtwoord-stdin'],
          fromStdin(password),
        ),
        { secret: koers.config.secret },
      ),
    );
    expect(taken).toBe('--gemeente (2e, CBS-gemeentecode): Er bestaat in deze installatie al een gemeente met deze CBS-gemeentecode. (0505 Dordrecht) Er is niets gewijzigd.');
    expect(await counts()).toEqual(before);

    const added = await runInit(
      koers.database,
      await resolveInitRequest(['--toevoegen', '--organisatie', 'Gemeente Dalfsen', '--gemeente', '0148:Dalfsen:00000001800148009000', '--beheerder-naam', 'Dirk', '--beheerder-email', 'dirk@dalfsen.test', '--oidc-subject', 'dirk-sub-1'], fromStdin('')),
      { secret: koers.config.secret },
    );
    expect(added.gemeenten.map((g) => g.code)).toEqual(['0148']);
    const [dirk] = await asSystem(koers.database.db, (tx) => tx.select().from(users).where(sql`${users.email} = 'dirk@dalfsen.test'`));
    expect(dirk).toMatchObject({ role: 'beheerder', oidcSubject: 'dirk-sub-1', passwordHash: null });
    expect((await counts()).organisations).toBe(before.organisations + 1);
  });
});

// Runs on a PGlite folder; the in-process tests above run on the suite's database (PostgreSQL too).
describe.skipIf(Boolean(process.env.KOERS_TEST_DATABASE_URL))('the npm script', () => {
  it('runs `npm run koers -- init` against an empty PGlite folder (password on stdin), refuses a second run and a missing password (exit 1, Dutch)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-init-'));
    try {
      const root = fileURLToPath(new URL('../../../..', import.meta.url));
      // Without DATABASE_URL: the PGlite folder of KOERS_DATA_DIR, with its development key.
      const { DATABASE_URL: _url, KOERS_SECRET: _secret, ...inherited } = process.env;
      const env = { ...inherited, KOERS_DATA_DIR: join(dir, 'data') };
      const passwordFile = join(dir, 'wachtwoord');
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      const run = (extra: string[], input?: string) =>
        spawnSync('npm', ['run', '--silent', 'koers', '--', 'init', '--organisatie', 'Gemeente Dalfsen', '--gemeente', '0148:Dalfsen:00000001800148009000', '--beheerder-naam', 'Dirk', '--beheerder-email', 'dirk@dalfsen.test', ...extra], {
          cwd: root,
          env,
          input,
          encoding: 'utf8',
          timeout: 120_000,
        });
      const first = run(['--wachtwoord-stdin'], `${password}\n`);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toContain('Organisatie "Gemeente Dalfsen" aangemaakt met gemeente Dalfsen (0148).');
      // A password file works the same way; the second run is refused by the data already there.
      const second = run(['--wachtwoord-bestand', passwordFile, '--gemeente', '0150:Deventer']);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('Deze database heeft al een organisatie (Gemeente Dalfsen). Er is niets gewijzigd.');
      const noTerminal = run([], '');
      expect(noTerminal.status).toBe(1);
      expect(noTerminal.stderr).toContain('Wachtwoord beheerder: geef --wachtwoord-bestand BESTAND of --wachtwoord-stdin');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
