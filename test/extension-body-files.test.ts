/**
 * The `peeker.bodyFiles` setting, checked: every way it can be wrong gives a message naming the
 * entry, why, and what to do — and the good entries keep working.
 */
import { describe, expect, it } from 'vitest';
import {
  closestOperation,
  compileBodyFiles,
  matchBodyFile,
  operationsWithBody,
} from '../extension/shared/body-files';
import { catalog } from '../schemas';

const WITH_BODY = catalog.operations
  .filter((op) => op.requestSchema !== null)
  .map((op) => op.key)
  .join(', ');

describe('compileBodyFiles', () => {
  it('compiles good entries, normalising the operation spelling', () => {
    const config = compileBodyFiles({
      '**/fixtures/orders/*.json': 'POST /orders',
      'swaps/**/*.json': 'post  /swaps',
    });
    expect(config.problems).toEqual([]);
    expect(config.rules.map((r) => [r.glob, r.operation])).toEqual([
      ['**/fixtures/orders/*.json', 'POST /orders'],
      ['swaps/**/*.json', 'POST /swaps'],
    ]);
  });

  it('treats an absent setting as empty', () => {
    expect(compileBodyFiles(undefined)).toEqual({ rules: [], problems: [] });
    expect(compileBodyFiles(null)).toEqual({ rules: [], problems: [] });
    expect(compileBodyFiles({})).toEqual({ rules: [], problems: [] });
  });

  it('rejects a setting that is not an object', () => {
    expect(compileBodyFiles(['**/*.json']).problems).toEqual([
      'peeker.bodyFiles must be an object mapping a glob to an operation, e.g. { "**/fixtures/orders/*.json": "POST /orders" }; got an array.',
    ]);
    expect(compileBodyFiles('POST /orders').problems).toEqual([
      'peeker.bodyFiles must be an object mapping a glob to an operation, e.g. { "**/fixtures/orders/*.json": "POST /orders" }; got string "POST /orders".',
    ]);
  });

  it('explains each bad entry and keeps the good ones', () => {
    const config = compileBodyFiles({
      '': 'POST /orders',
      '**/{orders,bundles/*.json': 'POST /orders',
      'fixtures\\orders\\*.json': 'POST /orders',
      'POST /orders': '**/orders/*.json',
      '**/a/*.json': 'POST /order',
      '**/b/*.json': 'GET /orders',
      '**/c/*.json': 42,
      '**/d/*.json': 'FETCH everything',
      '**/ok/*.json': 'POST /bundles',
    });
    expect(config.rules.map((r) => r.glob)).toEqual(['**/ok/*.json']);
    expect(config.problems).toEqual([
      'peeker.bodyFiles[""]: the glob is empty. Write a pattern such as "**/fixtures/orders/*.json". The entry is ignored.',
      'peeker.bodyFiles["**/{orders,bundles/*.json"]: the glob has an unclosed "{", so it would never match. Close it or remove it. The entry is ignored.',
      'peeker.bodyFiles["fixtures\\\\orders\\\\*.json"]: globs use forward slashes ("/"), even on Windows; a backslash escapes the next character. The entry is ignored.',
      'peeker.bodyFiles["POST /orders"]: the key looks like an operation, not a glob: keys are globs and values are operations (swapped?), e.g. { "**/fixtures/orders/*.json": "POST /orders" }. The entry is ignored.',
      `peeker.bodyFiles["**/a/*.json"]: unknown operation "POST /order". Did you mean "POST /orders"? Use one of: ${WITH_BODY}. The entry is ignored.`,
      `peeker.bodyFiles["**/b/*.json"]: GET /orders takes no JSON body, so there is nothing to lint. Use an operation with a body: ${WITH_BODY}. The entry is ignored.`,
      'peeker.bodyFiles["**/c/*.json"]: the operation must be a string such as "POST /orders", got 42. The entry is ignored.',
      `peeker.bodyFiles["**/d/*.json"]: unknown operation "FETCH everything". Use one of: ${WITH_BODY}. The entry is ignored.`,
    ]);
  });

  it('reports a stray closing bracket', () => {
    expect(compileBodyFiles({ '**/orders]/*.json': 'POST /orders' }).problems).toEqual([
      'peeker.bodyFiles["**/orders]/*.json"]: the glob has an unclosed "]", so it would never match. Close it or remove it. The entry is ignored.',
    ]);
  });
});

describe('matchBodyFile', () => {
  const config = compileBodyFiles({
    'fixtures/orders/*.json': 'POST /orders',
    '**/swaps/*.json': 'POST /swaps',
    '**/*.order.json': 'POST /orders',
  });

  it('matches workspace-relative and absolute paths, first entry wins', () => {
    expect(
      matchBodyFile(config, ['fixtures/orders/a.json', '/home/me/p/fixtures/orders/a.json'])?.operation,
    ).toBe('POST /orders');
    expect(matchBodyFile(config, ['/home/me/p/deep/swaps/one.json'])?.glob).toBe('**/swaps/*.json');
    expect(matchBodyFile(config, ['/home/me/p/.hidden/x.order.json'])?.glob).toBe('**/*.order.json');
  });

  it('does not match other files', () => {
    expect(
      matchBodyFile(config, ['fixtures/orders/nested/a.json', '/x/fixtures/orders/nested/a.json']),
    ).toBeUndefined();
    expect(matchBodyFile(config, ['package.json', '/x/package.json'])).toBeUndefined();
  });
});

describe('closestOperation', () => {
  it('suggests a near miss and nothing for a far one', () => {
    expect(closestOperation('post /order')).toBe('POST /orders');
    expect(closestOperation('POST /swap')).toBe('POST /swaps');
    expect(closestOperation('DELETE /everything')).toBeUndefined();
  });

  it('only suggests operations that take a body', () => {
    expect(operationsWithBody()).not.toContain('GET /orders');
    expect(closestOperation('GET /orders')).toBe('POST /orders');
  });
});
