import { type Finding, type FixSpec, fieldOf } from '../findings';
import { describeValue } from '../text-utils';
import type { JsonPath } from '../types';
import { publicUrlProblem } from '../urls';
import { findingAt, isObject, type Rule } from './rule';

const FORWARDING_OPERATIONS = ['POST /orders', 'POST /domains/forwarding'];

/** Every `forwarding_url` string in a body: the top-level one and per-domain overrides. */
function forwardingUrls(body: unknown): { path: JsonPath; url: string }[] {
  if (!isObject(body)) return [];
  const out: { path: JsonPath; url: string }[] = [];
  if (typeof body.forwarding_url === 'string')
    out.push({ path: ['forwarding_url'], url: body.forwarding_url });
  if (Array.isArray(body.domains)) {
    body.domains.forEach((entry, index) => {
      if (isObject(entry) && typeof entry.forwarding_url === 'string') {
        out.push({ path: ['domains', index, 'forwarding_url'], url: entry.forwarding_url });
      }
    });
  }
  return out;
}

/**
 * The `forwarding_url` strings at places the schema rejected (ajv pointers `/forwarding_url` and
 * `/domains/<i>/forwarding_url`): the explaining rule looks only there, without a pointer per URL.
 */
function flaggedForwardingUrls(
  body: unknown,
  pointers: ReadonlySet<string>,
): { path: JsonPath; url: string }[] {
  const out: { path: JsonPath; url: string }[] = [];
  if (!isObject(body)) return out;
  for (const pointer of pointers) {
    if (!pointer.endsWith('/forwarding_url')) continue;
    if (pointer === '/forwarding_url') {
      if (typeof body.forwarding_url === 'string')
        out.push({ path: ['forwarding_url'], url: body.forwarding_url });
      continue;
    }
    const index = /^\/domains\/(\d+)\/forwarding_url$/.exec(pointer)?.[1];
    const entry =
      index === undefined || !Array.isArray(body.domains) ? undefined : body.domains[Number(index)];
    if (isObject(entry) && typeof entry.forwarding_url === 'string') {
      out.push({ path: ['domains', Number(index), 'forwarding_url'], url: entry.forwarding_url });
    }
  }
  return out;
}

/** A character a URL carries only percent-encoded (or, in a host, in punycode): non-ASCII, a space, a control. */
const RAW_CHARACTER = /[^\x21-\x7e]/;

