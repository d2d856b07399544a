import { step, timeSteps } from './step-timer.util';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeSteps', () => {
  it('adds up each step, however deep and however often it runs', async () => {
    const { result, steps } = await timeSteps(async () => {
      await step('fetch', () => sleep(20));
      await step('store', async () => {
        await step('insert', () => sleep(10));
        await step('insert', () => sleep(10));
      });
      return 'done';
    });
    expect(result).toBe('done');
    expect(Object.keys(steps).sort()).toEqual(['fetch', 'insert', 'store']);
    expect(steps['fetch']).toBeGreaterThanOrEqual(15);
    expect(steps['insert']).toBeGreaterThanOrEqual(15);
    expect(steps['store']).toBeGreaterThanOrEqual(steps['insert']!);
  });

  it('keeps units that overlap apart', async () => {
    const [a, b] = await Promise.all([
      timeSteps(() => step('a', () => sleep(10))),
      timeSteps(() => step('b', () => sleep(10))),
    ]);
    expect(Object.keys(a.steps)).toEqual(['a']);
    expect(Object.keys(b.steps)).toEqual(['b']);
  });
});

describe('step', () => {
  it('runs the work outside a timed unit, and passes its errors on', async () => {
    expect(await step('alone', () => 42)).toBe(42);
    await expect(
      step('failing', () => Promise.reject(new Error('no'))),
    ).rejects.toThrow('no');
  });
});
