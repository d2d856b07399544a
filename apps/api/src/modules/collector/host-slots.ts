import { Injectable } from '@nestjs/common';
import { step } from '../../common/step-timer.util';

/**
 * Requests in flight against one host at most, from this process: many sources
 * on one server (a Mastodon instance, Google News) are fetched politely. Only
 * the request holds a slot, not the parsing and storing after it, so a host's
 * slots turn over as fast as it answers.
 */
export const PER_HOST = 2;

interface Host {
  active: number;
  waiting: (() => void)[];
}

/** Slots per host, handed on in the order they were asked for. */
@Injectable()
export class HostSlots {
  private readonly hosts = new Map<string, Host>();

  /** Runs `work` (a request to `url`) once a slot for its host is free. */
  async run<T>(url: string, work: () => Promise<T>): Promise<T> {
    const name = hostOf(url);
    await step('host wait', () => this.acquire(name));
    try {
      return await work();
    } finally {
      this.release(name);
    }
  }

  private acquire(name: string): Promise<void> | void {
    const host = this.hosts.get(name) ?? { active: 0, waiting: [] };
    this.hosts.set(name, host);
    if (host.active < PER_HOST) {
      host.active++;
      return;
    }
    return new Promise((resolve) => host.waiting.push(resolve));
  }

  private release(name: string): void {
    const host = this.hosts.get(name)!;
    const next = host.waiting.shift();
    // The slot passes straight to the next in line: `active` stays as it is.
    if (next) return next();
    host.active--;
    if (host.active === 0) this.hosts.delete(name);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
