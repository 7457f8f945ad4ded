/**
 * The latency knob: a reference target that waits this many milliseconds before each API answer
 * behaves like a remote Web Modeler (`npm run reference -- --latency 50`, WM_REFERENCE_LATENCY_MS
 * for the embedded one). `npm run bench` measures how close a run against it comes to
 * requests × latency ÷ concurrency. The wait is a timer: the target stays free to serve other
 * requests meanwhile, as a real one behind a network would.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Waits `ms` milliseconds (nothing when 0 or unset). */
export async function latency(ms: number | undefined): Promise<void> {
  if (ms !== undefined && ms > 0) await sleep(ms);
}
