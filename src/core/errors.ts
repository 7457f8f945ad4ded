/**
 * Errors that end a run with one clear line and a chosen exit code, never a stack trace.
 * UsageError: bad configuration or input the user must fix (exit 2). The line is redacted
 * (src/core/redact.ts): no secret and no URL password reaches the console through it.
 */
import { redactText } from './redact.ts';

export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UsageError';
    this.exitCode = exitCode;
  }
}

/** The one line (without the `wm-conformance: ` prefix) and the exit code an error ends a run with. */
export function describeError(error: unknown): { readonly message: string; readonly exitCode: number } {
  if (error instanceof UsageError) return { message: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `internal error: ${message.split('\n')[0] ?? ''}`, exitCode: 1 };
}

/** Prints the one line for a UsageError (or a short line for anything else) and exits. */
export function exitWithError(error: unknown): never {
  const { message, exitCode } = describeError(error);
  process.stderr.write(`wm-conformance: ${redactText(message)}\n`);
  process.exit(exitCode);
}
