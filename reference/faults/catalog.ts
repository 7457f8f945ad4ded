/**
 * The fault catalog: every named misbehaviour of the reference target, and how a set of names
 * becomes the simulator's behaviour, response rewrite and document rewrite.
 */
import { mergeHubBehaviour, type HubBehaviour } from '../hub/knobs.ts';
import { mergeBehaviour, type Behaviour } from '../simulator/behaviour.ts';
import type { JsonObject } from '../../src/core/json.ts';
import type { FaultContext, OutgoingResponse } from '../simulator/types.ts';
import { AUTH_FAULTS } from './auth.ts';
import { CONTRACT_FAULTS } from './contract.ts';
import { CROSS_API_FAULTS } from './cross-api.ts';
import { DOCUMENT_FAULTS } from './document.ts';
import { HUB_OPS_FAULTS } from './hub-ops.ts';
import { HUB_FAULTS } from './hub.ts';
import { SEMANTICS_FAULTS } from './semantics.ts';
import type { Fault } from './types.ts';
import { VALIDATION_FAULTS } from './validation.ts';

export type { Fault };

export const FAULTS: readonly Fault[] = [
  ...AUTH_FAULTS,
  ...CONTRACT_FAULTS,
  ...SEMANTICS_FAULTS,
  ...VALIDATION_FAULTS,
  ...DOCUMENT_FAULTS,
  ...HUB_OPS_FAULTS,
  ...HUB_FAULTS,
  ...CROSS_API_FAULTS,
];

const FAULT_TABLE_HEADER = '| fault | misbehaviour | catches | made of |';

/**
 * The catalog as the Markdown table of reference/README.md (a test keeps the two in step;
 * `npm run reference:table` rewrites it).
 */
export function faultTable(faults: readonly Fault[] = FAULTS): string {
  const madeOf = (f: Fault): string =>
    [
      f.behaviour === undefined && f.hub === undefined ? '' : 'behaviour',
      f.respond === undefined ? '' : 'respond',
      f.document === undefined ? '' : 'document',
    ]
      .filter((s) => s !== '')
      .join(' + ');
  const rows = faults.map(
    (f) =>
      `| \`${f.name}\` | ${f.description} | ${f.catches.map((c) => `\`${c}\``).join(', ')} | ${madeOf(f)}${f.bothApis === true ? '; v1-8.10 and hub-v2 on one store only (WM_API=v1,hub-v2)' : f.generation === undefined ? '' : `; ${f.generation} only`} |`,
  );
  return [FAULT_TABLE_HEADER, '|---|---|---|---|', ...rows].join('\n');
}

/**
 * `markdown` with its fault table (the header line and every table line after it) replaced by
 * the catalog's; everything around the table is kept. An Error when there is no fault table.
 */
export function withFaultTable(markdown: string, faults: readonly Fault[] = FAULTS): string {
  const lines = markdown.split('\n');
  const start = lines.indexOf(FAULT_TABLE_HEADER);
  if (start === -1) throw new Error(`has no fault table (no line "${FAULT_TABLE_HEADER}")`);
  let end = start + 1;
  while (end < lines.length && (lines[end] ?? '').startsWith('|')) end += 1;
  return [...lines.slice(0, start), faultTable(faults), ...lines.slice(end)].join('\n');
}

export function findFault(name: string): Fault | undefined {
  return FAULTS.find((f) => f.name === name);
}

export interface ActiveFaults {
  readonly names: readonly string[];
  readonly behaviour: Behaviour;
  readonly hub: HubBehaviour;
  readonly respond: (r: OutgoingResponse, ctx: FaultContext) => OutgoingResponse;
  readonly transformDocument: (doc: JsonObject) => JsonObject;
}

/** Resolves fault names; an unknown name is an Error that lists the known ones. */
export function activateFaults(names: readonly string[]): ActiveFaults {
  const faults = names.map((name) => {
    const fault = findFault(name);
    if (fault === undefined) {
      throw new Error(`Unknown fault "${name}". Known faults: ${FAULTS.map((f) => f.name).join(', ')}`);
    }
    return fault;
  });
  return {
    names: [...names],
    behaviour: mergeBehaviour(faults.map((f) => f.behaviour ?? {})),
    hub: mergeHubBehaviour(faults.map((f) => f.hub ?? {})),
    respond: (r, ctx) => faults.reduce((acc, f) => (f.respond === undefined ? acc : f.respond(acc, ctx)), r),
    transformDocument: (doc) =>
      faults.reduce((acc, f) => (f.document === undefined ? acc : f.document(structuredClone(acc))), doc),
  };
}
