import { AsyncLocalStorage } from 'node:async_hooks';

/** Milliseconds spent per named step of one unit of work (a poll). */
export type StepTimes = Record<string, number>;

const current = new AsyncLocalStorage<StepTimes>();

/**
 * Runs `work`, adding up the time of every `step` called inside it, however
 * deep (the collector, the items module and matching each time their own).
 */
export async function timeSteps<T>(
  work: () => Promise<T>,
): Promise<{ result: T; steps: StepTimes }> {
  const steps: StepTimes = {};
  const result = await current.run(steps, work);
  return { result, steps };
}

/** Runs `work` as step `name` of the unit being timed; outside one it just runs. */
export async function step<T>(
  name: string,
  work: () => Promise<T> | T,
): Promise<T> {
  const steps = current.getStore();
  if (!steps) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    steps[name] = (steps[name] ?? 0) + performance.now() - started;
  }
}
