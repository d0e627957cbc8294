// DUO for the DUO benchmark (bench/duo.ts), in its own process as DUO is: the simulator from
// @koers/duo, driven over IPC — seed persons, send notifications to Koers (as DUO does, N at a time),
// and report what it received from Koers per BerichtId. Started with child_process.fork.
import { createDuoSimulator, DuoValidator, type EmitEvent, type PersonSeed } from '@koers/duo';

export type SimCommand =
  | { type: 'seed'; persons: PersonSeed[] }
  | { type: 'emit'; url: string; events: EmitEvent[]; concurrency: number }
  | { type: 'meldingen'; since: number }
  | { type: 'close' };

export type SimReply =
  | { type: 'ready'; baseUrl: string; duoOin: string }
  | { type: 'seeded'; count: number }
  | { type: 'emitted'; accepted: number; refused: number; startedAt: number; lastAcceptedAt: number; berichtIds: string[] }
  | { type: 'meldingen'; requests: number; berichtIds: number; repeated: number; refused: number; logLength: number }
  | { type: 'error'; message: string };

const gemeenteOin = process.env.BENCH_GEMEENTE_OIN ?? '';
const send = (reply: SimReply): void => {
  process.send?.(reply);
};

const validator = await DuoValidator.load();
const sim = await createDuoSimulator({ gemeenten: [{ oin: gemeenteOin, gemeentecode: '0505' }], validator, autoStartTermijn: false });
send({ type: 'ready', baseUrl: sim.baseUrl, duoOin: sim.duoOin });

process.on('message', (raw: SimCommand) => {
  void (async () => {
    try {
      switch (raw.type) {
        case 'seed': {
          for (const p of raw.persons) sim.seedPerson(p);
          send({ type: 'seeded', count: raw.persons.length });
          return;
        }
        case 'emit': {
          const g = sim.gemeente(gemeenteOin);
          if (g) g.notificationUrl = raw.url;
          // Delivery records are not needed afterwards; keep memory flat over the runs.
          sim.state.notifications.length = 0;
          const queue = [...raw.events];
          let accepted = 0;
          let refused = 0;
          let lastAcceptedAt = 0;
          const berichtIds: string[] = [];
          const startedAt = Date.now();
          const worker = async (): Promise<void> => {
            for (let e = queue.shift(); e !== undefined; e = queue.shift()) {
              const d = await sim.emit(e);
              if (d.delivered) {
                accepted += 1;
                lastAcceptedAt = Date.now();
                berichtIds.push(d.berichtId);
              } else refused += 1;
            }
          };
          await Promise.all(Array.from({ length: raw.concurrency }, worker));
          sim.state.notifications.length = 0;
          send({ type: 'emitted', accepted, refused, startedAt, lastAcceptedAt, berichtIds });
          return;
        }
        case 'meldingen': {
          // Everything Koers sent that changes something at DUO (not the raadplegingen), per BerichtId.
          const log = sim.state.requestLog.slice(raw.since).filter((r) => r.method !== 'GET' && r.url.startsWith('/v1/'));
          const per = new Map<string, number>();
          for (const r of log) if (r.berichtId) per.set(r.berichtId, (per.get(r.berichtId) ?? 0) + 1);
          send({
            type: 'meldingen',
            requests: log.length,
            berichtIds: per.size,
            repeated: [...per.values()].filter((n) => n > 1).length,
            refused: log.filter((r) => r.status >= 400).length,
            logLength: sim.state.requestLog.length,
          });
          return;
        }
        case 'close':
          await sim.close();
          process.exit(0);
          return;
        default:
          raw satisfies never;
      }
    } catch (err) {
      send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
