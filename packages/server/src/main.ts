// Koers's program (`npm start` runs it as the bundle dist/server.mjs, `npm run dev` from the sources).
// One program, two roles: the server, or — started by the server itself with `prepareFlag` — the
// short-lived process that prepares a new PGlite data folder (ADR 0110, twelfth session).
import { isPreparingProcess, runPreparingProcess } from './db/preparing-process.ts';
import { serve } from './serve.ts';

if (isPreparingProcess()) await runPreparingProcess();
else await serve();
