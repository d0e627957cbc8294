/**
 * Run the DUO simulator standalone:
 *   node --import tsx packages/duo/src/simulator/main.ts
 * Environment: DUO_SIM_HOST (127.0.0.1), DUO_SIM_PORT (8089), DUO_SIM_GEMEENTE_OIN,
 * DUO_SIM_GEMEENTECODE (0000), DUO_SIM_NOTIFICATION_URL, DUO_SIM_DUO_OIN, DUO_SIM_DEMO=1 (seed demo
 * persons and announce them with SS101), DUO_SIM_AUTO_TERMIJN=1, KOERS_DUO_SPEC_DIR.
 */
import { createDuoSimulator, SIMULATOR_DUO_OIN } from './app.ts';
import { demoSeed } from './demo.ts';

const env = process.env;
const gemeenteOin = env['DUO_SIM_GEMEENTE_OIN'] ?? '00000001001234567000';
const notificationUrl = env['DUO_SIM_NOTIFICATION_URL'];
const sim = await createDuoSimulator({
  host: env['DUO_SIM_HOST'] ?? '127.0.0.1',
  port: Number(env['DUO_SIM_PORT'] ?? 8089),
  duoOin: env['DUO_SIM_DUO_OIN'] ?? SIMULATOR_DUO_OIN,
  gemeenten: [{ oin: gemeenteOin, gemeentecode: env['DUO_SIM_GEMEENTECODE'] ?? '0000', ...(notificationUrl ? { notificationUrl } : {}) }],
  autoStartTermijn: env['DUO_SIM_AUTO_TERMIJN'] === '1',
  notificationRetryMs: 5_000,
  logger: env['DUO_SIM_LOG'] === '1',
});
console.log(`DUO-simulator luistert op ${sim.baseUrl} (DUO OIN ${sim.duoOin}, gemeente OIN ${gemeenteOin})`);
if (env['DUO_SIM_DEMO'] === '1') {
  for (const seed of demoSeed(gemeenteOin)) {
    sim.seedPerson(seed);
    if (notificationUrl) {
      const d = await sim.emit({ gebeurtenisId: 'SS101', bsn: seed.bsn });
      console.log(`SS101 voor ${seed.bsn}: ${d.delivered ? 'afgeleverd' : `nog niet afgeleverd (${d.lastError ?? String(d.lastStatus)}), wordt herhaald`}`);
    }
  }
}
const stop = (): void => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
