import { describe, expect, it } from 'vitest';
import { lint, resolveOperationFromSchemaId } from '../lint';

const body = '{"domains": ["acme .com"]}';
const codes = (text: string, target: Parameters<typeof lint>[1]) => {
  const result = lint(text, target);
  return { operation: result.operation, codes: result.diagnostics.map((d) => d.code) };
};

describe('which schema applies', () => {
  it('uses the explicit operation', () => {
    expect(codes(body, { operation: 'POST /domains/availability' })).toEqual({
      operation: 'POST /domains/availability',
      codes: ['invalid_request'],
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

  it('auto: *.peeker.json is a request file, whatever else is given', () => {
    const file = '{"request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}';
    expect(
      codes(file, { kind: 'auto', fileName: 'dir/check.peeker.json', operation: 'POST /orders' }),
    ).toEqual({
      operation: 'POST /domains/availability',
      codes: [],
    });
  });

  it('auto: a $schema naming a body schema picks the operation, and is not linted itself', () => {
    const text =
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", "domains": ["acme .com"]}';
    expect(codes(text, { kind: 'auto', fileName: 'body.json' })).toEqual({
      operation: 'POST /domains/availability',
      codes: ['invalid_request'],
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
    ).toEqual(['invalid_request']);
  });

  it('auto: recognises an untitled request file by its shape', () => {
    expect(codes('{"request": "GET /me"}', { kind: 'auto' })).toEqual({ operation: 'GET /me', codes: [] });
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
