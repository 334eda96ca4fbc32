import { describe, expect, it } from 'vitest';
import { escapedPrettyJson, spacedJson } from '../webhooks/body-text';

const VALUE = {
  id: 'evt_1',
  data: { name: 'Zoë ✓ 😀', url: 'https://a/b', n: [1, -2.5, null, true, {}, []], q: 'say "hi"\n' },
};

describe('spacedJson', () => {
  it("writes what Python's json.dumps writes by default, never JSON.stringify's compact form", () => {
    // python3 -c 'import json; print(json.dumps(VALUE))'
    const python =
      '{"id": "evt_1", "data": {"name": "Zo\\u00eb \\u2713 \\ud83d\\ude00", "url": "https://a/b", ' +
      '"n": [1, -2.5, null, true, {}, []], "q": "say \\"hi\\"\\n"}}';
    expect(spacedJson(VALUE)).toBe(python);
    expect(JSON.parse(spacedJson(VALUE))).toEqual(VALUE);
    expect(JSON.stringify(JSON.parse(spacedJson(VALUE)))).not.toBe(spacedJson(VALUE));
  });

  it('leaves out what JSON.stringify leaves out and writes dates as it does', () => {
    expect(spacedJson({ a: undefined, b: new Date(0), c: [undefined], d: Number.NaN })).toBe(
      '{"b": "1970-01-01T00:00:00.000Z", "c": [null], "d": null}',
    );
  });
});

describe('escapedPrettyJson', () => {
  it('pretty-prints with \\/ and \\uXXXX escapes, the same value once parsed', () => {
    const text = escapedPrettyJson({ url: 'https://a/b', name: 'Renée' });
    expect(text).toBe('{\n  "url": "https:\\/\\/a\\/b",\n  "name": "Ren\\u00e9e"\n}');
    expect(JSON.parse(text)).toEqual({ url: 'https://a/b', name: 'Renée' });
  });
});
