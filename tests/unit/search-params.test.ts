import { describe, expect, it } from 'vitest';
import { defineUrlParams, readSearchParams } from '@/lib/search-params/define';
import { dateRangeParams, pageParam, searchParam, tableParams } from '@/lib/search-params/parsers';
import { parseUrlParams } from '@/lib/search-params/request';

const range = dateRangeParams();
const list = defineUrlParams(
  { ...tableParams({ sortable: ['name', 'email'], defaultSort: { column: 'name', direction: 'asc' } }), q: searchParam({ max: 20 }), ...range.params },
  range.check,
);

const api = async (query: string) => {
  const result = parseUrlParams(new Request(`http://localhost/api/v1/list?${query}`), list);
  return result.ok ? { ok: true as const, data: result.data } : { ok: false as const, status: result.response.status, body: await result.response.json() };
};

describe('generic URL parameters', () => {
  it('reads a page number written plainly, and nothing else', () => {
    for (const [text, value] of [['1', 1], ['7', 7], ['10000', 10_000]] as const) expect(pageParam.parser.parse(text)).toBe(value);
    for (const text of ['0', '01', '-1', '+2', '1e3', '2.0', '10001', ' 2', 'deux', '']) expect(pageParam.parser.parse(text), text).toBeNull();
  });

  it('sorts only by an allowed column, ascending or descending', () => {
    const { sort } = list.parsers;
    expect(sort.parse('email.desc')).toEqual({ column: 'email', direction: 'desc' });
    for (const text of ['email', 'email.up', 'password.asc', 'name.asc.desc', '__proto__.asc', 'constructor.asc']) expect(sort.parse(text), text).toBeNull();
  });

  it('writes URLs without the defaults, so that a view has one address', () => {
    expect(list.serialize('/list', { page: 1, pageSize: 25, sort: { column: 'name', direction: 'asc' } })).toBe('/list');
    const url = new URL(list.serialize('/list', { page: 3, sort: { column: 'email', direction: 'desc' }, q: 'Éric & Marc #2 +1%' }), 'http://localhost');
    expect([...url.searchParams]).toEqual([['page', '3'], ['sort', 'email.desc'], ['q', 'Éric & Marc #2 +1%']]);
  });
});

describe('a page reads its URL', () => {
  it('keeps what is valid, puts the rest at its default and names it', () => {
    expect(readSearchParams(list, { page: '2', sort: 'email.desc', q: '  tremblay ', utm_source: 'courriel' })).toEqual({
      values: { page: 2, pageSize: 25, sort: { column: 'email', direction: 'desc' }, q: 'tremblay', from: null, to: null },
      invalid: [],
    });
    const { values, invalid } = readSearchParams(list, { page: ['2', '3'], pageSize: '30', sort: 'password.asc', from: '2019-02-29' });
    expect(invalid.sort()).toEqual(['from', 'page', 'pageSize', 'sort']);
    expect(values).toEqual({ page: 1, pageSize: 25, sort: { column: 'name', direction: 'asc' }, q: null, from: null, to: null });
  });

  it('applies the rule across parameters: a period that ends before it starts is refused', () => {
    expect(readSearchParams(list, { from: '2020-03-31', to: '2019-08-01' })).toMatchObject({ values: { from: null, to: '2019-08-01' }, invalid: ['from'] });
    expect(readSearchParams(list, { from: '2019-08-01', to: '2020-03-31' })).toMatchObject({ values: { from: '2019-08-01', to: '2020-03-31' }, invalid: [] });
  });
});

describe('a route reads the same parameters with the API rules', () => {
  it('answers the state with its defaults', async () => {
    expect(await api('sort=email.desc&q=marc')).toEqual({
      ok: true,
      data: { page: 1, pageSize: 25, sort: { column: 'email', direction: 'desc' }, q: 'marc', from: null, to: null },
    });
  });

  it('refuses by name an unknown, repeated or array-shaped parameter, and a bad value', async () => {
    for (const [query, parameter] of [
      ['sort=name.asc&sort=email.asc', 'sort'],
      ['page[]=2', 'page[]'],
      ['utm_source=x', 'utm_source'],
      ['page=0', 'page'],
      ['pageSize=1000', 'pageSize'],
      ['sort=passwordHash.asc', 'sort'],
      ['q=%00', 'q'],
      [`q=${'x'.repeat(21)}`, 'q'],
      ['from=2019-13-01', 'from'],
      ['from=2020-03-31&to=2019-08-01', 'from'],
    ]) {
      const answer = await api(query!);
      expect(answer, query).toMatchObject({ ok: false, status: 400, body: { error: 'invalid_parameter', parameter } });
    }
    expect((await api('sort=x.asc')) as { body: { message: string } }).toMatchObject({ body: { message: expect.stringMatching(/^sort must be a column/) } });
  });
});
