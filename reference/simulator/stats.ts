/** Request counters of the simulator (every /api/** request, by HTTP method). */
import type { ResourceCounts } from './store.ts';

export type ReferenceStats = {
  readonly requestsByMethod: Record<string, number>;
  readonly resources: ResourceCounts;
};

export class RequestCounter {
  private counts = new Map<string, number>();

  count(method: string): void {
    const key = method.toUpperCase();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts = new Map();
  }
}
