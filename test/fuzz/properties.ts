/**
 * Robustness properties of the lint engine, shared by the CI suite (test/lint-properties.test.ts,
 * a few thousand cases) and `npm run fuzz` (test/fuzz/lint-fuzz.ts, 100k cases):
 *   1. lint never throws, on any text and any target;
 *   2. every diagnostic range lies inside the document, and its line/character agree with its offset;
 *   3. fix edits stay inside the document and do not overlap, and applying a fix to a parseable
 *      document leaves it parseable; fixAll never makes it unparseable either;
 *   4. checkBody never throws on any value and returns well-formed violations;
 *   5. applying every safe fix (fixAll) to a body of a main operation leaves strict JSON and never
 *      adds an error: no error code is reported more often after than before.
 */
import fc from 'fast-check';
import { applyEdits, checkBody, fixAll, type LintResult, type LintTarget, lint } from '../../lint';
import { parseDocument } from '../../lint/parse';
import { catalog } from '../../schemas';
import { fixableDocumentArbitrary } from './bodies';
import { cleanOrder, faultyOrder } from './documents';

const BODY_OPERATIONS = catalog.operations.filter((op) => op.requestSchema !== null).map((op) => op.key);

/** A lint target: an operation with a body, a request file, or auto-detection. */
export const targetArbitrary: fc.Arbitrary<LintTarget> = fc.oneof(
  fc.constantFrom(...BODY_OPERATIONS).map((operation) => ({ operation })),
  fc.constant({ kind: 'request-file' as const }),
  fc.record({ kind: fc.constant('auto' as const), fileName: fc.constantFrom('a.json', 'b.peeker.json') }),
  fc.constantFrom('GET /orders', 'POST /nowhere', '').map((operation) => ({ operation })),
);

const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };

/** Realistic documents to mutate: valid and invalid bodies and request files of several operations. */
const SEEDS: string[] = [
  JSON.stringify(cleanOrder(), null, 2),
  JSON.stringify(faultyOrder(), null, 2),
  JSON.stringify({
    user: { email: 'a@b.co' },
    bundle_id: 'bun_1',
    google_licenses: 2,
    sequencer,
    domains: ['Acme.com.', 'acme.com', 'https://x.com/'],
    users: [{ first_name: 'Sam', last_name: 'Lee' }],
    forwarding_url: 'ftp://x',
  }),
  '{\n  // comment\n  "domains": ["acme.com", "bücher.de",],\n}\n',
  JSON.stringify({ request: 'POST /orders', body: { user: 'bob', domains: [] } }, null, 2),
  JSON.stringify({ request: 'GET /orders/{id}', query: { per_page: 500 } }),
  JSON.stringify({ name: 'B', monthly_sending_volume: 1, google_percent: 50, microsoft_percent: 40 }),
  JSON.stringify({ domains: ['dom_1', 'acme.com', 'dom_1'], forwarding_url: 'http://10.0.0.1' }),
  JSON.stringify({ scope: 'order', domains: ['a.com'] }),
];

const CHARACTERS = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '/',
  '*',
  ' ',
  '\n',
  '\r',
  '\t',
  'a',
  'Z',
  '0',
  '9',
  '-',
  '.',
  '_',
  '@',
  'é',
  '\u2028',
  '\ud83d',
  '\ude00',
  '\u0000',
  '\ufeff',
  'e',
  '+',
  'n',
  't',
  'u',
);

/** A random edit of a document: delete, insert or duplicate a slice. */
type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.array(CHARACTERS, { minLength: 1, maxLength: 4 }).map((c) => c.join('')),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
);

function mutate(text: string, edits: Mutation[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + edit.length);
    else if (edit.kind === 'insert') out = out.slice(0, at) + edit.text + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + edit.length) + out.slice(at);
  }
  return out;
}

/** Documents: mutated seeds, random JSON values, random strings, numbers at the edges, deep nesting. */
export const documentArbitrary: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { maxLength: 4 }))
      .map(([seed, edits]) => mutate(seed, edits)),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
  {
    weight: 2,
    arbitrary: fc
      .record({ request: fc.constantFrom(...BODY_OPERATIONS), body: fc.jsonValue({ maxDepth: 3 }) })
      .map((file) => JSON.stringify(file, null, 2)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '1e400',
        '-1e400',
        '123456789012345678901234567890',
        '9007199254740993',
        '-0',
        '0.1e-999',
        '1E+2',
      )
      .map((n) => `{"google_licenses": ${n}, "domains": [${n}], "per_page": ${n}}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 3000 })
      .map((depth) => `${'['.repeat(depth)}"a.com"${']'.repeat(depth)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 3000 })
      .map((depth) => `{"domains": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)}}`),
  },
);

