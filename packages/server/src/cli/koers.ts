// The `koers` command (npm run koers -- …): setting up and looking after an installation.
//   init     the first organisation, gemeenten and beheerder (see init.ts)
//   backup   a backup of the embedded database (PGlite) to a file
//   restore  a backup into an empty data folder
// Works against KOERS_DATA_DIR (PGlite) or DATABASE_URL (PostgreSQL), as the server does.
import { resolve } from 'node:path';
import { configFromEnv } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { explainStartupFailure } from '../startup-failure.ts';
import { backupPglite, restorePglite } from './backup.ts';
import { CliError } from './cli-error.ts';
import { initUsage, resolveInitRequest, runInit } from './init.ts';

const usage = `Koers — beheeropdrachten

  npm run koers -- init …            eerste organisatie, gemeenten en beheerder aanmaken
  npm run koers -- backup BESTAND    back-up van de ingebouwde database (PGlite) maken
  npm run koers -- restore BESTAND   back-up terugzetten in een lege map (KOERS_DATA_DIR)

De database: KOERS_DATA_DIR (standaard ./data) of DATABASE_URL (PostgreSQL-server).

${initUsage}`;

function pgliteDataDir(command: string): string {
  if (process.env.DATABASE_URL) {
    throw new CliError(
      `${command}: DATABASE_URL is gezet; dit commando is voor de ingebouwde database (PGlite). Maak een back-up van een PostgreSQL-server met pg_dump en zet die terug met pg_restore (zie README, "Back-up en herstel").`,
    );
  }
  return resolve(process.env.KOERS_DATA_DIR ?? './data');
}

function fileArgument(command: string, args: readonly string[]): string {
  const [file, ...rest] = args;
  if (!file || file.startsWith('-') || rest.length) throw new CliError(`${command}: geef precies één bestandsnaam, bijvoorbeeld npm run koers -- ${command} koers-backup.tar.gz`);
  return resolve(file);
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'init': {
      const request = await resolveInitRequest(args);
      const config = configFromEnv();
      const database = await openDatabase(config.database);
      try {
        await database.migrate();
        const created = await runInit(database, request, { secret: config.secret });
        console.log(`Organisatie "${created.name}" aangemaakt met ${created.gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} ${created.gemeenten.map((g) => `${g.name} (${g.code})`).join(', ')}.`);
        console.log(`Eerste beheerder: ${created.beheerder.name} <${created.beheerder.email}>${request.input.beheerder.oidcSubject ? ' (inloggen via de identiteitsprovider)' : ''}.`);
        const withoutOin = created.gemeenten.filter((g) => g.oin === null);
        if (withoutOin.length) console.log(`Let op: zonder OIN kan Koers geen berichten aan DUO sturen voor ${withoutOin.map((g) => g.name).join(', ')}. Vul het OIN in bij Beheer → Gemeenten.`);
        return 0;
      } finally {
        await database.close();
      }
    }
    case 'backup': {
      const dataDir = pgliteDataDir('backup');
      const file = fileArgument('backup', args);
      const result = await backupPglite(dataDir, file);
      console.log(`Back-up gemaakt: ${file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB; ${result.organisations} organisatie(s), ${result.cases} dossier(s)).`);
      return 0;
    }
    case 'restore': {
      const dataDir = pgliteDataDir('restore');
      const file = fileArgument('restore', args);
      const result = await restorePglite(file, dataDir);
      console.log(`Back-up teruggezet in ${dataDir}: ${result.organisations} organisatie(s), ${result.cases} dossier(s). Start Koers met KOERS_DATA_DIR=${dataDir}.`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return command === undefined ? 1 : 0;
    default:
      throw new CliError(`Onbekend commando "${command}".\n\n${usage}`);
  }
}

const isEntry = import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('/cli/koers.ts') === true;
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof CliError) console.error(`\n${error.message}\n`);
      else console.error(`\nKoers: het commando is mislukt.\n${explainStartupFailure(error)}\n`);
      process.exit(1);
    },
  );
}
