/**
 * What the handler reads from a request: a session id from its path segment, and a rename's
 * JSON body, each refused when malformed rather than passed on to the store.
 */
import { BIDI_CONTROLS, LIMITS, isAddressableId } from '../model.js';

/** Longer ids are refused: no real session id is anywhere near it. */
const MAX_ID_LENGTH = 512;
/** A rename's body is `{"name": …}`: anything longer than this is not read to its end. */
export const MAX_BODY_BYTES = 128 * 1024;

/**
 * The session id a path segment names (percent-decoded), or undefined when it is not one: empty,
 * `.` or `..`, not valid percent-encoding or UTF-8, too long, or holding control characters.
 */
export function sessionIdFrom(segment: string): string | undefined {
  if (segment.length > MAX_ID_LENGTH * 3) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  if (!isAddressableId(id) || id.length > MAX_ID_LENGTH || /\p{Cc}/u.test(id)) return undefined;
  return id;
}

/** A request body read as JSON, or why it could not be. */
export type Body = { json: unknown } | { error: 'too-large' | 'invalid' };

/**
 * The request's body as JSON: `too-large` past `MAX_BODY_BYTES` (read no further), `invalid`
 * when it is not JSON (or not UTF-8).
 */
export async function readBody(request: Request): Promise<Body> {
  const declared = Number(request.headers.get('Content-Length'));
  if (declared > MAX_BODY_BYTES) return { error: 'too-large' };
  if (!request.body) return { error: 'invalid' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      return { error: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { error: 'invalid' };
  }
}

/** Any character that is neither blank nor an invisible format character. */
const VISIBLE = /[^\s\p{Cf}]/u;

/**
 * A rename's `name` as it is saved (docs/rest.md, PATCH): bidi controls removed,
 * control characters made spaces, trimmed, 1–64 characters; `null` (clear the name) for `null`;
 * undefined when the body is not `{"name": string | null}` or the name is blank or too long.
 * Markup is kept as text: the widget never renders a name as HTML.
 */
export function cleanName(body: unknown): string | null | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('name' in body)) return undefined;
  const { name } = body as { name: unknown };
  if (name === null) return null;
  // Cut before any work: a 100 kB name costs no more than a short one.
  if (typeof name !== 'string' || name.length > LIMITS.deviceName * 4 + 64) return undefined;
  const cleaned = name.replace(BIDI_CONTROLS, '').replace(/\p{Cc}+/gu, ' ').trim();
  if (!VISIBLE.test(cleaned) || cleaned.length > LIMITS.deviceName) return undefined;
  return cleaned;
}