/** Checks properties 2 and 3 on one lint result; returns a description of the first violation. */
export function checkResult(text: string, result: LintResult): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of result.diagnostics) {
    const { start, end } = d.range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      return `range ${start.offset}–${end.offset} outside 0–${text.length}: ${d.code}`;
    }
    for (const position of [start, end]) {
      const line = lines[position.line];
      if (line === undefined || position.character > line.length)
        return `position ${JSON.stringify(position)} is not in the text`;
    }
    for (const id of d.fixIds ?? [])
      if (!result.fixes.some((f) => f.id === id)) return `unknown fix id ${id}`;
  }
  const parseable = parseDocument(text).ok;
  for (const fix of result.fixes) {
    const sorted = [...fix.edits].sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < sorted.length; i++) {
      const edit = sorted[i]!;
      if (edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length)
        return `fix ${fix.title}: edit out of range`;
      if (i > 0 && edit.offset < sorted[i - 1]!.offset + sorted[i - 1]!.length)
        return `fix ${fix.title}: overlapping edits`;
    }
    if (parseable && !parseDocument(applyEdits(text, fix.edits)).ok)
      return `fix "${fix.title}" made the document unparseable`;
  }
  return undefined;
}

/** All properties on one document and target: throws with a readable reason on failure. */
export function lintProperty(text: string, target: LintTarget): void {
  const result = lint(text, target);
  const problem = checkResult(text, result);
  if (problem) throw new Error(problem);
  if (parseDocument(text).ok && !parseDocument(fixAll(text, target).text).ok)
    throw new Error('fixAll made the document unparseable');
}

/** Property 4: checkBody on any value. */
export function checkBodyProperty(operation: string, body: unknown): void {
  const violations = checkBody(operation, body);
  for (const v of violations) {
    if (typeof v.code !== 'string' || typeof v.message !== 'string' || !Array.isArray(v.path)) {
      throw new Error(`malformed violation ${JSON.stringify(v)}`);
    }
  }
}

/**
 * Property 5 on one document: throws with the fixes applied and the errors they added. What is
 * sent as it is (a body) must end as strict JSON; a request file may keep JSONC (the extension
 * reads it as such and sends its body re-serialized), but no syntax error.
 */
export function fixSafetyProperty(text: string, target: LintTarget): void {
  const errors = (document: string) => {
    const counts = new Map<string, number>();
    for (const d of lint(document, target).diagnostics)
      if (d.severity === 'error') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    return counts;
  };
  const before = errors(text);
  const { text: fixed, applied } = fixAll(text, target);
  const titles = applied.map((f) => f.title).join('; ');
  if ('kind' in target && target.kind === 'request-file') {
    if (!parseDocument(fixed).ok) throw new Error(`fixAll (${titles}) left a syntax error:\n${fixed}`);
  } else {
    try {
      JSON.parse(fixed);
    } catch {
      throw new Error(`fixAll (${titles}) left invalid JSON:\n${fixed}`);
    }
  }
  for (const [code, count] of errors(fixed)) {
    if (count > (before.get(code) ?? 0))
      throw new Error(
        `fixAll (${titles}) raised the ${code} errors from ${before.get(code) ?? 0} to ${count}:\n${fixed}`,
      );
  }
}

/** One named property with its number of runs. */
export interface RobustnessProperty {
  name: string;
  property: fc.IPropertyWithHooks<unknown[]>;
  numRuns: number;
}

/** The property runs, sized by `runs` (total cases ≈ runs × 1.3). */
export function robustnessProperties(runs: number): RobustnessProperty[] {
  return [
    {
      name: 'lint never throws, ranges stay inside the document, fixes keep it parseable',
      property: fc.property(documentArbitrary, targetArbitrary, (text, target) =>
        lintProperty(text, target),
      ) as fc.IPropertyWithHooks<unknown[]>,
      numRuns: runs,
    },
    {
      name: 'checkBody never throws on any value',
      property: fc.property(
        fc.constantFrom(...BODY_OPERATIONS, 'GET /orders', 'nonsense'),
        fc.anything(),
        checkBodyProperty,
      ) as fc.IPropertyWithHooks<unknown[]>,
      numRuns: Math.ceil(runs / 4),
    },
    {
      name: 'applying every safe fix never adds an error and leaves strict JSON (JSONC in a request file)',
      property: fc.property(fixableDocumentArbitrary, ({ text, target }) =>
        fixSafetyProperty(text, target),
      ) as fc.IPropertyWithHooks<unknown[]>,
      numRuns: Math.ceil(runs / 5),
    },
    {
      name: 'a 10k-domain order is linted, each duplicate and bad name found',
      property: fc.property(fc.integer({ min: 0, max: 9_999 }), (bad) => {
        const domains = Array.from({ length: 10_000 }, (_, i) =>
          i === bad ? 'not a domain' : `acme-${i}.com`,
        );
        const text = JSON.stringify({
          user: 'a@b.co',
          microsoft_licenses: 10_000,
          sequencer,
          domains,
          personas: [],
        });
        const result = lint(text, { operation: 'POST /orders' });
        const fields = result.diagnostics.map((d) => d.field);
        if (!fields.includes(`domains[${bad}]`))
          throw new Error(`domains[${bad}] not reported: ${fields.join(', ')}`);
        const problem = checkResult(text, result);
        if (problem) throw new Error(problem);
      }) as fc.IPropertyWithHooks<unknown[]>,
      numRuns: Math.max(2, Math.ceil(runs / 1000)),
    },
  ];
}
