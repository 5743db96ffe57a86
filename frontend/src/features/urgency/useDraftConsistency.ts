import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkSchemeDraft, type DraftCheck, type Scheme } from './api/urgency';
import { schemeInput, type SchemeDraft } from './schemeDraft';

/**
 * What the quota check says about the version on screen:
 * - `stored`: nothing changed, the stored version's consistency holds;
 * - `checking`: the draft changed since the last answer, so no verdict is shown (never a stale ✓);
 * - `checked`: the server's verdict on exactly the draft on screen (or the fields it needs first);
 * - `failed`: the check could not be asked; saving still checks.
 */
export type LiveConsistency =
  | { state: 'stored'; consistency: Scheme['consistency'] }
  | { state: 'checking' }
  | { state: 'checked'; check: DraftCheck }
  | { state: 'failed' };

/** How long typing pauses before the draft is checked: quick enough to follow, not a request per key. */
export const CHECK_DELAY_MS = 400;

/** The consistency of the draft as the programme manager edits it, asked of the server after a short pause. */
export function useDraftConsistency(scheme: Scheme, draft: SchemeDraft | null): LiveConsistency {
  const body = draft ? JSON.stringify(schemeInput(draft, scheme.lockVersion)) : null;
  const [settled, setSettled] = useState(body);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(body), CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [body]);
  const check = useQuery({
    queryKey: ['urgency', 'check', scheme.id, settled],
    queryFn: () => checkSchemeDraft(scheme.id, JSON.parse(settled as string)),
    enabled: settled !== null && settled === body,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!draft) return { state: 'stored', consistency: scheme.consistency };
  if (settled !== body || check.isFetching) return { state: 'checking' };
  if (check.isError) return { state: 'failed' };
  return check.data ? { state: 'checked', check: check.data } : { state: 'checking' };
}
