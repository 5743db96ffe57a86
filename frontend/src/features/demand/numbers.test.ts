import { describe, expect, it } from 'vitest';
import { formatDecimal, isBlock, parseBlock, parseCount } from './numbers';

describe('parseCount', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['120', 120],
    [' 1 200 ', 1200],
    ['1.200', 1200],
    ['0', 0],
  ])('reads %j as %j in Dutch', (text, value) => {
    expect(parseCount(text, 'nl')).toEqual({ ok: true, value });
  });

  it.each([
    ['-5', 'negative'],
    ['-1,5', 'negative'],
    ['12,5', 'notInteger'],
    ['2.5', 'notInteger'],
    ['1.2345', 'notInteger'],
    ['abc', 'notANumber'],
    ['3000000000', 'tooLarge'],
  ])('refuses %j as %s', (text, error) => {
    expect(parseCount(text, 'nl')).toEqual({ ok: false, error });
  });

  it('groups thousands with a comma in English', () => {
    expect(parseCount('1,200', 'en')).toEqual({ ok: true, value: 1200 });
    expect(parseCount('1.200', 'en')).toEqual({ ok: false, error: 'notInteger' });
  });
});

describe('pasted blocks', () => {
  it('splits tab-separated rows and drops the trailing newline spreadsheets add', () => {
    expect(parseBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
    expect(isBlock('12\n')).toBe(false);
    expect(isBlock('1\t2')).toBe(true);
  });
});

describe('formatDecimal', () => {
  it('shows two places the Dutch way', () => {
    expect(formatDecimal('2.5', 'nl')).toBe('2,50');
    expect(formatDecimal(null, 'nl')).toBe('–');
  });
});