/** A `%` not followed by two hex digits: no valid URL has one, and the URL parser leaves it as it is. */
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/** True for an absolute http(s) URL the WHATWG parser accepts. */
function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** A `forwarding_url` that is not an absolute http(s) URL → `invalid_request`. */
export const forwardingUrlRule: Rule = {
  id: 'forwarding-url',
  code: 'invalid_request',
  severity: 'error',
  description: '`forwarding_url` must be an absolute http(s) URL.',
  docs: 'Forwarding redirects visitors of a domain to `forwarding_url`, which must be an absolute `http://` or `https://` URL (forwarding jobs fail malformed or non-http(s) targets with `invalid_target`; requiring http(s) up front is a Peeker DevKit decision recorded in the contract). A bare host such as `acme.com` gets a quick fix to `https://acme.com`, and a URL with Unicode or spaces in it (`https://bücher.de/ä`) a safe one to its encoded form (`https://xn--bcher-kva.de/%C3%A4`), as a browser sends it.',
  explainsSchemaErrors: true,
  operations: FORWARDING_OPERATIONS,
  check(context) {
    const findings: Finding[] = [];
    // Explain only what the schema rejected (its pattern and format are the contract).
    const pointers = context.schemaErrorPointers;
    const urls = pointers ? flaggedForwardingUrls(context.body, pointers) : forwardingUrls(context.body);
    for (const { path, url } of urls) {
      const trimmed = url.trim();
      const raw = RAW_CHARACTER.test(trimmed);
      const strayPercent = STRAY_PERCENT.test(trimmed);
      if (isHttpUrl(url) && !raw && !strayPercent) continue;
      if (strayPercent && isHttpUrl(trimmed)) {
        // Encoding cannot tell a literal % from a broken escape: the user must say which it is.
        findings.push(
          findingAt(
            this,
            path,
            `\`${fieldOf(path)}\` ${describeValue(url)} has a "%" that starts no percent-escape (two hex digits must follow it). Write a literal "%" as "%25", or fix the escape.`,
          ),
        );
        continue;
      }
      if (raw && isHttpUrl(trimmed)) {
        // A browser's address bar takes it, but a URL sent to an API is ASCII (RFC 3986): the same
        // URL, encoded as a browser sends it, is a safe change. Its password or a pasted key is
        // hidden where every message and fix title leaves the engine (`printable`).
        const encoded = new URL(trimmed).href;
        findings.push(
          findingAt(
            this,
            path,
            `\`${fieldOf(path)}\` ${describeValue(url)} has characters a URL cannot carry as they are (RFC 3986 allows ASCII only). Send it encoded: "${encoded}" (as a browser sends it: a Unicode host in punycode, other characters percent-encoded).`,
            {
              fixes: [
                {
                  title: `Change to "${encoded}"`,
                  // The URL parser drops tabs and line breaks rather than encoding them: the change
                  // then removes characters, which someone should look at.
                  safe: !/[\t\n\r]/.test(trimmed),
                  preferred: true,
                  changes: [{ kind: 'replace', path, value: encoded }],
                },
              ],
            },
          ),
        );
        continue;
      }
      const fixes: FixSpec[] = [];
      let suggestion: string | undefined;
      if (trimmed !== url && isHttpUrl(trimmed)) suggestion = trimmed;
      else if (
        /^[\p{L}\p{N}][\p{L}\p{N}.-]*\.[\p{L}]{2,}(?:[/?#].*)?$/u.test(trimmed) &&
        isHttpUrl(`https://${trimmed}`)
      ) {
        suggestion = `https://${trimmed}`;
      }
      if (suggestion !== undefined) {
        fixes.push({
          title: `Change to "${suggestion}"`,
          safe: suggestion === trimmed,
          preferred: true,
          changes: [{ kind: 'replace', path, value: suggestion }],
        });
      }
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
      const why =
        scheme !== undefined && !/^https?$/i.test(scheme)
          ? `uses \`${scheme}:\`; forwarding needs an http(s) URL`
          : 'is not an absolute http(s) URL';
      findings.push(
        findingAt(
          this,
          path,
          `\`${fieldOf(path)}\` ${describeValue(url)} ${why}. Send e.g. "https://acme.com".`,
          {
            fixes,
          },
        ),
      );
    }
    return findings;
  },
};

/** An http(s) forwarding target on localhost, a private IP or an internal name → `forwarding_target_not_public` warning. */
export const forwardingTargetPublicRule: Rule = {
  id: 'forwarding-target-not-public',
  code: 'forwarding_target_not_public',
  severity: 'warning',
  description: '`forwarding_url` points at localhost, a private IP or an internal host name.',
  docs: 'Visitors of a domain are redirected to `forwarding_url`, and Peeker validates the target when it applies the change; a target on localhost, a private or link-local IP, or an internal host name cannot be reached from the internet, so the forwarding job fails (`target_unreachable` / `dns_lookup_failed`). Use a public URL.',
  operations: FORWARDING_OPERATIONS,
  check({ body }) {
    const findings: Finding[] = [];
    for (const { path, url } of forwardingUrls(body)) {
      const problem = publicUrlProblem(url, false);
      // Malformed and non-http(s) URLs are the forwarding-url rule's (and the schema's) errors.
      if (!problem || problem.reason === 'not_url' || problem.reason === 'scheme') continue;
      findings.push(
        findingAt(
          this,
          path,
          `\`${fieldOf(path)}\` ${problem.message} Visitors and Peeker's forwarding check cannot reach it, so the forwarding change would fail. Use a public URL.`,
          { details: { reason: problem.reason } },
        ),
      );
    }
    return findings;
  },
};
