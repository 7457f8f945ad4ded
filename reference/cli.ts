/**
 * `npm run reference`: starts the embedded reference target and prints the WM_* lines that point
 * the suite at it (client secrets included: printing them is this command's purpose), then runs
 * until SIGINT/SIGTERM. Flags: --port, --issuer-port, --generation beta|v1|v1-versions|v1-8.10|hub-v2
 * (or v1-8.10,hub-v2: both APIs on one store, the Hub on the next free port), --kind
 * self-managed|saas, --fault <name> (repeatable or comma list), --list-faults, --token-lifetime <s>,
 * --latency <ms> (wait that long before each API answer: a slow target).
 * Bad flags: one line on stderr, exit 2. Arguments are parsed with node:util's parseArgs.
 */
import { parseArgs } from 'node:util';
import { GENERATIONS, type Generation } from '../src/core/domain.ts';
import { FAULTS, findFault } from './faults/catalog.ts';
import { servedGenerations, startReferenceTarget, type ReferenceTargetOptions, type TargetKind } from './target.ts';

class FlagError extends Error {}

function port(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65_535)
    throw new FlagError(`${flag} must be a port number (0-65535), got "${value}"`);
  return n;
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new FlagError(`--token-lifetime must be a whole number of seconds (1 or more), got "${value}"`);
  return Number(value);
}

function latencyMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 10_000)
    throw new FlagError(`--latency must be a whole number of milliseconds (0-10000), got "${value}"`);
  return Number(value);
}

function generation(value: string | undefined): Generation[] | undefined {
  if (value === undefined) return undefined;
  const list = value.split(',').map((v) => v.trim());
  const found = list.map((item) => {
    const known = GENERATIONS.find((g) => g === item);
    if (known === undefined)
      throw new FlagError(`--generation must be one of ${GENERATIONS.join(', ')} (or v1-8.10,hub-v2), got "${value}"`);
    return known;
  });
  try {
    return servedGenerations(found);
  } catch (error) {
    throw new FlagError(`--generation ${value}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function kind(value: string | undefined): TargetKind | undefined {
  if (value === undefined) return undefined;
  if (value === 'self-managed' || value === 'saas') return value;
  throw new FlagError(`--kind must be self-managed or saas, got "${value}"`);
}

function faults(values: readonly string[]): string[] {
  const names = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const unknown = names.find((n) => findFault(n) === undefined);
  if (unknown !== undefined) throw new FlagError(`unknown fault "${unknown}" (see --list-faults)`);
  return names;
}

interface Parsed {
  readonly listFaults: boolean;
  readonly options: ReferenceTargetOptions;
}

function parse(argv: readonly string[]): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'issuer-port': { type: 'string' },
        generation: { type: 'string' },
        kind: { type: 'string' },
        fault: { type: 'string', multiple: true },
        'list-faults': { type: 'boolean' },
        'token-lifetime': { type: 'string' },
        latency: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new FlagError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad flags') : 'bad flags');
  }
  return {
    listFaults: values['list-faults'] === true,
    options: {
      port: port(values.port, '--port'),
      issuerPort: port(values['issuer-port'], '--issuer-port'),
      generation: generation(values.generation),
      kind: kind(values.kind),
      faults: faults(values.fault ?? []),
      tokenLifetimeSeconds: seconds(values['token-lifetime']),
      latencyMs: latencyMs(values.latency),
    },
  };
}

function listFaults(): void {
  process.stdout.write(FAULTS.map((fault) => `${fault.name}\t${fault.description}\n`).join(''));
}

async function main(): Promise<void> {
  process.stdout.on('error', () => process.exit(0));
  let parsed: Parsed;
  try {
    parsed = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`reference: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  if (parsed.listFaults) {
    listFaults();
    return;
  }
  const target = await startReferenceTarget(parsed.options);
  const faultText = target.faults.length > 0 ? target.faults.join(', ') : 'none';
  const served =
    target.apis.length > 1
      ? `generations ${target.apis.map((api) => `${api.generation} at ${api.baseUrl}${api.apiPrefix}`).join(' and ')} on one store`
      : `generation ${target.generation}`;
  const kindText = target.kind === 'saas' ? ', saas' : '';
  const latencyText =
    (parsed.options.latencyMs ?? 0) > 0 ? `, latency ${parsed.options.latencyMs} ms per API answer` : '';
  process.stdout.write(
    `# wm-conformance reference target (${served}${kindText}, faults: ${faultText}${latencyText}); Ctrl-C stops it\n`,
  );
  process.stdout.write(`${target.envLines().join('\n')}\n`);
  const stop = (): void => {
    target.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`reference: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
