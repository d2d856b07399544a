import { HostSlots, PER_HOST } from './host-slots';

const later = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
};

describe(HostSlots.name, () => {
  describe('run', () => {
    it('lets at most PER_HOST requests run against one host, and the next starts as one ends', async () => {
      const slots = new HostSlots();
      const gates = Array.from({ length: PER_HOST + 2 }, later);
      let running = 0;
      let most = 0;
      const started: number[] = [];
      const runs = gates.map((gate, n) =>
        slots.run('https://mastodon.social/tags/dkbiz.rss', async () => {
          started.push(n);
          most = Math.max(most, ++running);
          await gate.promise;
          running--;
        }),
      );
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toEqual([0, 1].slice(0, PER_HOST));
      gates[0]!.resolve();
      await runs[0];
      await new Promise((resolve) => setImmediate(resolve));
      expect(started).toEqual([...[0, 1].slice(0, PER_HOST), PER_HOST]);
      for (const gate of gates) gate.resolve();
      await Promise.all(runs);
      expect(most).toBe(PER_HOST);
    });

    it('does not hold back other hosts, and frees the slot when the request fails', async () => {
      const slots = new HostSlots();
      const gate = later();
      const busy = Array.from({ length: PER_HOST }, () =>
        slots.run('http://a.example/feed', () => gate.promise),
      );
      expect(await slots.run('http://b.example/feed', async () => 'b')).toBe(
        'b',
      );
      gate.resolve();
      await Promise.all(busy);
      await expect(
        slots.run('http://a.example/feed', () =>
          Promise.reject(new Error('refused')),
        ),
      ).rejects.toThrow('refused');
      expect(await slots.run('http://a.example/feed', async () => 'a')).toBe(
        'a',
      );
    });
  });
});
