/**
 * Which operation a document is linted against — the pure decision the status bar and the language
 * server share: request files, picked operations, `$schema`, the request shape, then `peeker.bodyFiles`.
 */
import { describe, expect, it } from 'vitest';
import { compileBodyFiles, NO_BODY_FILES } from '../extension/shared/body-files';
import {
  isRequestFileName,
  resolveDocumentTarget,
  topLevelSchema,
  uriPath,
} from '../extension/shared/document-target';

const ORDER_SCHEMA = 'https://peeker-devkit.dev/schemas/v1/create-order-request.json';
const bodyFiles = compileBodyFiles({
  'fixtures/orders/*.json': 'POST /orders',
  '**/swaps/*.json': 'POST /swaps',
});
const workspaceFolders = ['file:///home/me/project'];

describe('resolveDocumentTarget', () => {
  it('*.peeker.json is a request file, whatever else it says', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/fixtures/orders/a.peeker.json',
        text: `{"$schema": "${ORDER_SCHEMA}"}`,
        bodyFiles,
        workspaceFolders,
        override: 'POST /swaps',
      }),
    ).toEqual({
      target: { kind: 'request-file', source: 'request-file', reason: 'a *.peeker.json request file' },
    });
  });

  it('a picked operation wins over $schema and the setting', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/fixtures/orders/a.json',
        text: `{"$schema": "${ORDER_SCHEMA}"}`,
        bodyFiles,
        workspaceFolders,
        override: 'post /swaps',
      }),
    ).toEqual({
      target: {
        kind: 'operation',
        operation: 'POST /swaps',
        source: 'override',
        reason: 'picked for this file',
      },
    });
  });

  it('a $schema of ours wins over a matching peeker.bodyFiles glob, which the target keeps as what it would be without the key', () => {
    const uri = 'file:///home/me/project/fixtures/orders/check.json';
    const availability = '{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json"}';
    expect(resolveDocumentTarget({ uri, text: availability, bodyFiles, workspaceFolders })).toEqual({
      target: {
        kind: 'operation',
        operation: 'POST /domains/availability',
        source: 'schema',
        reason: 'its "$schema"',
        setting: { operation: 'POST /orders', reason: 'peeker.bodyFiles "fixtures/orders/*.json"' },
      },
    });
    expect(
      resolveDocumentTarget({ uri, text: `{"$schema": "${ORDER_SCHEMA}"}`, bodyFiles, workspaceFolders }),
    ).toEqual({
      target: {
        kind: 'operation',
        operation: 'POST /orders',
        source: 'schema',
        reason: 'its "$schema"',
        setting: { operation: 'POST /orders', reason: 'peeker.bodyFiles "fixtures/orders/*.json"' },
      },
    });
  });

  it('a $schema of ours names the operation', () => {
    expect(
      resolveDocumentTarget({
        uri: 'untitled:Untitled-1',
        text: `{"$schema": "${ORDER_SCHEMA}"}`,
        bodyFiles,
      }),
    ).toEqual({
      target: { kind: 'operation', operation: 'POST /orders', source: 'schema', reason: 'its "$schema"' },
    });
    expect(
      resolveDocumentTarget({
        uri: 'untitled:Untitled-2',
        text: '{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json"}',
        bodyFiles,
      }).target,
    ).toEqual({ kind: 'request-file', source: 'schema', reason: 'its "$schema" is the request-file schema' });
  });

  it('the setting matches workspace-relative globs', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/fixtures/orders/new%20customer.json',
        text: '{}',
        bodyFiles,
        workspaceFolders,
      }),
    ).toEqual({
      target: {
        kind: 'operation',
        operation: 'POST /orders',
        source: 'setting',
        reason: 'peeker.bodyFiles "fixtures/orders/*.json"',
      },
    });
  });

  it('an unknown $schema of ours makes a Peeker document (the engine reports it), and the setting still applies', () => {
    const text = '{ "$schema": "https://peeker-devkit.dev/schemas/v1/nope.json" }';
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/x/swaps/s.json',
        text,
        bodyFiles,
        workspaceFolders,
      }),
    ).toEqual({
      target: {
        kind: 'operation',
        operation: 'POST /swaps',
        source: 'setting',
        reason: 'peeker.bodyFiles "**/swaps/*.json"',
      },
      unknownSchemaId: true,
    });
    const typo = '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-orders-request.json"}';
    expect(resolveDocumentTarget({ uri: 'untitled:Untitled-3', text: typo, bodyFiles })).toEqual({
      unknownSchemaId: true,
    });
  });

  it('another schema of the kit (a webhook payload) is not a Peeker document', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/hooks/completed.json',
        text: '{"$schema": "https://peeker-devkit.dev/schemas/v1/webhook-order.completed.json"}',
        bodyFiles,
        workspaceFolders,
      }),
    ).toEqual({});
  });

  it('anything else is not a Peeker document', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///home/me/project/package.json',
        text: '{"$schema": "https://json.schemastore.org/package"}',
        bodyFiles,
        workspaceFolders,
      }),
    ).toEqual({});
    expect(resolveDocumentTarget({ uri: 'file:///x.json', text: '', bodyFiles: NO_BODY_FILES })).toEqual({});
  });

  it("a document shaped like a request file is one, by the engine's rule: before a body $schema and the setting, after a picked operation", () => {
    const at = (text: string, override?: string) =>
      resolveDocumentTarget({
        uri: 'file:///home/me/project/fixtures/orders/a.json',
        text,
        bodyFiles,
        workspaceFolders,
        ...(override ? { override } : {}),
      });
    const shaped = {
      target: { kind: 'request-file', source: 'request-file', reason: 'it is shaped like a request file' },
    };
    expect(at('{"request": "GET /mex"}')).toEqual(shaped);
    expect(at(`{"$schema": "${ORDER_SCHEMA}", "request": "POST /orders", "bdy": {}}`)).toEqual(shaped);
    expect(at('{"request": "POST /orders", "body": {"domains": [{"a": 1}]}, }')).toEqual(shaped);
    expect(at('{"request": "GET /mex"}', 'POST /swaps').target?.source).toBe('override');
    // Not request-shaped: the setting decides, as for any other JSON.
    for (const text of [
      '{"request": "GET https://api.github.com/orders"}',
      '{"request": "GET /orders", "response": {}}',
      '{"request": {"method": "GET", "url": "/me"}}',
      '[{"request": "GET /me"}]',
    ]) {
      expect(at(text).target, text).toEqual({
        kind: 'operation',
        operation: 'POST /orders',
        source: 'setting',
        reason: 'peeker.bodyFiles "fixtures/orders/*.json"',
      });
    }
  });

  it('an unknown picked operation is ignored, never thrown', () => {
    expect(
      resolveDocumentTarget({
        uri: 'file:///x.json',
        text: '{}',
        bodyFiles: NO_BODY_FILES,
        override: 'NOPE /x',
      }),
    ).toEqual({});
  });
});

