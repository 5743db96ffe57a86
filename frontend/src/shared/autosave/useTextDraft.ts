import { type MutableRefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type LocalDraft, readDraft, removeDraft, writeDraft } from './localDrafts';
import { useDraftUser } from './useLocalDraft';

interface TextRefs {
  /** the text as typed now */
  text: MutableRefObject<string>;
  /** the text the server holds */
  stored: MutableRefObject<string>;
  /** the version of the server's text */
  lock: MutableRefObject<number>;
}

/**
 * The local draft of one autosaved text (useAutosavedText): keep() writes what the server does not
 * hold, with the version it was typed over and the server's words if it refused it, and removes the
 * draft once the server has the text; a draft found at opening is `offer`ed. Without `where` (no
 * draft wanted) or before the signed-in person is known, nothing is read or written.
 */
export function useTextDraft(where: { entity: string; field: string } | undefined, refs: TextRefs) {
  const user = useDraftUser();
  const entity = where?.entity;
  const field = where?.field;
  const scope = useMemo(() => (entity && field && user ? { user, entity, field } : null), [user, entity, field]);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const [offer, setOffer] = useState<LocalDraft<string> | null>(null);
  const offerRef = useRef(offer);
  offerRef.current = offer;
  // the text of the last refused save (not sent again unchanged) and the server's words about it
  const rejected = useRef<string | null>(null);
  const errorText = useRef<string | undefined>(undefined);

  const keep = useCallback(() => {
    const at = scopeRef.current;
    if (!at) return;
    if (refs.text.current === refs.stored.current) removeDraft(at);
    else writeDraft(at, { value: refs.text.current, baseVersion: refs.lock.current, error: errorText.current });
  }, [refs]);

  // a draft left from before (a reload, a refused save, another visit) is offered, not applied
  useEffect(() => {
    if (!scope) return;
    const found = readDraft<string>(scope);
    if (!found) return;
    if (found.value === refs.stored.current) removeDraft(scope);
    else setOffer(found);
  }, [scope, refs]);

  const clearOffer = useCallback(() => {
    offerRef.current = null;
    setOffer(null);
  }, []);

  const removeIfSaved = useCallback(() => {
    if (scopeRef.current && refs.text.current === refs.stored.current) removeDraft(scopeRef.current);
  }, [refs]);

  /** Whether this text is the one the server last refused (so not sent again unchanged). */
  const isRefused = useCallback((text: string) => rejected.current === text, []);

  /** The offered draft is handed to `apply` (it becomes the text); a refused one stays marked refused. */
  const restore = (apply: (text: string) => void) => {
    const found = offerRef.current;
    if (!found) return;
    clearOffer();
    rejected.current = found.error ? found.value : null;
    errorText.current = found.error;
    apply(found.value);
  };

  /** The offered draft is thrown away; the server's text stays. */
  const discard = () => {
    clearOffer();
    removeIfSaved();
  };

  return { offer, offerRef, rejected, errorText, keep, isRefused, restore, discard };
}
