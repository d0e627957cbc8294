import { describe, expect, it } from 'vitest';
import { BatchSizer, requestsComeIn, yieldToEventLoop } from '../../src/imports/run-import.ts';

const options = { batchTargetMs: 80, busyBatchTargetMs: 25, recentBatchTargetMs: 40, recentMs: 3_000, minBatch: 5 };

describe('sizing import batches (ADR 0077)', () => {
  it('aims at the target from the slowest of the last three batches per unit, at most doubling', () => {
    const sizer = new BatchSizer(options, () => 0);
    expect(sizer.next(20, 20, false)).toBe(40); // 1 ms a unit: 80 would fit, but at most doubling
    expect(sizer.next(40, 20, false)).toBe(80); // 0.5 ms now, but the slowest of the last three is 1 ms
    expect(sizer.next(80, 40, false)).toBe(80);
    expect(sizer.next(80, 40, false)).toBe(160); // the 1 ms batch is no longer among the last three
    expect(sizer.next(160, 320, false)).toBe(40); // a slow batch (2 ms a unit) shrinks the next three
    expect(sizer.next(40, 20, false)).toBe(40);
    expect(sizer.next(40, 20, false)).toBe(40);
    expect(sizer.next(40, 20, false)).toBe(80);
  });

  it('aims short while others wait, shorter than quiet for a while after, and at the full target once they are gone', () => {
    let now = 0;
    const sizer = new BatchSizer(options, () => now);
    expect(sizer.target(false)).toBe(80);
    expect(sizer.target(true)).toBe(25);
    now = 2_999;
    expect(sizer.target(false)).toBe(40);
    now = 3_000;
    expect(sizer.target(false)).toBe(80);
    expect(sizer.next(100, 100, true)).toBe(25);
    now = 3_100;
    expect(sizer.next(25, 25, false)).toBe(40);
  });

  it('without a recent target or busy target, aims at the batch target throughout; never below the smallest batch', () => {
    const sizer = new BatchSizer({ batchTargetMs: 400 }, () => 0);
    expect(sizer.target(true)).toBe(400);
    expect(sizer.target(false)).toBe(400);
    expect(sizer.next(100, 100_000, false)).toBe(50);
  });
});

describe('between batches', () => {
  it('lets in what fell due while a batch held the event loop, also what that queues in its turn', async () => {
    await yieldToEventLoop(); // as in the import loop: the batch ran from a setImmediate
    let counted = false;
    setTimeout(() => setImmediate(() => (counted = true)), 0);
    const until = performance.now() + 5;
    while (performance.now() < until); // the batch: nothing else runs
    await requestsComeIn();
    expect(counted).toBe(true);
  });

  it('one turn would not be enough (the reason for two)', async () => {
    await yieldToEventLoop();
    let counted = false;
    setTimeout(() => setImmediate(() => (counted = true)), 0);
    const until = performance.now() + 5;
    while (performance.now() < until);
    await yieldToEventLoop();
    expect(counted).toBe(false);
  });
});
