/**
 * What a fault probe is (the catalog test's probes: fault-probes.ts and the hub-v2 probes beside
 * it), in a file of its own so that the probe files import it without importing each other.
 */
import type { RunningReferenceTarget } from '../../reference/target.ts';
import type { Client } from './reference-client.ts';

export interface ProbeContext {
  readonly target: RunningReferenceTarget;
  readonly full: Client;
  readonly limited: Client;
  readonly anonymous: Client;
  /** Unique per probe run, for names. */
  readonly tag: string;
}

export interface Probe {
  readonly run: (ctx: ProbeContext) => Promise<unknown>;
  /** What the faithful target shows. */
  readonly faithful: unknown;
  /** What the target with the fault shows. */
  readonly faulty: unknown;
}
