import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimalString, formatNumber, todayIso } from './format';

describe('format', () => {
  it('formats numbers the Dutch way', () => {
    expect(formatNumber(931298, 'nl')).toBe('931.298');
    expect(formatNumber(931298, 'en')).toBe('931,298');
  });

  it('formats calendar dates the Dutch way without shifting the day', () => {
    expect(formatDate('2024-01-01', 'nl')).toBe('1-1-2024');
    expect(formatDate('2024-12-31', 'nl')).toBe('31-12-2024');
    expect(formatDate('2024-12-31', 'en')).toBe('31/12/2024');
  });

  it('gives today as an ISO date in local time', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });

  it('writes decimal strings the Dutch way without turning them into floats', () => {
    expect(formatDecimalString('31.52', 'nl')).toBe('31,52');
    expect(formatDecimalString('931298', 'nl')).toBe('931.298');
    expect(formatDecimalString('1234567.125', 'en')).toBe('1,234,567.125');
    expect(formatDecimalString('-2.50', 'nl')).toBe('-2,5');
    expect(formatDecimalString('-2.50', 'nl', { minFractionDigits: 2 })).toBe('-2,50');
    expect(formatDecimalString('0.1', 'nl', { minFractionDigits: 2 })).toBe('0,10');
    // more digits than a double holds stay exact
    expect(formatDecimalString('12345678901234567890.123456789', 'nl')).toBe('12.345.678.901.234.567.890,123456789');
    expect(formatDecimalString(null, 'nl')).toBe('–');
    expect(formatDecimalString('n/a', 'nl')).toBe('n/a');
  });

  it('rounds decimal strings half up on the digits', () => {
    expect(formatDecimalString('2.345', 'nl', { maxFractionDigits: 2 })).toBe('2,35');
    expect(formatDecimalString('9.995', 'nl', { maxFractionDigits: 2 })).toBe('10');
    expect(formatDecimalString('9.995', 'nl', { maxFractionDigits: 2, minFractionDigits: 2 })).toBe('10,00');
    expect(formatDecimalString('999.96', 'nl', { maxFractionDigits: 1 })).toBe('1.000');
    expect(formatDecimalString('-0.004', 'nl', { maxFractionDigits: 2 })).toBe('0');
  });
});
