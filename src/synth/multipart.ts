/**
 * `multipart/form-data` request bodies built from the document (Hub API v2: the catalog
 * ingestion): the parts are the properties of the media type's schema, each part's content type
 * the media type's `encoding` gives it, else OpenAPI 3.0's default (`application/octet-stream`
 * for `format: binary` strings and arrays of them, `text/plain` for other scalars). The content
 * of each part is the caller's (domain values: a README, an element template); the wire
 * encoding is done by undici's FormData in the API client (src/api/client.ts).
 */
import { isJsonObject, type JsonValue } from '../core/json.ts';
import { derefObject, resolvePointer } from '../document/resolve.ts';
import { SynthesisError } from './synthesize.ts';

export const MULTIPART = 'multipart/form-data';

/** One part of a multipart body: its field name, file name (file parts), content type and text. */
export interface FormPart {
  readonly name: string;
  readonly filename?: string;
  readonly contentType: string;
  readonly content: string;
}

/** What a caller gives for one field: its files (name and text), repeated for array fields. */
export interface PartValue {
  readonly filename: string;
  readonly content: string;
}

/** The multipart media type object of an operation (its `schema` and `encoding`), from the raw document. */
export interface MultipartMedia {
  readonly properties: readonly string[];
  readonly required: readonly string[];
  /** Content type per field. */
  readonly contentTypes: Readonly<Record<string, string>>;
}

function objectSchema(root: JsonValue, value: JsonValue | undefined): Record<string, JsonValue> {
  return derefObject(root, value)?.value ?? {};
}

function defaultContentType(root: JsonValue, schema: JsonValue | undefined): string {
  const own = objectSchema(root, schema);
  const item = own.type === 'array' ? objectSchema(root, own.items) : own;
  return item.format === 'binary' || item.format === 'byte' ? 'application/octet-stream' : 'text/plain';
}

/** The multipart media type of the request body at `operationPointer`, or undefined when it has none. */
export function multipartMedia(root: JsonValue, operationPointer: string): MultipartMedia | undefined {
  const op = resolvePointer(root, operationPointer);
  const body = isJsonObject(op) ? op.requestBody : undefined;
  const content = isJsonObject(body) ? body.content : undefined;
  const media = isJsonObject(content) ? content[MULTIPART] : undefined;
  if (!isJsonObject(media)) return undefined;
  const schema = objectSchema(root, media.schema);
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const encoding = isJsonObject(media.encoding) ? media.encoding : {};
  const contentTypes: Record<string, string> = {};
  for (const [name, propertySchema] of Object.entries(properties)) {
    const declared = encoding[name];
    const contentType = isJsonObject(declared) ? declared.contentType : undefined;
    // `encoding.contentType` may list several ("image/png, image/jpeg"): the first is sent.
    contentTypes[name] =
      typeof contentType === 'string' && contentType.trim() !== ''
        ? (contentType.split(',')[0] ?? contentType).trim()
        : defaultContentType(root, propertySchema);
  }
  const required = Array.isArray(schema.required)
    ? schema.required.filter((r): r is string => typeof r === 'string')
    : [];
  return { properties: Object.keys(properties), required, contentTypes };
}

/**
 * The parts of a valid body: every field of the schema the caller gives values for, in the
 * schema's order, each with its encoding's content type. A required field without values, or a
 * value for a field the schema does not have, is a SynthesisError.
 */
export function multipartParts(
  media: MultipartMedia,
  values: Readonly<Record<string, readonly PartValue[]>>,
): FormPart[] {
  for (const name of Object.keys(values)) {
    if (!media.properties.includes(name))
      throw new SynthesisError(`the multipart schema has no part "${name}" (it has ${media.properties.join(', ')})`);
  }
  const missing = media.required.filter((name) => (values[name] ?? []).length === 0);
  if (missing.length > 0) throw new SynthesisError(`no content for the required part(s) ${missing.join(', ')}`);
  return media.properties.flatMap((name) =>
    (values[name] ?? []).map((v) => ({
      name,
      filename: v.filename,
      contentType: media.contentTypes[name] ?? 'application/octet-stream',
      content: v.content,
    })),
  );
}
