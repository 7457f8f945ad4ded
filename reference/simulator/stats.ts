/** Request counters of the simulator (every /api/** request, by HTTP method and by operation). */
import type { ResourceCounts } from './store.ts';

export type ReferenceStats = {
  readonly requestsByMethod: Record<string, number>;
  /** By operationId; requests that matched no route count under "(none)". */
  readonly requestsByOperation: Record<string, number>;
  readonly resources: ResourceCounts;
};

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export class RequestCounter {
  private byMethod = new Map<string, number>();
  private byOperation = new Map<string, number>();

  count(method: string, operationId: string | null): void {
    increment(this.byMethod, method.toUpperCase());
    increment(this.byOperation, operationId ?? '(none)');
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.byMethod);
  }

  operations(): Record<string, number> {
    return Object.fromEntries(this.byOperation);
  }

  reset(): void {
    this.byMethod = new Map();
    this.byOperation = new Map();
  }
}
