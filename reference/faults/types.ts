/**
 * The shape of a fault: one named misbehaviour of the reference target, the checks that must catch
 * it, and how it is produced (simulator knobs, a response rewrite, a document rewrite).
 */
import type { Behaviour } from '../simulator/behaviour.ts';
import type { HubBehaviour } from '../hub/knobs.ts';
import type { Generation } from '../../src/core/domain.ts';
import type { JsonObject } from '../../src/core/json.ts';
import type { FaultContext, OutgoingResponse } from '../simulator/types.ts';

export type { Behaviour, FaultContext, HubBehaviour, JsonObject, OutgoingResponse };

export interface Fault {
  /** kebab-case, unique. */
  readonly name: string;
  /** One line: the misbehaviour, as a user would describe the bug. */
  readonly description: string;
  /** The check IDs (docs/architecture.md) that must fail against this fault, exactly. */
  readonly catches: readonly string[];
  /** The API generation the fault shows in (default v1): the suite runs against that one to catch it. */
  readonly generation?: Generation;
  /**
   * The fault shows only where v1 (8.10) and the Hub API v2 serve one store side by side: the
   * mutation test runs it in a both-APIs run (WM_API=v1,hub-v2; `generation` is then unused).
   */
  readonly bothApis?: boolean;
  readonly behaviour?: Partial<Behaviour>;
  /** Knobs of the hub-v2 simulator (reference/hub/knobs.ts), for faults of generation hub-v2. */
  readonly hub?: Partial<HubBehaviour>;
  readonly respond?: (r: OutgoingResponse, ctx: FaultContext) => OutgoingResponse;
  readonly document?: (doc: JsonObject) => JsonObject;
}
