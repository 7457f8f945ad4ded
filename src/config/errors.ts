/**
 * Errors that end a run with one clear line and a chosen exit code, never a stack trace.
 * UsageError: bad configuration or input the user must fix (exit 2). The line is redacted
 * (src/auth/redact.ts): no secret and no URL password reaches the console through it.
 */
import { redactText } from '../auth/redact.ts';

export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}

/** Prints the one line for a UsageError (or a short line for anything else) and exits. */
export function exitWithError(error: unknown): never {
  if (error instanceof UsageError) {
    process.stderr.write(`wm-conformance: ${redactText(error.message)}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`wm-conformance: internal error: ${redactText(message.split('\n')[0] ?? '')}\n`);
  process.exit(1);
}
