/**
 * Criterion weights as whole basis points (1 bp = 0.01%), so the arithmetic is exact: the weights
 * of a scenario always add up to exactly TOTAL, and the decimal strings sent to the API
 * ("0.6", "0.3333") add up to exactly 1.
 */
export const TOTAL = 10_000;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Shares `amount` (a whole number) over parts in proportion to `by` with the largest remainder method,
 * so the parts are whole and add up to `amount` exactly. Equal parts when every `by` is 0.
 * Ties go to the earlier index, so the outcome is deterministic.
 */
export function apportion(amount: number, by: readonly number[]): number[] {
  if (by.length === 0) return [];
  const basis = by.reduce((sum, value) => sum + value, 0);
  const weights = basis > 0 ? by : by.map(() => 1);
  const sum = basis > 0 ? basis : by.length;
  // integers throughout (amount and weights are at most TOTAL, so products stay far below 2^53)
  const parts = weights.map((w) => Math.floor((amount * w) / sum));
  let rest = amount - parts.reduce((s, p) => s + p, 0);
  const order = weights
    .map((w, index) => ({ index, remainder: (amount * w) % sum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (rest <= 0) break;
    parts[index]! += 1;
    rest -= 1;
  }
  return parts;
}

/**
 * Sets weight `index` to `value` basis points and rescales the others in proportion to what they
 * were, so the sum stays exactly TOTAL. None goes negative; a lone weight is always TOTAL.
 */
export function setWeight(weights: readonly number[], index: number, value: number): number[] {
  if (weights.length <= 1) return weights.map(() => TOTAL);
  const fixed = clamp(Math.round(value), 0, TOTAL);
  const others = weights.map((w, i) => (i === index ? 0 : Math.max(0, w)));
  const shared = apportion(TOTAL - fixed, others.filter((_, i) => i !== index));
  let k = 0;
  return weights.map((_, i) => (i === index ? fixed : shared[k++]!));
}

/** Adds a weight of `value` basis points (default 0) at the end, the others giving way in proportion. */
export function addWeight(weights: readonly number[], value = 0): number[] {
  if (weights.length === 0) return [TOTAL];
  return setWeight([...weights, 0], weights.length, value);
}

/** Removes weight `index`; what it had goes to the others in proportion (evenly when they are all 0). */
export function removeWeight(weights: readonly number[], index: number): number[] {
  const rest = weights.filter((_, i) => i !== index);
  if (rest.length === 0) return [];
  return apportion(TOTAL, rest.map((w) => Math.max(0, w)));
}

/** 6000 -> "0.6", 3333 -> "0.3333", 10000 -> "1", 0 -> "0": the exact decimal, no trailing zeros. */
export function toWeightString(basisPoints: number): string {
  const bp = clamp(Math.round(basisPoints), 0, TOTAL);
  if (bp === TOTAL) return '1';
  if (bp === 0) return '0';
  return `0.${String(bp).padStart(4, '0').replace(/0+$/, '')}`;
}

/**
 * Reads a decimal weight string exactly into basis points, rounding half up beyond the fourth
 * decimal ("0.33333333" -> 3333). Anything unreadable or negative counts as 0.
 */
export function parseWeight(weight: string): number {
  const match = /^\s*(\d*)(?:\.(\d*))?\s*$/.exec(weight);
  if (!match || (match[1] === '' && !match[2])) return 0;
  const integer = Number(match[1] || '0');
  const fraction = (match[2] ?? '').padEnd(5, '0');
  const bp = integer * TOTAL + Number(fraction.slice(0, 4)) + (Number(fraction[4]) >= 5 ? 1 : 0);
  return bp;
}

/**
 * The weights of a stored scenario in basis points, made to add up to exactly TOTAL: a sum that
 * is off (weights with more than four decimals, or stored before the rule) is spread back over
 * the criteria in proportion.
 */
export function fromWeightStrings(weights: readonly string[]): number[] {
  const parsed = weights.map(parseWeight);
  const sum = parsed.reduce((s, w) => s + w, 0);
  return sum === TOTAL ? parsed : apportion(TOTAL, parsed);
}

/** Basis points as a percentage for display and the slider: 3333 -> 33.33. */
export const toPercent = (basisPoints: number) => basisPoints / 100;

/** A percentage typed or slid (may have decimals) as basis points: 33.33 -> 3333. */
export const fromPercent = (percent: number) => (Number.isFinite(percent) ? Math.round(percent * 100) : 0);
