/**
 * The fast matchers of `fast-matchers.ts` as ajv sees them, plus `minLength`/`maxLength` keywords
 * that count code points only when they must. Build-time only (`schemas/generate.ts` writes the
 * validators with them, see `validator-codegen.ts`): this module imports ajv's code generator,
 * which the bundles do not ship. `test/lint-fast-patterns.test.ts` checks equivalence with
 * fast-check.
 */
import { _, type CodeKeywordDefinition, type KeywordCxt, str } from 'ajv/dist/2020';
import { codePointLength } from './fast-matchers';

export {
  codePointLength,
  DOMAIN_NAME_PATTERN_SOURCE,
  fastUriFormat,
  matchAsciiDomainName,
  PLAIN_HTTP_URL_PATTERN,
  peekerRegExp,
  type RegExpLike,
} from './fast-matchers';

/**
 * `minLength` / `maxLength` with the standard semantics (code points) and the standard errors, but
 * without counting when the UTF-16 length already decides: a string has between ⌈length/2⌉ and
 * `length` code points. Counting every string of a 200-domain order was the largest single cost
 * of validating it.
 */
export function lengthKeyword(keyword: 'minLength' | 'maxLength'): CodeKeywordDefinition {
  const isMax = keyword === 'maxLength';
  return {
    keyword,
    type: 'string',
    schemaType: 'number',
    error: {
      message: ({ schemaCode }) =>
        str`must NOT have ${isMax ? 'more' : 'fewer'} than ${schemaCode} characters`,
      params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
    },
    code(cxt: KeywordCxt) {
      const { gen, data, schemaCode } = cxt;
      // `code` names the function in generated standalone validators (see validator-runtime.ts).
      const count = gen.scopeValue('func', { ref: codePointLength, code: _`codePointLength` });
      cxt.fail(
        isMax
          ? _`${data}.length > ${schemaCode} && ${count}(${data}) > ${schemaCode}`
          : _`${data}.length < 2 * ${schemaCode} && ${count}(${data}) < ${schemaCode}`,
      );
    },
  };
}
