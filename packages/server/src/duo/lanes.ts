/**
 * Work a claimed batch: items of one lane (one case, one person) one after the other in the given
 * order, different lanes side by side, at most `concurrency` at a time. While a lane waits for DUO
 * another lane uses the database. Once `stopping()` says so — or an item threw, which `work` should
 * not do — no item starts any more; the ones not started are returned (with the error, if any), so
 * the caller can hand their claims back.
 */
export async function runInLanes<T>(
  items: readonly T[],
  laneOf: (item: T) => string,
  concurrency: number,
  work: (item: T) => Promise<void>,
  stopping: () => boolean,
): Promise<{ notStarted: T[]; error?: unknown }> {
  const lanes = new Map<string, T[]>();
  for (const item of items) {
    const key = laneOf(item);
    const lane = lanes.get(key);
    if (lane) lane.push(item);
    else lanes.set(key, [item]);
  }
  const queue = [...lanes.values()];
  const notStarted: T[] = [];
  let failure: { error: unknown } | undefined;
  const runner = async (): Promise<void> => {
    for (let lane = queue.shift(); lane !== undefined; lane = queue.shift()) {
      for (const [i, item] of lane.entries()) {
        if (failure || stopping()) {
          notStarted.push(...lane.slice(i));
          break;
        }
        try {
          await work(item);
        } catch (error) {
          failure ??= { error };
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, runner));
  return failure ? { notStarted, error: failure.error } : { notStarted };
}
