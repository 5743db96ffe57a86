import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useMe } from '../auth/me';
import { type DraftScope, type LocalDraft, draftsOf, draftsRevision, readDraft, removeDraft, subscribeDrafts, writeDraft } from './localDrafts';

/** A local draft found when the editor opened, offered back to the writer. */
export interface DraftOffer<T> {
  value: T;
  savedAt: Date;
  /** the server's copy changed after the draft was made: restoring it replaces that newer text */
  stale: boolean;
  /** the server's message when it refused this text */
  error?: string;
}

/** The signed-in person drafts are kept for ('' until known: nothing is read or written then). */
export function useDraftUser(): string {
  return useMe().data?.username ?? '';
}

export function toOffer<T>(draft: LocalDraft<T>, currentVersion: number | null): DraftOffer<T> {
  return { value: draft.value, savedAt: new Date(draft.savedAt), stale: draft.baseVersion !== currentVersion, error: draft.error };
}

/** The drafts kept for one thing (field → draft), updated as they are written and removed. */
export function useEntityDrafts<T = unknown>(entity: string): Map<string, LocalDraft<T>> {
  const user = useDraftUser();
  const revision = useSyncExternalStore(subscribeDrafts, draftsRevision, draftsRevision);
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision is the store's change signal
  return useMemo(() => draftsOf<T>(user, entity), [user, entity, revision]);
}

interface Options<T> {
  entity: string;
  field?: string;
  /** the working copy while it differs from the server's copy; null when everything is saved */
  unsaved: T | null;
  /** the version of the server's copy the working copy is based on */
  baseVersion: number | null;
  /** the server's message when it refused the working copy */
  error?: string | null;
  enabled?: boolean;
}

/**
 * A local draft for a form that is saved as a whole (scenario, urgency scheme, template version): the
 * working copy is kept while it differs from the server's, removed once the server has it, and a
 * draft found when the form opens is offered back (restore() hands it to the caller), never applied
 * unasked.
 */
export function useLocalDraft<T>({ entity, field = 'form', unsaved, baseVersion, error = null, enabled = true }: Options<T>) {
  const user = useDraftUser();
  const scope: DraftScope = useMemo(() => ({ user, entity, field }), [user, entity, field]);
  const [offer, setOffer] = useState<LocalDraft<T> | null>(null);
  // set in the same commit as the read, so the write below does not remove the draft being offered
  const offered = useRef(false);

  useEffect(() => {
    offered.current = false;
    setOffer(null);
    if (!enabled || !scope.user) return;
    const found = readDraft<T>(scope);
    if (found) {
      offered.current = true;
      setOffer(found);
    }
  }, [scope, enabled]);

  useEffect(() => {
    if (!enabled || !scope.user) return;
    if (unsaved !== null) writeDraft(scope, { value: unsaved, baseVersion, error: error ?? undefined });
    else if (!offered.current) removeDraft(scope);
  }, [scope, enabled, unsaved, baseVersion, error]);

  const restore = useCallback((): T | null => {
    offered.current = false;
    setOffer(null);
    return offer?.value ?? null;
  }, [offer]);

  const discard = useCallback(() => {
    offered.current = false;
    setOffer(null);
    removeDraft(scope);
  }, [scope]);

  return { offer: offer ? toOffer(offer, baseVersion) : null, restore, discard };
}
