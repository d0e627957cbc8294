export { createKoers, startKoers, type RunningKoers, type StartOptions } from './start.ts';
export { openDatabase, type Database, type DatabaseConfig } from './db/database.ts';
export { demoPassword } from './demo/seed.ts';
