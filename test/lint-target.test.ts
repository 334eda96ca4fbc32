import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, lint, resolveOperationFromSchemaId } from '../lint';
import { classifySchemaId, KIT_SCHEMA_FILES, schemaIdFor } from '../lint/schema-ids';

const body = '{"domains": ["acme .com"]}';
const codes = (text: string, target: Parameters<typeof lint>[1]) => {
  const result = lint(text, target);
  return { operation: result.operation, codes: result.diagnostics.map((d) => d.code) };
};

describe('which schema applies', () => {
  it('uses the explicit operation', () => {
    expect(codes(body, { operation: 'POST /domains/availability' })).toEqual({
      operation: 'POST /domains/availability',
      codes: ['availability_invalid'],
    });
  });

  it('accepts a lower-case method', () => {
    expect(lint(body, { operation: 'post /domains/availability' }).operation).toBe(
      'POST /domains/availability',
    );
  });

  it('reports an unknown explicit operation, with a suggestion', () => {
    expect(lint(body, { operation: 'POST /domain/availability' }).diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } },
        severity: 'error',
        code: 'unknown_operation',
        message:
          'Unknown operation "POST /domain/availability". Did you mean "POST /domains/availability"? Operations are written "METHOD /path" as in the contract, e.g. "POST /orders".',
      },
    ]);
  });

  it('hides the password of a URL pasted as the operation', () => {
    expect(
      lint(body, { operation: 'GET https://admin:Sup3rS3cret@api.peeker.ai/me' }).diagnostics.map(
        (d) => d.message,
      ),
    ).toEqual([
      'Unknown operation "GET https://admin:***@api.peeker.ai/me". Did you mean "GET /me"? Operations are written "METHOD /path" as in the contract, e.g. "POST /orders".',
    ]);
  });

  it('auto: *.peeker.json is a request file, whatever else is given', () => {
    const file = '{"request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}';
    expect(
      codes(file, { kind: 'auto', fileName: 'dir/check.peeker.json', operation: 'POST /orders' }),
    ).toEqual({
      operation: 'POST /domains/availability',
      codes: [],
    });
  });

  it('auto: a $schema naming a body schema picks the operation; the key is no unknown-field error, but a warning', () => {
    const text =
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", "domains": ["acme .com"]}';
    expect(codes(text, { kind: 'auto', fileName: 'body.json' })).toEqual({
      operation: 'POST /domains/availability',
      codes: ['schema_key_in_body', 'availability_invalid'],
    });
  });

  it('auto: a $schema naming the request-file schema makes it a request file', () => {
    const text =
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json", "request": "GET /me"}';
    expect(codes(text, { kind: 'auto', fileName: 'me.json' })).toEqual({ operation: 'GET /me', codes: [] });
  });

  it('auto: falls back to the given operation', () => {
    expect(
      codes(body, { kind: 'auto', fileName: 'x.json', operation: 'POST /domains/availability' }).codes,
    ).toEqual(['availability_invalid']);
  });

  it('auto: recognises an untitled request file by its shape', () => {
    expect(codes('{"request": "GET /me"}', { kind: 'auto' })).toEqual({ operation: 'GET /me', codes: [] });
  });

  it('auto: a document shaped like a request file keeps its own operation over the given one', () => {
    const text = '{"request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}';
    expect(
      codes(text, {
        kind: 'auto',
        fileName: 'a.json',
        operation: 'POST /orders',
        operationSource: '--operation',
      }),
    ).toEqual({ operation: 'POST /domains/availability', codes: [] });
  });

  it('auto: without any hint, checks syntax only and says how to give an operation', () => {
    expect(lint(body, { kind: 'auto', fileName: 'x.json' })).toEqual({
      diagnostics: [
        {
          range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } },
          severity: 'info',
          code: 'operation_unknown',
          message:
            'No operation is known for this document, so only its JSON syntax was checked. Name the file *.peeker.json with a "request" key, add "$schema": "https://peeker-devkit.dev/schemas/v1/<body-schema>.json", or pass --operation "POST /orders".',
        },
      ],
      fixes: [],
    });
  });

  it('warns when a body is linted for an operation that takes none', () => {
    expect(codes('{}', { operation: 'GET /orders' })).toEqual({
      operation: 'GET /orders',
      codes: ['body_not_expected'],
    });
  });
});

