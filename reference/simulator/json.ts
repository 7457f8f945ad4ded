/**
 * Small JSON helpers for the simulator: type guards at parsed-JSON borders and tolerant readers
 * for request bodies (tolerant because faults may switch validation off, and the handlers must
 * then behave like a lenient server instead of crashing).
 */
import { isJsonObject, isJsonValue, type JsonObject, type JsonValue } from '../../src/core/json.ts';

/** A string property; numbers and booleans are turned into text, absent or null give undefined. */
export function readText(body: JsonObject, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** An integer property; numeric text is accepted, anything else gives undefined. */
export function readInteger(body: JsonObject, key: string): number | undefined {
  const value = body[key];
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

export function readBoolean(body: JsonObject, key: string): boolean | undefined {
  const value = body[key];
  return typeof value === 'boolean' ? value : undefined;
}

export function readObject(body: JsonObject, key: string): JsonObject | undefined {
  const value = body[key];
  return isJsonObject(value) ? value : undefined;
}

export function readArray(body: JsonObject, key: string): JsonValue[] | undefined {
  const value = body[key];
  return Array.isArray(value) ? value : undefined;
}

/** Parses JSON text into a JsonValue, or throws the parser's SyntaxError. */
export function parseJson(text: string): JsonValue {
  const parsed: unknown = JSON.parse(text);
  if (!isJsonValue(parsed)) throw new SyntaxError('not JSON data');
  return parsed;
}
