/**
 * `schema-key-in-body`: a top-level `"$schema"` in a plain body file. The key is how an editor (and
 * the linter) learns which body the file is, but a plain body file is sent byte for byte
 * (`curl --data-binary @file`), and the API rejects `$schema` there as a field it does not know
 * (`checkBody`, and so the emulator, answers `invalid_request` on it). Nothing of the kit sends a
 * plain body file for you: the extension sends only `*.peeker.json` request files, whose own
 * `$schema` is not part of the body. A request file is not concerned: its top-level `$schema` is
 * the envelope's, and a `$schema` inside its `body` is sent, so the schema reports it as an unknown
 * field like any other.
 */
import type { Finding } from './findings';

/** The rule, as data (`lintRuleCatalog` lists it with the engine's other rules). */
export const SCHEMA_KEY_RULE = {
  id: 'schema-key-in-body',
  code: 'schema_key_in_body',
  severity: 'warning',
  description:
    'A top-level `"$schema"` in a plain body file: sent as it is, the body is rejected for that unknown field.',
  docs: 'A plain body file is sent byte for byte (`curl --data-binary @file`), and the API rejects `"$schema"` in it as a field it does not know (`400 invalid_request`, `field: "$schema"`; the emulator answers the same). The key is still the way to tell an editor and the linter which body the file is, so this is a warning on the key, not an error: remove it before sending the file as it is. The quick fix removes the member, comma and all, leaving the rest of the file as it was. `lint --fix` and Fix all in the editor apply it when the operation is given otherwise (`--operation`, an operation picked for the file in the editor, or a `peeker.bodyFiles` glob that matches the file and names the same operation); when the `$schema` is what names the operation, removing it would leave the file with no known operation (only its syntax would be checked), so the fix is left to a human: give the operation another way first, or keep the body in a `*.peeker.json` request file, whose own `"$schema"` is not sent. A `$schema` wins over a `peeker.bodyFiles` glob: when the glob names another operation, the warning says which one is used and why, and the fix is left to a human too (removing the key would switch the file to the operation of the glob). Request files are not concerned: the extension sends their `body` re-serialized, and a `"$schema"` inside that body is an unknown field (`invalid_request`).',
} as const;

/**
 * What a document would be checked as without its `"$schema"`, when something else names an
 * operation for it below that key (the editor's `peeker.bodyFiles` glob): `operation`, and
 * `source`, which names it in messages.
 */
export interface SchemaKeyFallback {
  readonly operation: string;
  readonly source: string;
}

/**
 * The warning on a plain body file's top-level `"$schema"` key, with the fix that removes the
 * member. `checkedAs` is the operation the body is checked as; `source` says who gave it when it
 * was given explicitly (`--operation`, `picked for this file`), and is absent when the `$schema`
 * itself named it. The fix is safe when the file still names `checkedAs` without the key: given
 * explicitly, or a `fallback` naming the same operation. Otherwise it is left to a human: without
 * the key the file would name no operation, or the fallback's other one (the message says which
 * wins and why).
 */
export function schemaKeyFinding(
  checkedAs: string,
  source: string | undefined,
  fallback?: SchemaKeyFallback,
): Finding {
  const rejected =
    'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is';
  const safe = source !== undefined || fallback?.operation === checkedAs;
  let message: string;
  if (source !== undefined) {
    message = `${rejected}: the file is checked as ${checkedAs} (${source}), which does not need it.`;
  } else if (fallback === undefined) {
    message = `${rejected}. It is also what names this file's operation (${checkedAs}): without it, give the operation with --operation "${checkedAs}" (in the editor, the peeker.bodyFiles setting), or keep the body in a *.peeker.json request file, whose own "$schema" is not sent.`;
  } else if (safe) {
    message = `${rejected}: the file is checked as ${checkedAs} (its "$schema"), and ${fallback.source} names the same operation, so it still is without the key.`;
  } else {
    // The `$schema` wins over the fallback: removing the key switches the operation, so say both.
    message = `${rejected}. It is also what names this file's operation: it is checked as ${checkedAs} because its "$schema" wins over ${fallback.source}, which names ${fallback.operation}; without the key it would be checked as ${fallback.operation}. If it is a body of ${checkedAs}, make ${fallback.source} name "${checkedAs}", then remove the key; if it is a body of ${fallback.operation}, remove the key.`;
  }
  return {
    ruleId: SCHEMA_KEY_RULE.id,
    code: SCHEMA_KEY_RULE.code,
    severity: SCHEMA_KEY_RULE.severity,
    path: ['$schema'],
    anchor: 'key',
    field: '$schema',
    message,
    fixes: [
      {
        title: 'Remove "$schema"',
        safe,
        preferred: true,
        changes: [{ kind: 'remove', path: ['$schema'] }],
      },
    ],
  };
}