describe("a $schema under the kit's prefix that names none of its schemas", () => {
  const PREFIX = 'https://peeker-devkit.dev/schemas/v1/';

  it('is an error on the value, with the closest id as a fix, and not operation_unknown', () => {
    const text = `{"$schema":"${PREFIX}create-orders-request.json","user":"x"}`;
    expect(lint(text, { kind: 'auto', fileName: 't/typo.json' })).toEqual({
      diagnostics: [
        {
          range: {
            start: { line: 0, character: 11, offset: 11 },
            end: { line: 0, character: 76, offset: 76 },
          },
          severity: 'error',
          code: 'unknown_schema_id',
          message:
            'Unknown Peeker DevKit schema "create-orders-request.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id, so no operation is known for this document and only its JSON syntax was checked. Did you mean "https://peeker-devkit.dev/schemas/v1/create-order-request.json" (the body of POST /orders)?',
          fixIds: ['fix-1'],
        },
      ],
      fixes: [
        {
          id: 'fix-1',
          title: 'Change "$schema" to "https://peeker-devkit.dev/schemas/v1/create-order-request.json"',
          diagnosticCode: 'unknown_schema_id',
          edits: [{ offset: 11, length: 65, newText: `"${PREFIX}create-order-request.json"` }],
          safe: false,
          preferred: true,
        },
      ],
    });
  });

  it('the fix makes it a body of the suggested operation, which is then checked', () => {
    const text = `{"$schema":"${PREFIX}create-orders-request.json","user":"x"}`;
    const fixed = applyEdits(text, lint(text, { kind: 'auto' }).fixes[0]!.edits);
    expect(fixed).toBe(`{"$schema":"${PREFIX}create-order-request.json","user":"x"}`);
    expect(codes(fixed, { kind: 'auto', fileName: 't/typo.json' }).operation).toBe('POST /orders');
  });

  it.each([
    ['availability-request', 'availability-request.json'],
    ['Create-Order-Request.JSON', 'create-order-request.json'],
    ['cancel-order-requests.json#/properties/domains', 'cancel-order-request.json#/properties/domains'],
    ['webhook-order.complete.json', 'webhook-order.completed.json'],
  ])('suggests the closest id of the kit for %s', (given, suggested) => {
    const result = lint(`{"$schema": "${PREFIX}${given}"}`, { kind: 'auto' });
    expect(result.fixes.map((fix) => fix.edits[0]!.newText)).toEqual([`"${PREFIX}${suggested}"`]);
  });

  it("without a close id, says how the kit's ids are written", () => {
    expect(lint(`{"$schema": "${PREFIX}nope.json"}`, { kind: 'auto' }).diagnostics).toEqual([
      {
        range: {
          start: { line: 0, character: 12, offset: 12 },
          end: { line: 0, character: 60, offset: 60 },
        },
        severity: 'error',
        code: 'unknown_schema_id',
        message:
          'Unknown Peeker DevKit schema "nope.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id, so no operation is known for this document and only its JSON syntax was checked. The kit\'s ids are https://peeker-devkit.dev/schemas/v1/<name>-request.json for a body (e.g. create-order-request.json for POST /orders) and https://peeker-devkit.dev/schemas/v1/request-file.json for a request file.',
      },
    ]);
  });

  it('is reported whatever else says what the document is, which is then checked', () => {
    const typo = `"$schema": "${PREFIX}create-order-requests.json"`;
    const explicit = lint(`{${typo}, "domains": ["acme .com"]}`, {
      kind: 'auto',
      operation: 'POST /domains/availability',
      operationSource: '--operation',
    });
    const suggestion =
      'Did you mean "https://peeker-devkit.dev/schemas/v1/create-order-request.json" (the body of POST /orders)?';
    expect(explicit.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'schema_key_in_body',
        'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is: the file is checked as POST /domains/availability (--operation), which does not need it.',
      ],
      [
        'unknown_schema_id',
        `Unknown Peeker DevKit schema "create-order-requests.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id; the document is checked as POST /domains/availability (--operation). ${suggestion}`,
      ],
      [
        'availability_invalid',
        '`domains[0]` "acme .com" contains spaces, which domain names cannot have. Its row will come back `available: false, reason: "invalid"`.',
      ],
    ]);
    const requestFile = lint(`{${typo}, "request": "GET /me", "body": {}}`, {
      kind: 'auto',
      fileName: 'me.peeker.json',
    });
    expect(requestFile.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'unknown_schema_id',
        `Unknown Peeker DevKit schema "create-order-requests.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id; the document is checked as a request file. ${suggestion}`,
      ],
      ['invalid_request_file', 'GET /me takes no request body: remove `body`.'],
    ]);
  });

  it('another schema of the kit (a webhook payload) is no request: operation_unknown says so', () => {
    expect(
      lint(`{"$schema": "${PREFIX}webhook-event.json", "type": "order.completed"}`, { kind: 'auto' })
        .diagnostics,
    ).toEqual([
      {
        range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } },
        severity: 'info',
        code: 'operation_unknown',
        message:
          'Its "$schema" names the kit\'s webhook-event.json schema, which describes no request body. No operation is known for this document, so only its JSON syntax was checked. Name the file *.peeker.json with a "request" key, add "$schema": "https://peeker-devkit.dev/schemas/v1/<body-schema>.json", or pass --operation "POST /orders".',
      },
    ]);
  });

  it("ids outside the kit's prefix are not the kit's business", () => {
    expect(codes('{"$schema": "https://json.schemastore.org/package"}', { kind: 'auto' }).codes).toEqual([
      'operation_unknown',
    ]);
    expect(
      codes('{"$schema": "https://peeker-devkit.dev/schemas/v2/create-order-request.json"}', { kind: 'auto' })
        .codes,
    ).toEqual(['operation_unknown']);
  });

  it('knows every schema the kit generates', () => {
    const generated = readdirSync(join(__dirname, '..', 'schemas', 'generated', 'json-schema'));
    expect([...KIT_SCHEMA_FILES].sort()).toEqual(generated.sort());
  });
});

