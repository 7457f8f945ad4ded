/**
 * transport: the target answered at the transport level. Recorded by the API client
 * (src/api/client.ts) when a request ends without an answer (refused, reset, timeout, TLS):
 * not a contract failure, but no run with one is green.
 */
import type { CheckDefinition } from '../types.ts';

/** How a request failed below HTTP: the transport error's kind and its (redacted) message. */
export interface TransportFailure {
  readonly kind: string;
  readonly message: string;
}

export const TRANSPORT_CHECK: CheckDefinition<TransportFailure> = {
  id: 'transport',
  family: 'transport',
  title: 'The target answered at the transport level',
  judge: (failure) => ({ ok: false, message: `${failure.kind}: ${failure.message}` }),
};
