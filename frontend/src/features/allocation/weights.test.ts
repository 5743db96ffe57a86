import { describe, expect, it } from 'vitest';
import { addWeight, apportion, fromWeightStrings, parseWeight, removeWeight, setWeight, toWeightString, TOTAL } from './weights';

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
/** Adds decimal weight strings exactly, in basis points: the strings must say exactly what they mean. */
const sumStrings = (weights: string[]) => sum(weights.map(parseWeight));

describe('weights in basis points', () => {
  it('rescales the others in proportion when one weight moves, keeping the sum at exactly 10000', () => {
    expect(setWeight([6000, 4000], 0, 7000)).toEqual([7000, 3000]);
    expect(setWeight([5000, 3000, 2000], 0, 8000)).toEqual([8000, 1200, 800]);
    // thirds cannot be exact: the largest remainder decides, and the sum stays 10000
    const thirds = setWeight([5000, 2500, 2500], 0, 0);
    expect(thirds).toEqual([0, 5000, 5000]);
    const uneven = setWeight([3333, 3333, 3334], 2, 5000);
    expect(sum(uneven)).toBe(TOTAL);
    expect(uneven[2]).toBe(5000);
    expect(Math.abs(uneven[0]! - uneven[1]!)).toBeLessThanOrEqual(1);
  });

  it('never goes negative and clamps the moved weight to 0..10000', () => {
    expect(setWeight([6000, 4000], 1, 12000)).toEqual([0, 10000]);
    expect(setWeight([6000, 4000], 1, -50)).toEqual([10000, 0]);
    // others all at 0: what is left is shared evenly
    expect(setWeight([10000, 0, 0], 0, 4000)).toEqual([4000, 3000, 3000]);
    expect(setWeight([10000], 0, 3000)).toEqual([10000]);
  });

  it('keeps the sum exact over many random moves', () => {
    let weights = [2500, 2500, 2500, 2500];
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 500; i++) {
      weights = setWeight(weights, Math.floor(random() * weights.length), Math.round(random() * 100) * 100);
      expect(sum(weights)).toBe(TOTAL);
      expect(weights.every((w) => Number.isInteger(w) && w >= 0)).toBe(true);
      expect(sumStrings(weights.map(toWeightString))).toBe(TOTAL);
    }
  });

  it('adds a criterion at 0% and gives a removed one\'s weight to the others in proportion', () => {
    expect(addWeight([6000, 4000])).toEqual([6000, 4000, 0]);
    expect(addWeight([6000, 4000], 2000)).toEqual([4800, 3200, 2000]);
    expect(addWeight([])).toEqual([TOTAL]);
    expect(removeWeight([6000, 3000, 1000], 0)).toEqual([7500, 2500]);
    expect(removeWeight([10000, 0, 0], 0)).toEqual([5000, 5000]);
    expect(removeWeight([10000], 0)).toEqual([]);
  });

  it('writes weights as exact decimal strings that add up to exactly 1', () => {
    expect(toWeightString(6000)).toBe('0.6');
    expect(toWeightString(3333)).toBe('0.3333');
    expect(toWeightString(10000)).toBe('1');
    expect(toWeightString(0)).toBe('0');
    expect(toWeightString(50)).toBe('0.005');
    const strings = [3333, 3333, 3334].map(toWeightString);
    expect(strings).toEqual(['0.3333', '0.3333', '0.3334']);
    expect(sumStrings(strings)).toBe(TOTAL);
  });

  it('reads stored weights exactly and repairs a sum that is not 1', () => {
    expect(parseWeight('0.6')).toBe(6000);
    expect(parseWeight('1')).toBe(10000);
    expect(parseWeight('0.33335')).toBe(3334);
    expect(parseWeight('.25')).toBe(2500);
    expect(parseWeight('abc')).toBe(0);
    expect(fromWeightStrings(['0.6', '0.4'])).toEqual([6000, 4000]);
    expect(fromWeightStrings(['0.333333', '0.333333', '0.333334'])).toEqual([3334, 3333, 3333]);
    expect(sum(fromWeightStrings(['0.333333', '0.333333', '0.333334']))).toBe(TOTAL);
    expect(fromWeightStrings(['2', '2'])).toEqual([5000, 5000]);
  });

  it('apportions whole numbers exactly, ties to the first', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(10000, [0, 0])).toEqual([5000, 5000]);
    expect(apportion(0, [3, 4])).toEqual([0, 0]);
  });
});
