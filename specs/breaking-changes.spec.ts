/**
 * The breaking-change gate: the live document against the baseline (WM_BASELINE, default the
 * committed one of the target's generation). Each change at or above WM_GATE_FAIL_ON is a failed
 * test `<rule-id> · <operation>`; lower severities are recorded; the reporters get the whole
 * classification. Declared from files only, so every process declares the same tests.
 */
import { test } from '../src/fixtures/index.ts';
import { currentGate } from '../src/gate/current.ts';
import { gateTests } from '../src/gate/tests.ts';
import { declareTests } from '../src/fixtures/scopes.ts';

declareTests((suite) => {
  for (const t of gateTests(currentGate(suite))) {
    test(t.title, t.details, async ({ checks }, testInfo) => {
      await t.run(checks, testInfo);
    });
  }
});
