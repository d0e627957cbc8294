// The DUO worker's wake-ups are coalesced: at most one pass runs and at most one waits, whatever the
// number of kicks; stopping lets the running pass finish, drops the waiting one, accepts no more.
import { describe, expect, it } from 'vitest';
import { PassScheduler } from '../../src/duo/pass-scheduler.ts';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => {
    open = r;
  });
  return { promise, open };
}

describe('PassScheduler', () => {
  it('a thousand requests during a pass cost one more pass, and every requester gets a pass that started after its request', async () => {
    const gates = [gate(), gate()];
    let started = 0;
    const scheduler = new PassScheduler(async () => {
      const n = started++;
      await gates[n]?.promise;
      return n;
    });
    const first = scheduler.request();
    const during = Array.from({ length: 1000 }, () => scheduler.request());
    expect(scheduler.busy).toBe(true);
    expect(scheduler.hasQueued).toBe(true);
    expect(started).toBe(1);
    gates[0]!.open();
    expect(await first).toEqual({ ok: true, value: 0 });
    await Promise.resolve();
    expect(started).toBe(2);
    gates[1]!.open();
    const results = await Promise.all(during);
    expect(new Set(results.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ ok: true, value: 1 })]));
    expect(scheduler.passes).toBe(2);
    expect(scheduler.busy).toBe(false);
    // Idle again: the next request starts at once.
    const g = gate();
    gates.push(g);
    const next = scheduler.request();
    g.open();
    expect(await next).toEqual({ ok: true, value: 2 });
  });

  it('a failing pass reports its error to the requesters and does not stop the next one', async () => {
    let n = 0;
    const scheduler = new PassScheduler(() => {
      n += 1;
      return n === 1 ? Promise.reject(new Error('kapot')) : Promise.resolve(n);
    });
    const failed = await scheduler.request();
    expect(failed.ok).toBe(false);
    expect('error' in failed && (failed.error as Error).message).toBe('kapot');
    expect(await scheduler.request()).toEqual({ ok: true, value: 2 });
  });

  it('stop(): the running pass finishes, the waiting one is dropped, nothing starts afterwards', async () => {
    const g = gate();
    let started = 0;
    let finished = 0;
    const scheduler = new PassScheduler(async () => {
      started += 1;
      await g.promise;
      finished += 1;
      return started;
    });
    const running = scheduler.request();
    const queued = [scheduler.request(), scheduler.request()];
    let stopped = false;
    const stopping = scheduler.stop().then(() => {
      stopped = true;
    });
    expect(scheduler.stopping).toBe(true);
    await Promise.resolve();
    expect(stopped).toBe(false); // waits for the running pass
    expect(await Promise.all(queued)).toEqual([
      { ok: false, stopped: true },
      { ok: false, stopped: true },
    ]);
    g.open();
    await stopping;
    expect(await running).toEqual({ ok: true, value: 1 });
    expect([started, finished]).toEqual([1, 1]);
    expect(await scheduler.request()).toEqual({ ok: false, stopped: true });
    expect(started).toBe(1);
  });
});
