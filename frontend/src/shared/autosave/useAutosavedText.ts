import type { QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type DraftOffer, toOffer } from './useLocalDraft';
import { useTextDraft } from './useTextDraft';
import { type SaveOutcome, useVersionedAutosave } from './useVersionedAutosave';

export type AutosavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'invalid' | 'locked' | 'error';

export const AUTOSAVE_DELAY = 1500;

/** A stored copy of the text as the server holds it: its text and the version to send next. */
export interface StoredText {
  body: string;
  lockVersion: number;
}

export interface AutosavedTextOptions<R extends StoredText, E> {
  /** Names the saves in the mutation cache; with `key` it is the scope that serialises them. */
  mutationKey: QueryKey;
  key: string;
  /** The stored copy when the text is opened (read once, at mount). */
  initial: StoredText;
  /** Sends the text with the version it was based on; resolves to the stored copy. */
  save: (body: string, lockVersion: number) => Promise<R>;
  /** The stored copy after a save, or after taking the other version, for the caller's cache. */
  onStored: (stored: R) => void;
  /** The server's current copy when the error is a version conflict; null for any other error. */
  conflictOf: (error: unknown) => R | null;
  /** What another failure means: rejected input (with its errors), no longer editable, or just failed. */
  failureOf?: (error: unknown) => { phase: 'invalid'; errors: E[] } | { phase: 'locked' | 'error' };
  /** The words of a rejected save's errors, kept with the local draft so the warning survives a reload. */
  messageOf?: (errors: E[]) => string;
  /**
   * Where unsaved text is kept in this browser (with the signed-in person): e.g. entity
   * "woonzorgvisie-document:7", field "section:analyse.demografie". Without it nothing is kept locally.
   */
  draft?: { entity: string; field: string };
  delay?: number;
}

/**
 * Autosave of one text on the shared versioned autosave: saved `delay` ms after typing stops, on
 * flush() (leaving the field) and on unmount. Saves never overlap; each sends the version of the last
 * stored text. A version conflict never overwrites: the typed text stays, the other copy is kept in
 * `conflict`, and nothing is saved until the writer picks one (takeTheirs, or keepMine with its version).
 *
 * With `draft`, text the server does not hold yet (typed, rejected, in conflict, or unsent when the
 * connection failed) is also kept as a local draft until the server has it; a draft found when the
 * text opens is offered back (`offer`, restoreDraft, discardDraft), never applied unasked.
 */
