/**
 * Run the BRP stand-in on its own:
 *   node --import tsx packages/brp/src/standin/main.ts
 * Environment: BRP_STANDIN_HOST (127.0.0.1), BRP_STANDIN_PORT (8090), BRP_STANDIN_API_KEY (when
 * set, required as X-API-KEY), BRP_STANDIN_LOG=1. Seeded with the demo persons.
 */
import { createBrpStandIn } from './app.ts';
import { demoPersonen } from './demo.ts';
import { todayInNetherlands } from './today.ts';

const env = process.env;
const apiKey = env['BRP_STANDIN_API_KEY'];
const standIn = await createBrpStandIn({
  host: env['BRP_STANDIN_HOST'] ?? '127.0.0.1',
  port: Number(env['BRP_STANDIN_PORT'] ?? 8090),
  ...(apiKey ? { apiKey } : {}),
  personen: demoPersonen(todayInNetherlands()),
  logger: env['BRP_STANDIN_LOG'] === '1',
});
console.log(`BRP-stand-in luistert op ${standIn.baseUrl}/personen${apiKey ? ' (X-API-KEY vereist)' : ''}`);
const stop = (): void => {
  standIn.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
