import { describe, expect, it } from 'vitest';
import { allows, allowsAny } from './allowed';

describe('allows', () => {
  it('shows an action only when the server lists it', () => {
    const view = { allowedActions: ['SUBMIT'] as const };
    expect(allows<'SUBMIT' | 'ADOPT'>(view, 'SUBMIT')).toBe(true);
    expect(allows<'SUBMIT' | 'ADOPT'>(view, 'ADOPT')).toBe(false);
  });

  it('allows nothing for a view without actions or no view at all', () => {
    expect(allows({ allowedActions: null }, 'SUBMIT')).toBe(false);
    expect(allows(undefined, 'SUBMIT')).toBe(false);
    expect(allowsAny({ allowedActions: [] })).toBe(false);
    expect(allowsAny({ allowedActions: ['RETURN'] })).toBe(true);
  });
});