export function useAutosavedText<R extends StoredText, E = never>(options: AutosavedTextOptions<R, E>) {
  const { mutationKey, key, initial, delay = AUTOSAVE_DELAY } = options;
  const latest = useRef(options);
  latest.current = options;
  const [text, setTextState] = useState(initial.body);
  const [phase, setPhase] = useState<AutosavePhase>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<R | null>(null);
  const [errors, setErrors] = useState<E[]>([]);
  const textRef = useRef(initial.body);
  const storedRef = useRef(initial.body);
  const lockRef = useRef(initial.lockVersion);
  const phaseRef = useRef<AutosavePhase>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const refs = useMemo(() => ({ text: textRef, stored: storedRef, lock: lockRef }), []);
  const local = useTextDraft(options.draft, refs);
  const { offerRef, rejected, errorText, keep: keepDraft } = local;

  const versioned = useVersionedAutosave<string, R>({
    mutationKey,
    version: () => lockRef.current,
    save: (_key, body, version) => latest.current.save(body, version ?? lockRef.current),
    conflictOf: (error) => latest.current.conflictOf(error),
  });
  const saveVersioned = versioned.save;

  // stable (refs and a state setter only), so the callbacks below may depend on them
  const setPhaseBoth = useCallback((next: AutosavePhase) => {
    phaseRef.current = next;
    setPhase(next);
  }, []);

  const clearTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const settle = useCallback(
    (body: string, outcome: SaveOutcome<R>) => {
      if (outcome.status === 'saved') {
        lockRef.current = outcome.saved.lockVersion;
        storedRef.current = outcome.saved.body ?? body;
        setConflict(null);
        setErrors([]);
        setSavedAt(new Date());
        latest.current.onStored(outcome.saved);
        rejected.current = null;
        errorText.current = undefined;
        // the offered draft stays while the writer has not chosen (nothing was typed since)
        if (!offerRef.current || textRef.current !== storedRef.current) keepDraft();
        setPhaseBoth(textRef.current === storedRef.current ? 'saved' : 'pending');
      } else if (outcome.status === 'conflict') {
        setConflict(outcome.current);
        setPhaseBoth('conflict');
        keepDraft();
      } else {
        const failed = latest.current.failureOf?.(outcome.error) ?? { phase: 'error' as const };
        if (failed.phase === 'invalid') {
          setErrors(failed.errors);
          rejected.current = body;
          errorText.current = latest.current.messageOf?.(failed.errors);
        }
        setPhaseBoth(failed.phase);
        keepDraft();
      }
    },
    [setPhaseBoth, keepDraft, offerRef, rejected, errorText],
  );

  const save = useCallback(async (): Promise<void> => {
    // one save at a time: a request during a save follows it, with what is typed by then
    if (inFlight.current) {
      return inFlight.current.then(() => (textRef.current !== storedRef.current && phaseRef.current !== 'conflict' ? save() : undefined));
    }
    const body = textRef.current;
    setPhaseBoth('saving');
    const run = saveVersioned(key, body)
      .then((outcome) => settle(body, outcome))
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  }, [key, saveVersioned, settle, setPhaseBoth]);

  const setText = (next: string) => {
    textRef.current = next;
    setTextState(next);
    if (next !== rejected.current) errorText.current = undefined;
    keepDraft();
    if (phaseRef.current === 'conflict' || phaseRef.current === 'locked') return;
    clearTimer();
    if (next === storedRef.current) {
      if (phaseRef.current === 'pending') setPhaseBoth(savedAt ? 'saved' : 'idle');
      return;
    }
    if (phaseRef.current !== 'saving') setPhaseBoth('pending');
    timer.current = setTimeout(() => {
      timer.current = null;
      void save();
    }, delay);
  };

  /** Saves what is typed now; true when nothing is left unsaved. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimer();
    while (inFlight.current) await inFlight.current;
    if (phaseRef.current === 'conflict') return false;
    // a text the server refused is not sent again unchanged (leaving the field would repeat the refusal)
    if (textRef.current !== storedRef.current && phaseRef.current !== 'locked' && !local.isRefused(textRef.current)) await save();
    while (inFlight.current) await inFlight.current;
    return textRef.current === storedRef.current && (phaseRef.current as AutosavePhase) !== 'conflict';
  }, [save, clearTimer, local.isRefused]);

  /** The other person's text replaces the one typed here. */
  const takeTheirs = () => {
    if (!conflict) return;
    clearTimer();
    textRef.current = conflict.body;
    storedRef.current = conflict.body;
    lockRef.current = conflict.lockVersion;
    setTextState(conflict.body);
    keepDraft();
    latest.current.onStored(conflict);
    setConflict(null);
    setPhaseBoth('idle');
  };

  /** The text typed here replaces the other person's: saved against the version of their text. */
  const keepMine = () => {
    if (!conflict) return Promise.resolve();
    clearTimer();
    lockRef.current = conflict.lockVersion;
    return save();
  };

  // leaving the field (another section, another page): what is still unsaved goes out after any save
  // under way; a text the server already refused is not sent again, it stays as the local draft
  useEffect(
    () => () => {
      clearTimer();
      const unsent = textRef.current !== storedRef.current && !local.isRefused(textRef.current);
      if (unsent && phaseRef.current !== 'conflict' && phaseRef.current !== 'locked') void save();
    },
    [save, clearTimer, local.isRefused],
  );

  const dirty = text !== storedRef.current;
  const offer = local.offer ? (toOffer(local.offer, initial.lockVersion) as DraftOffer<string>) : null;
  // unsaved: typed text the server does not hold (ask before leaving the page); offer: a draft from before
  const restoreDraft = () => local.restore(setText);
  return { text, setText, phase, savedAt, conflict, errors, flush, takeTheirs, keepMine, dirty, unsaved: dirty, offer, restoreDraft, discardDraft: local.discard };
}