describe('topLevelSchema', () => {
  it('finds the top-level $schema only, wherever it is', () => {
    const text = '{"a": {"$schema": "inner"}, "b": [{"$schema": "in array"}], "$schema": "top"}';
    expect(topLevelSchema(text)).toEqual({ value: 'top', offset: text.indexOf('"top"'), length: 5 });
  });

  it('tolerates comments, broken JSON and non-objects', () => {
    expect(topLevelSchema('// c\n{"$schema": "x", ')).toEqual({ value: 'x', offset: 17, length: 3 });
    expect(topLevelSchema('[{"$schema": "x"}]')).toBeUndefined();
    expect(topLevelSchema('{"$schema": 3}')).toBeUndefined();
    expect(topLevelSchema('')).toBeUndefined();
    expect(topLevelSchema('}}}{{{')).toBeUndefined();
  });
});

describe('file names', () => {
  it('recognises request files and decodes URIs', () => {
    expect(isRequestFileName('/a/B.PEEKER.JSON')).toBe(true);
    expect(isRequestFileName('/a/peeker.json')).toBe(false);
    expect(uriPath('file:///c%3A/Users/me/x.json')).toBe('c:/Users/me/x.json');
    expect(uriPath('file:///home/me/a%20b.json')).toBe('/home/me/a b.json');
    expect(uriPath('untitled:Untitled-1')).toBe('Untitled-1');
    expect(uriPath('file:///bad%E0%A4%A.json')).toBe('/bad%E0%A4%A.json');
  });
});