describe("an explicit operation and the body's $schema", () => {
  const ORDER_ID = 'https://peeker-devkit.dev/schemas/v1/create-order-request.json';
  const orderBody = `{"$schema": "${ORDER_ID}", "domains": ["acme .com"]}`;

  it('the operation wins; the disagreement is a warning on the $schema value, with a fix', () => {
    expect(
      lint(orderBody, {
        kind: 'auto',
        fileName: 'order.json',
        operation: 'POST /domains/availability',
        operationSource: '--operation',
      }),
    ).toEqual({
      operation: 'POST /domains/availability',
      diagnostics: [
        {
          range: {
            start: { line: 0, character: 1, offset: 1 },
            end: { line: 0, character: 10, offset: 10 },
          },
          severity: 'warning',
          code: 'schema_key_in_body',
          field: '$schema',
          message:
            'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is: the file is checked as POST /domains/availability (--operation), which does not need it.',
          fixIds: ['fix-2'],
        },
        {
          range: {
            start: { line: 0, character: 12, offset: 12 },
            end: { line: 0, character: 76, offset: 76 },
          },
          severity: 'warning',
          code: 'schema_id_mismatch',
          message:
            'Checked as POST /domains/availability (--operation), which wins over "$schema"; this "$schema" names the body of POST /orders. If it is a body of POST /domains/availability, change "$schema" to "https://peeker-devkit.dev/schemas/v1/availability-request.json"; if it is a body of POST /orders, lint it as that.',
          fixIds: ['fix-1'],
        },
        {
          range: {
            start: { line: 0, character: 90, offset: 90 },
            end: { line: 0, character: 101, offset: 101 },
          },
          severity: 'warning',
          code: 'availability_invalid',
          field: 'domains[0]',
          message:
            '`domains[0]` "acme .com" contains spaces, which domain names cannot have. Its row will come back `available: false, reason: "invalid"`.',
        },
      ],
      fixes: [
        {
          id: 'fix-1',
          title: 'Change "$schema" to "https://peeker-devkit.dev/schemas/v1/availability-request.json"',
          diagnosticCode: 'schema_id_mismatch',
          edits: [
            {
              offset: 12,
              length: 64,
              newText: '"https://peeker-devkit.dev/schemas/v1/availability-request.json"',
            },
          ],
          safe: false,
          preferred: true,
        },
        {
          id: 'fix-2',
          title: 'Remove "$schema"',
          diagnosticCode: 'schema_key_in_body',
          edits: [{ offset: 1, length: 77, newText: '' }],
          safe: true,
          preferred: true,
        },
      ],
    });
  });

  it("the library's { operation } wins the same way, named as the operation given to the linter", () => {
    const result = lint(orderBody, { operation: 'POST /domains/availability' });
    expect([result.operation, result.diagnostics.map((d) => [d.code, d.severity])]).toEqual([
      'POST /domains/availability',
      [
        ['schema_key_in_body', 'warning'],
        ['schema_id_mismatch', 'warning'],
        ['availability_invalid', 'warning'],
      ],
    ]);
    expect(result.diagnostics[1]!.message).toMatch(
      /^Checked as POST \/domains\/availability \(the operation given to the linter\), which wins over "\$schema";/,
    );
  });

  it('agreeing, or without an operation, there is nothing to say', () => {
    for (const target of [
      { kind: 'auto', operation: 'post /orders' },
      { operation: 'POST /orders' },
      { kind: 'auto' },
    ] as const) {
      expect(lint(orderBody, target).diagnostics.map((d) => d.code)).not.toContain('schema_id_mismatch');
    }
  });

  it('an operation that takes no body gets body_not_expected only', () => {
    expect(codes(orderBody, { operation: 'GET /orders' }).codes).toEqual(['body_not_expected']);
  });

  it('request files keep their own rules: the operation is theirs, whatever is given', () => {
    const requestFile =
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json", "request": "GET /me"}';
    expect(codes(requestFile, { kind: 'auto', fileName: 'me.json', operation: 'POST /orders' })).toEqual({
      operation: 'GET /me',
      codes: [],
    });
    expect(
      codes('{"request": "GET /me"}', {
        kind: 'auto',
        fileName: 'me.peeker.json',
        operation: 'POST /orders',
      }),
    ).toEqual({ operation: 'GET /me', codes: [] });
  });

  it('a request file whose $schema names a body schema is warned about, with the request-file id as fix', () => {
    const text = `{"$schema": "${ORDER_ID}", "request": "GET /me"}`;
    const result = lint(text, { kind: 'auto', fileName: 'me.peeker.json' });
    expect(result.diagnostics).toEqual([
      {
        range: {
          start: { line: 0, character: 12, offset: 12 },
          end: { line: 0, character: 76, offset: 76 },
        },
        severity: 'warning',
        code: 'schema_id_mismatch',
        message:
          'This file is checked as a request file, but its "$schema" names the body of POST /orders, so an editor would check the whole file against that. Change it to "https://peeker-devkit.dev/schemas/v1/request-file.json": the body is checked against the operation in "request".',
        fixIds: ['fix-1'],
      },
    ]);
    expect(applyEdits(text, result.fixes[0]!.edits)).toBe(
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json", "request": "GET /me"}',
    );
  });
});

