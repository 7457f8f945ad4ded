/**
 * Bad input for a both-APIs run (WM_API): an unknown or doubled API, one API only, a real target
 * without the Hub API v2's base URL (or the other way round), a generation of its own for the
 * embedded target, and a misspelt name — each one line `wm-conformance: …`, exit 2, no test run,
 * no stack trace (the style of test/bad-input-config.test.ts).
 */
import { expect, test } from '@playwright/test';
import type { RunningReferenceTarget } from '../reference/target.ts';
import { standaloneTarget, startConformance, targetEnv } from './support/standalone.ts';

interface Row {
  readonly name: string;
  readonly env: Record<string, string>;
  /** A standalone v1 target's lines first (WM_BASE_URL, the issuer, the clients). */
  readonly target?: boolean;
  readonly line: RegExp;
}

const ROWS: readonly Row[] = [
  {
    name: 'an API that does not exist',
    env: { WM_API: 'v1,v3' },
    line: /^wm-conformance: WM_API="v1,v3": "v3" is no API \(the APIs: v1, hub-v2\)$/,
  },
  { name: 'an API named twice', env: { WM_API: 'v1,v1' }, line: /^wm-conformance: WM_API="v1,v1": v1 is named twice$/ },
  {
    name: 'one API only',
    env: { WM_API: 'hub-v2' },
    line: /^wm-conformance: WM_API="hub-v2": name both APIs \(WM_API=v1,hub-v2\); a run of one API needs no WM_API$/,
  },
  {
    name: 'a real target without WM_V2_BASE_URL',
    env: { WM_API: 'v1,hub-v2' },
    target: true,
    line: /^wm-conformance: WM_API=v1,hub-v2 with WM_BASE_URL needs WM_V2_BASE_URL too: /,
  },
  {
    name: 'WM_V2_BASE_URL without WM_BASE_URL',
    env: { WM_API: 'v1,hub-v2', WM_V2_BASE_URL: 'http://127.0.0.1:9/' },
    line: /^wm-conformance: WM_API=v1,hub-v2: WM_V2_BASE_URL is set but WM_BASE_URL is not: /,
  },
  {
    name: 'a generation for the embedded target',
    env: { WM_API: 'v1,hub-v2', WM_REFERENCE_GENERATION: 'hub-v2' },
    line: /^wm-conformance: WM_API=v1,hub-v2: unset WM_REFERENCE_GENERATION \(the embedded target serves v1-8\.10 and hub-v2 on one store\)$/,
  },
  {
    name: 'a misspelt name',
    env: { WM_APIS: 'v1,hub-v2' },
    line: /^wm-conformance: .*WM_APIS.*WM_API\b/,
  },
];

for (const row of ROWS) {
  test(`WM_API bad input: ${row.name}`, async () => {
    const target: RunningReferenceTarget | null = row.target === true ? await standaloneTarget() : null;
    try {
      const env = { ...(target === null ? {} : targetEnv(target)), ...row.env };
      const run = startConformance(null, [], env);
      const { code } = await run.exited;
      const output = run.output();
      expect(code, output.slice(-3000)).toBe(2);
      expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output, 'a setup problem reports no test results').not.toMatch(/\d+ (passed|failed)/);
      const lines = output.split('\n').filter((l) => row.line.test(l));
      expect(lines.length, `one line matching ${String(row.line)} in:\n${output.slice(-3000)}`).toBe(1);
    } finally {
      await target?.stop();
    }
  });
}
