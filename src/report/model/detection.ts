/** Reads `reports/mutation.json` (the mutation test's kill matrix) for the "Detection power" section. */
import { existsSync, readFileSync } from 'node:fs';
import { isDetectionPower, type DetectionPower } from './shapes.ts';

/** Null when the file is absent or is not a kill matrix (the page then leaves the section out). */
export function readDetectionPower(file: string): DetectionPower | null {
  if (!existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isDetectionPower(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
