/**
 * The one way a test hands anything to the reporters: every attachment passes through
 * redaction (src/core/redact.ts) here, whatever it holds — a target's raw answer included (the
 * `wmct-info` body echoes whatever the target sent). `testInfo.attach` is called nowhere else
 * (ESLint's no-restricted-syntax rule in eslint.config.js forbids it elsewhere).
 */
import type { TestInfo } from '@playwright/test';
import { redactJson, redactText } from '../core/redact.ts';

/** JSON (`pretty`: indented, for people) or text. */
export type AttachmentContent = { readonly json: unknown; readonly pretty?: boolean } | { readonly text: string; readonly contentType?: string };

/** The attachment's body as it may be recorded: JSON with every string redacted (still valid JSON), or redacted text. */
export function redactedBody(content: AttachmentContent): { body: string; contentType: string } {
  if ('json' in content) {
    const redacted = redactJson(content.json);
    const serialized = redacted === undefined ? 'null' : JSON.stringify(redacted, null, content.pretty === true ? 2 : undefined);
    // A secret split across two strings (or dressed up across the JSON syntax) is found in the
    // whole text; the text pass is kept only when its result is still JSON.
    const whole = redactText(serialized);
    return { body: whole === serialized || !isJson(whole) ? serialized : whole, contentType: 'application/json' };
  }
  return { body: redactText(content.text), contentType: content.contentType ?? 'text/plain' };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Attaches `content` to the test, redacted. */
export async function attachRedacted(testInfo: TestInfo, name: string, content: AttachmentContent): Promise<void> {
  const { body, contentType } = redactedBody(content);
  await testInfo.attach(redactText(name), { body: Buffer.from(body), contentType });
}
