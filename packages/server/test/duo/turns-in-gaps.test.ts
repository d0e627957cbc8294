// The DUO worker's turns on PGlite (ADR 0059 addendum): its transactions one at a time, each in a
// gap between requests, and never held back longer than the maximum wait.
import { describe, expect, it, vi } from 'vitest';
import { RequestActivity, turnsInGaps } from '../../src/http/request-activity.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('the worker’s turns in the gaps between requests', () => {
  it('runs at once when no request is in flight, and one turn at a time', async () => {
    const turn = turnsInGaps(new RequestActivity(), 10_000);
    const order: string[] = [];
    let releaseFirst!: () => void;
    const first = turn(async () => {
      order.push('eerste begint');
      await new Promise<void>((r) => (releaseFirst = r));
      order.push('eerste klaar');
      return 1;
    });
    const second = turn(() => {
      order.push('tweede begint');
      return Promise.resolve(2);
    });
    await tick();
    expect(order).toEqual(['eerste begint']);
    releaseFirst();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(order).toEqual(['eerste begint', 'eerste klaar', 'tweede begint']);
  });

  it('waits until the requests in flight are answered', async () => {
    const activity = new RequestActivity();
    const turn = turnsInGaps(activity, 10_000);
    const answered = activity.started();
    let ran = false;
    const done = turn(() => {
      ran = true;
      return Promise.resolve();
    });
    await tick();
    expect(ran).toBe(false);
    answered();
    await done;
    expect(ran).toBe(true);
  });

  it('under steady traffic waits no longer than the maximum, turn by turn', async () => {
    vi.useFakeTimers();
    try {
      const activity = new RequestActivity();
      activity.started();
      const turn = turnsInGaps(activity, 500);
      const ran: number[] = [];
      const both = Promise.all([turn(() => Promise.resolve(ran.push(1))), turn(() => Promise.resolve(ran.push(2)))]);
      await vi.advanceTimersByTimeAsync(499);
      expect(ran).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(ran).toEqual([1]);
      await vi.advanceTimersByTimeAsync(500);
      await both;
      expect(ran).toEqual([1, 2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a sender’s next request right after its answers is no gap: the turn waits until no request came for a while', async () => {
    vi.useFakeTimers();
    try {
      const activity = new RequestActivity();
      const turn = turnsInGaps(activity, 10_000, 20);
      const first = activity.started();
      let ran = false;
      const done = turn(() => {
        ran = true;
        return Promise.resolve();
      });
      first();
      await vi.advanceTimersByTimeAsync(5);
      const next = activity.started(); // DUO sends its next notification at once
      await vi.advanceTimersByTimeAsync(95);
      expect(ran).toBe(false);
      next();
      await vi.advanceTimersByTimeAsync(19);
      expect(ran).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(ran).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a failed turn gives its error to its caller and does not hold up the next', async () => {
    const turn = turnsInGaps(new RequestActivity(), 10_000);
    const failed = turn(() => Promise.reject(new Error('mislukt')));
    const next = turn(() => Promise.resolve('verder'));
    await expect(failed).rejects.toThrow('mislukt');
    expect(await next).toBe('verder');
  });
});
