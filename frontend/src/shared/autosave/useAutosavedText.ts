import type { QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
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
  delay?: number;
}

/**
 * Autosave of one text on the shared versioned autosave: saved `delay` ms after typing stops, on
 * flush() (leaving the field) and on unmount. Saves never overlap; each sends the version of the last
 * stored text. A version conflict never overwrites: the typed text stays, the other copy is kept in
 * `conflict`, and nothing is saved until the writer picks one (takeTheirs, or keepMine with its version).
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
        setPhaseBoth(textRef.current === storedRef.current ? 'saved' : 'pending');
      } else if (outcome.status === 'conflict') {
        setConflict(outcome.current);
        setPhaseBoth('conflict');
      } else {
        const failed = latest.current.failureOf?.(outcome.error) ?? { phase: 'error' as const };
        if (failed.phase === 'invalid') setErrors(failed.errors);
        setPhaseBoth(failed.phase);
      }
    },
    [setPhaseBoth],
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
    if (textRef.current !== storedRef.current && phaseRef.current !== 'locked') await save();
    while (inFlight.current) await inFlight.current;
    return textRef.current === storedRef.current && (phaseRef.current as AutosavePhase) !== 'conflict';
  }, [save, clearTimer]);

  /** The other person's text replaces the one typed here. */
  const takeTheirs = () => {
    if (!conflict) return;
    clearTimer();
    textRef.current = conflict.body;
    storedRef.current = conflict.body;
    lockRef.current = conflict.lockVersion;
    setTextState(conflict.body);
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

  // leaving the field (or the page within the app): what is still unsaved goes out
  useEffect(
    () => () => {
      clearTimer();
      if (textRef.current !== storedRef.current && phaseRef.current !== 'conflict' && phaseRef.current !== 'locked' && !inFlight.current) void save();
    },
    [save, clearTimer],
  );

  return { text, setText, phase, savedAt, conflict, errors, flush, takeTheirs, keepMine, dirty: text !== storedRef.current };
}
