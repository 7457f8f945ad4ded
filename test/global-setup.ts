/**
 * The project's tests' global setup: every temporary folder of the run goes under one root
 * (test/support/temp-root.ts), removed when the run ends. Environment variables set here reach
 * the workers, and through them every child process.
 */
import { tmpdir } from 'node:os';
import { makeTempRoot } from './support/temp-root.ts';

export default function globalSetup(): () => void {
  const root = makeTempRoot(tmpdir(), process.env);
  Object.assign(process.env, root.env);
  return root.remove;
}
