import { describe, expect, it } from 'vitest';
import { keyed } from './keyed';

describe('keyed', () => {
  it('keys items by their content and numbers repeats', () => {
    expect(keyed(['a', 'b', 'a', 'a'], (s) => s).map((k) => k.key)).toEqual(['a', 'b', 'a#2', 'a#3']);
  });

  it('keeps each item and its position', () => {
    expect(keyed([{ m: 'x' }], (e) => e.m)).toEqual([{ key: 'x', item: { m: 'x' }, position: 0 }]);
  });
});
