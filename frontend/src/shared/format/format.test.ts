import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, todayIso } from './format';

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
});
