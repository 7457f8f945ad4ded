/**
 * Errors that end a run with one clear line and a chosen exit code, never a stack trace.
 * UsageError: bad configuration or input the user must fix (exit 2).
 */
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
    process.stderr.write(`wm-conformance: ${error.message}\n`);
    process.exit(error.exitCode);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`wm-conformance: internal error: ${message.split('\n')[0] ?? ''}\n`);
  process.exit(1);
}