describe('resolveOperationFromSchemaId', () => {
  it.each([
    ['https://peeker-devkit.dev/schemas/v1/create-order-request.json', 'POST /orders'],
    ['https://peeker-devkit.dev/schemas/v1/cancel-order-request.json#', 'POST /orders/{id}/cancel'],
    ['https://peeker-devkit.dev/schemas/v1/forwarding-request.json', 'POST /domains/forwarding'],
    ['https://peeker-devkit.dev/schemas/v1/request-file.json', undefined],
    ['https://example.com/create-order-request.json', undefined],
  ])('%s → %s', (id, operation) => {
    expect(resolveOperationFromSchemaId(id)).toBe(operation);
  });
});

describe('classifySchemaId and schemaIdFor', () => {
  const ORDER_SCHEMA = 'https://peeker-devkit.dev/schemas/v1/create-order-request.json';

  it.each([
    [ORDER_SCHEMA, { kind: 'body', operation: 'POST /orders' }],
    [`${ORDER_SCHEMA}#/properties/user`, { kind: 'body', operation: 'POST /orders' }],
    ['https://peeker-devkit.dev/schemas/v1/request-file.json', { kind: 'request-file' }],
    [
      'https://peeker-devkit.dev/schemas/v1/error-envelope.json',
      { kind: 'other', file: 'error-envelope.json' },
    ],
    ['https://example.com/create-order-request.json', { kind: 'foreign' }],
    [42, { kind: 'foreign' }],
  ])('%s → %j', (id, meaning) => {
    expect(classifySchemaId(id)).toEqual(meaning);
  });

  it('gives the id of what a document is checked as', () => {
    expect(schemaIdFor({ operation: 'POST /orders' })).toBe(ORDER_SCHEMA);
    expect(schemaIdFor({ operation: 'GET /me' })).toBeUndefined();
    expect(schemaIdFor('request-file')).toBe('https://peeker-devkit.dev/schemas/v1/request-file.json');
  });
});
