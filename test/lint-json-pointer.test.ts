import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeSegment, pointerOf, refTarget, unescapeSegment } from '../lint/json-pointer';

describe('JSON Pointers', () => {
  it('write a path as ajv writes instancePath, escaping ~ and /', () => {
    expect(pointerOf(['domains', 3, 'domain'])).toBe('/domains/3/domain');
    expect(pointerOf(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
    expect(pointerOf([])).toBe('');
  });

  it('read back every key a segment was escaped from', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(unescapeSegment(escapeSegment(key))).toBe(key);
      }),
      { seed: 5, numRuns: 500 },
    );
    expect(unescapeSegment('~01')).toBe('~1');
  });

  it('find the node a local $ref names, or undefined', () => {
    const root = { $defs: { 'A/B': { type: 'string' }, C: { items: [{ type: 'number' }] } } };
    expect(refTarget(root, '#/$defs/A~1B')).toEqual({ type: 'string' });
    expect(refTarget(root, '#/$defs/C/items')).toEqual([{ type: 'number' }]);
    expect(refTarget(root, '#/$defs/missing/type')).toBeUndefined();
  });
});
