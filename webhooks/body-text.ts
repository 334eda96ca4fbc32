/**
 * How the kit writes webhook bodies. Peeker does not document its serialisation, so a handler must
 * verify the bytes it received: the kit's deliveries are never what `JSON.stringify(JSON.parse(body))`
 * gives back, so a handler that signs re-serialised JSON fails against the kit as it would against
 * Peeker.
 *
 * @packageDocumentation
 */

import { unicodeEscape } from '../lint/text-utils';

/**
 * `value` as JSON the way Python's `json.dumps` writes it by default: `", "` between items,
 * `": "` after keys, non-ASCII characters escaped as `\uXXXX` (`ensure_ascii`). The emulator's
 * choice for its deliveries (a Peeker DevKit choice: Peeker's own serialisation is undocumented):
 * deterministic, valid JSON, and never the compact form `JSON.stringify` gives.
 */
export function spacedJson(value: unknown): string {
  // A round trip first, so toJSON, undefined members and non-finite numbers come out as JSON.stringify has them.
  return write(JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * `value` pretty-printed (2 spaces), with every `/` written `\/` and non-ASCII characters as
 * `\uXXXX`: all valid JSON escapes that `JSON.stringify` never produces. `webhooks check` sends one
 * such delivery to see that a handler verifies the raw bytes.
 */
export function escapedPrettyJson(value: unknown): string {
  return asciiOnly(JSON.stringify(value, null, 2)).replace(/\//g, '\\/');
}

function write(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(write).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value).map(([key, member]) => `${writeString(key)}: ${write(member)}`);
    return `{${members.join(', ')}}`;
  }
  return typeof value === 'string' ? writeString(value) : JSON.stringify(value);
}

function writeString(text: string): string {
  return asciiOnly(JSON.stringify(text));
}

// Outside strings JSON text is ASCII, so escaping every non-ASCII code unit only touches strings.
function asciiOnly(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, unicodeEscape);
}
