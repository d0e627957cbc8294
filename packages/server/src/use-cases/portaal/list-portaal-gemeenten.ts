import { asc } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { asSystem } from '../../db/scope.ts';
import { gemeenten } from '../../db/schema.ts';
import type { PortaalGemeenten } from './portaal.view.ts';

/** The gemeenten whose inburgeraars can log in to this installation's portal: names and codes only (public). */
export async function listPortaalGemeenten(db: Db): Promise<PortaalGemeenten> {
  const rows = await asSystem(db, (tx) => tx.select({ code: gemeenten.code, name: gemeenten.name }).from(gemeenten).orderBy(asc(gemeenten.name)));
  return { gemeenten: rows };
}
