import { describe, expect, it } from 'vitest';
import { factorToPercent, percentToFactor, percentToShare, shareToPercent } from './shares';

describe('percentages and share strings', () => {
  it.each([
    [30, '0.3'],
    [12.5, '0.125'],
    [45, '0.45'],
    [0, '0'],
    [100, '1'],
    [5, '0.05'],
    [0.5, '0.005'],
    [33.3333, '0.333333'],
    ['12,5', '0.125'],
    [' 7 ', '0.07'],
    ['30.0', '0.3'],
    ['007', '0.07'],
  ])('%s%% is the share "%s"', (percent, share) => {
    expect(percentToShare(percent)).toBe(share);
  });

  it('is exact where floating point is not', () => {
    // 0.07 * 100 is 7.000000000000001 in floating point; 14.35 / 100 is 0.14350000000000002
    expect(percentToShare(14.35)).toBe('0.1435');
    expect(shareToPercent('0.07')).toBe('7');
    expect(shareToPercent('0.1435')).toBe('14.35');
  });

  it.each([[-1], [100.5], ['abc'], [''], ['1e3'], [12.34567], [Number.NaN]])('refuses %s', (percent) => {
    expect(percentToShare(percent)).toBeNull();
  });

  it.each([
    ['0.3', '30'],
    ['0.30', '30'],
    ['0.125', '12.5'],
    ['1', '100'],
    ['0', '0'],
    ['0.000001', '0.0001'],
  ])('the share "%s" is %s%%', (share, percent) => {
    expect(shareToPercent(share)).toBe(percent);
  });

  it('round-trips', () => {
    for (const percent of ['0', '0.5', '1', '12.5', '30', '33.3333', '99.9999', '100']) {
      expect(shareToPercent(percentToShare(percent)!)).toBe(percent);
    }
  });

  it('turns the lettings slider into a factor and back', () => {
    expect(percentToFactor(110)).toBe('1.1');
    expect(percentToFactor(100)).toBe('1');
    expect(percentToFactor(50)).toBe('0.5');
    expect(percentToFactor(150)).toBe('1.5');
    expect(factorToPercent('1.05')).toBe(105);
    expect(factorToPercent('1')).toBe(100);
  });
});
