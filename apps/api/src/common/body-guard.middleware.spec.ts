import { bodyDefect } from './body-guard.middleware';

describe(bodyDefect.name, () => {
  it.each([
    ['{}', null],
    ['{"name":"Novo","filter":{"hashtags":["a","b"]}}', null],
    ['{"name":"a\\u0000b"}', 'name: must not contain a NUL character'],
    ['"\\u0000"', 'body: must not contain a NUL character'],
    [
      '{"filter":{"hashtags":["ok","\\u0000"]}}',
      'filter.hashtags.1: must not contain a NUL character',
    ],
    ['{"__proto__":{"admin":true}}', '__proto__: is not a field'],
    ['{"a":{"constructor":{"prototype":1}}}', 'a.constructor: is not a field'],
    ['{"prototype":1}', 'prototype: is not a field'],
    ['[1,null,true]', null],
  ])('%s: %s', (json, expected) => {
    expect(bodyDefect(JSON.parse(json))).toBe(expected);
  });
});
