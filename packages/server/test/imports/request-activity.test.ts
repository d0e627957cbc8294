import { describe, expect, it, vi } from 'vitest';
import { RequestActivity } from '../../src/http/request-activity.ts';

describe('requests in flight, which a PGlite import lets go first', () => {
  it('counts requests in and out, once each', () => {
    const activity = new RequestActivity();
    const first = activity.started();
    const second = activity.started();
    expect(activity.inFlight).toBe(2);
    first();
    first();
    expect(activity.inFlight).toBe(1);
    second();
    expect(activity.inFlight).toBe(0);
  });

  it('is quiet at once when only the caller’s own requests are in flight', async () => {
    const activity = new RequestActivity();
    activity.started();
    expect(await activity.quiet(1, 10_000)).toBe(false);
  });

  it('waits until the other requests are answered', async () => {
    const activity = new RequestActivity();
    const other = activity.started();
    let resolved = false;
    const quiet = activity.quiet(0, 10_000).then(() => (resolved = true));
    await new Promise((r) => setImmediate(r));
    expect(resolved).toBe(false);
    other();
    expect(await quiet).toBe(true);
    expect(resolved).toBe(true);
  });

  it('waits no longer than its maximum under steady traffic', async () => {
    vi.useFakeTimers();
    try {
      const activity = new RequestActivity();
      activity.started();
      let resolved = false;
      const quiet = activity.quiet(0, 500).then(() => (resolved = true));
      await vi.advanceTimersByTimeAsync(499);
      expect(resolved).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await quiet;
      expect(resolved).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
