/**
 * A stand-in for Playwright's runner, for src/run/stop.test.ts: installs the runner's stop
 * (src/run/stop.ts) and a SIGINT listener of its own after it, as Playwright does, then plays one
 * scenario (argv[2]) and prints what it saw as one JSON line. Playwright's runner exits with 130
 * once interrupted; so does this one when its listener is called.
 */
import { writeFileSync } from 'node:fs';
import { atStopDeadline, installRunnerStop, runnerFinishing, runnerStarted } from '../../src/run/stop.ts';

const scenario = process.argv[2] ?? '';
const file = process.argv[3] ?? '';
const seen = { playwrightSigints: 0, laterListenerSigints: 0 };
const report = (): void => {
  process.stdout.write(`${JSON.stringify(seen)}\n`);
};
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

installRunnerStop((reason) => {
  writeFileSync(file, reason);
});
// Keeps the process alive like a runner at work.
const alive = setInterval(() => undefined, 1000);

async function main(): Promise<void> {
  if (scenario === 'starting') {
    process.kill(process.pid, 'SIGTERM');
    await sleep(5000);
    return;
  }
  runnerStarted();
  process.on('SIGINT', () => {
    seen.playwrightSigints++;
  });
  if (scenario === 'running') {
    process.kill(process.pid, 'SIGTERM');
    await sleep(300);
    process.kill(process.pid, 'SIGINT');
    await sleep(300);
    // A teardown step Playwright starts later listens anew.
    process.on('SIGINT', () => {
      seen.laterListenerSigints++;
    });
    process.kill(process.pid, 'SIGINT');
    await sleep(300);
    report();
    process.exit(130);
  }
  if (scenario === 'finishing') {
    runnerFinishing();
    process.kill(process.pid, 'SIGINT');
    await sleep(300);
    report();
    process.exit(0);
  }
  if (scenario === 'deadline') {
    atStopDeadline(() => {
      writeFileSync(file, 'written at the deadline');
    });
    process.stdout.write(`${JSON.stringify({ signalledAt: Date.now() })}\n`);
    process.kill(process.pid, 'SIGTERM');
    return;
  }
  if (scenario === 'orphaned') {
    // Started by a shell that exits once this file exists: then this process is an orphan.
    writeFileSync(`${file}.ready`, '');
    for (let waited = 0; seen.playwrightSigints === 0 && waited < 10_000; waited += 100) await sleep(100);
    report();
    process.exit(seen.playwrightSigints > 0 ? 130 : 0);
  }
}

void main().then(() => {
  if (scenario !== 'deadline') clearInterval(alive);
});
