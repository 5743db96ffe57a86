/**
 * Shares travel as decimal strings ("0.3" is 30%); people type and slide percentages. The conversion
 * moves the decimal point on the digits themselves, never through a float, so 12.5 becomes exactly
 * "0.125" and "0.125" exactly 12.5.
 */

/** At most six decimals in a share (the API's precision), so four in a percentage. */
export const MAX_PERCENT_DECIMALS = 4;

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/** A plain non-negative decimal ("12.5", "30", "0.125") with the point moved `places` to the left, without trailing zeros. */
function shiftLeft(text: string, places: number): string | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const digits = (match[1] ?? '') + (match[2] ?? '');
  const point = (match[1] ?? '').length - places;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
  const at = point <= 0 ? 1 : point;
  return tidy(padded.slice(0, at), padded.slice(at));
}

/** Moves the point `places` to the right. */
function shiftRight(text: string, places: number): string | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? '').padEnd(places, '0');
  return tidy((match[1] ?? '') + fraction.slice(0, places), fraction.slice(places));
}

function tidy(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '') || '0';
  const rest = fraction.replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** A number or text as a plain decimal string: "12,5" and 12.5 both give "12.5"; null when it is not one. */
function plain(value: number | string): string | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    const text = String(value);
    return DECIMAL.test(text) ? text : null; // 1e-7 and the like: not something a person typed
  }
  const text = value.trim().replace(',', '.');
  return DECIMAL.test(text) ? text : null;
}

/** 30 -> "0.3", 12.5 -> "0.125", "45" -> "0.45", 100 -> "1", 0 -> "0". Null outside 0–100% or with more than four decimals. */
export function percentToShare(percent: number | string): string | null {
  const text = plain(percent);
  if (text === null || (text.split('.')[1] ?? '').length > MAX_PERCENT_DECIMALS) return null;
  const share = shiftLeft(text, 2);
  if (share === null || Number(share) > 1) return null;
  return share;
}

/** "0.3" -> "30", "0.125" -> "12.5", "1" -> "100", "0.30" -> "30". Null for anything that is not a plain decimal. */
export function shareToPercent(share: string): string | null {
  const text = plain(share);
  return text === null ? null : shiftRight(text, 2);
}

/** A factor as a percentage and back, for the lettings slider: 110 <-> "1.1". No upper bound. */
export function percentToFactor(percent: number | string): string | null {
  const text = plain(percent);
  return text === null ? null : shiftLeft(text, 2);
}

export function factorToPercent(factor: string): number {
  const text = shareToPercent(factor);
  return text === null ? 100 : Number(text);
}
