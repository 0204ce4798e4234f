import { createLoader, createParser, createSerializer, type inferParserType, type ParserMap, type ParserWithOptionalDefault } from 'nuqs/server';
import { z } from 'zod';

// A screen's URL state, defined once and read everywhere: by the page (server), by the client components
// that change it (nuqs hooks), by the links that point at it (serializer) and by the JSON route that answers
// the same question (lib/search-params/request.ts). Each parameter's rule is a zod schema, so the codes of
// its errors are the catalogue's (`validation`) and the API's (VALIDATION_SENTENCES); the nuqs parser is
// derived from that schema, so the page and the API can never disagree on what a value means.
//
// This module is shared with the browser: no database, no 'server-only'.

/** One query parameter: its rule (the text of the parameter → its value) and its nuqs parser. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parser of any value type (serialize is contravariant)
export interface UrlParam<Parser extends ParserWithOptionalDefault<any> = ParserWithOptionalDefault<any>> {
  readonly schema: z.ZodType;
  readonly parser: Parser;
}

/** A parameter from a zod schema over its text, and how its value is written back in a URL. */
export function urlParam<T>(schema: z.ZodType<T | null>, serialize: (value: T) => string, eq?: (a: T, b: T) => boolean) {
  const parser = createParser<T>({
    parse: (text) => {
      const parsed = schema.safeParse(text);
      return parsed.success ? parsed.data : null;
    },
    serialize,
    ...(eq ? { eq } : {}),
  });
  return {
    schema,
    parser,
    /** The value when the parameter is absent (or refused on a page); written nowhere when it is the value. */
    withDefault: (value: NonNullable<T>) => ({ schema, parser: parser.withDefault(value) }),
  };
}

type Parsers<Params extends Record<string, UrlParam>> = { [Key in keyof Params]: Params[Key]['parser'] };

/** A rule across parameters (e.g. `from` not after `to`): parameter → error code, or nothing. */
export type CrossCheck<Values> = (values: Values) => Record<string, string> | undefined;

export interface UrlParams<P extends ParserMap = ParserMap> {
  readonly params: Record<string, UrlParam>;
  /** For nuqs: `useQueryStates(definition.parsers, …)`, `createSearchParamsCache(definition.parsers)`. */
  readonly parsers: P;
  /** Every parameter optional, plus the cross check: for `parseQuery` (unknown and repeated names refused there). */
  readonly schema: z.ZodObject;
  /** A URL with these values, defaults left out: `serialize('/admin/staff', { page: 2 })`. */
  serialize(base: string, values: Partial<{ [Key in keyof P]: unknown }>): string;
  /** Values of valid parameters → the full state, absent ones at their default (or null). */
  withDefaults(input: Record<string, unknown>): inferParserType<P>;
  /** The rule across parameters, if any (method syntax: a definition fits any wider UrlParams type). */
  check?(values: inferParserType<P>): Record<string, string> | undefined;
}

export type UrlParamValues<Definition> = Definition extends UrlParams<infer P> ? inferParserType<P> : never;

export function defineUrlParams<Params extends Record<string, UrlParam>>(
  params: Params,
  check?: CrossCheck<inferParserType<Parsers<Params>>>,
): UrlParams<Parsers<Params>> {
  type Values = inferParserType<Parsers<Params>>;
  const keys = Object.keys(params) as (keyof Params & string)[];
  const parsers = Object.fromEntries(keys.map((key) => [key, params[key]!.parser])) as Parsers<Params>;
  const serializer = createSerializer(parsers);

  function withDefaults(input: Record<string, unknown>): Values {
    return Object.fromEntries(keys.map((key) => [key, input[key] ?? params[key]!.parser.defaultValue ?? null])) as Values;
  }

  const schema = z.object(Object.fromEntries(keys.map((key) => [key, params[key]!.schema.optional()]))).superRefine((input, context) => {
    for (const [path, message] of Object.entries(check?.(withDefaults(input)) ?? {})) context.addIssue({ code: 'custom', path: [path], message });
  });

  return {
    params,
    parsers,
    schema,
    serialize: (base, values) => serializer(base, values as Parameters<typeof serializer>[1]),
    withDefaults,
    check,
  };
}

export type PageSearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's reading of its URL: each known parameter that is valid, the others at their default, and the
 * names of those refused, for the page to say so. As in the API, a repeated parameter is refused rather than
 * one of its values taken; unlike the API, a name the screen does not know is ignored (a page must open
 * whatever was appended to a bookmarked link).
 */
export function readSearchParams<P extends ParserMap>(definition: UrlParams<P>, input: PageSearchParams): { values: inferParserType<P>; invalid: string[] } {
  const invalid: string[] = [];
  const accepted: Record<string, string> = {};
  for (const [key, param] of Object.entries(definition.params)) {
    const raw = input[key];
    if (raw === undefined) continue;
    if (typeof raw !== 'string' || !param.schema.safeParse(raw).success) invalid.push(key);
    else accepted[key] = raw;
  }
  const load = createLoader(definition.parsers);
  let values = load(accepted);
  const crossErrors = Object.keys(definition.check?.(values) ?? {});
  if (crossErrors.length > 0) {
    for (const key of crossErrors) delete accepted[key];
    invalid.push(...crossErrors);
    values = load(accepted);
  }
  return { values, invalid };
}
