import { fileURLToPath } from 'node:url';
import { configFromEnv } from './config.ts';
import { startKoers } from './start.ts';
import { demoPassword } from './demo/seed.ts';

const config = configFromEnv();
const webDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));
const koers = await startKoers({ ...config, webDistDir });
const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir ?? '(geheugen)'}` : 'PostgreSQL-server';
console.log(`Koers draait op http://localhost:${config.port} (database: ${where}).`);
if (config.demo) console.log(`Demodata: log in als regisseur@drechtsteden.demo met wachtwoord ${demoPassword}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    koers.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
