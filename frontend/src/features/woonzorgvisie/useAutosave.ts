import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../shared/api/problem';
import { putSection, type DocumentSection, type FieldError, type StoredSection, type WzvProblem } from './api/woonzorgvisie';

export type SavePhase = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'invalid' | 'locked' | 'error';

export const AUTOSAVE_DELAY = 1500;

interface Options {
  documentId: number;
  section: DocumentSection;
  /** the stored section after a save (or after taking the other version), for the caller's cache */
  onStored: (section: DocumentSection) => void;
  delay?: number;
}

/** What a failed save means for the section: its phase, and the other version or the errors to show. */
function failureOf(error: unknown): { phase: SavePhase; conflict?: StoredSection; errors?: FieldError[] } {
  const problem = isApiError(error) ? (error.problem as WzvProblem) : null;
  if (problem?.code === 'SECTION_CONFLICT' && problem.current) return { phase: 'conflict', conflict: problem.current };
  if (problem?.code === 'SECTION_INVALID') return { phase: 'invalid', errors: problem.fields ?? [] };
  if (problem?.code === 'DOCUMENT_NOT_EDITABLE') return { phase: 'locked' };
  return { phase: 'error' };
}

/**
 * Autosave of one section's text: saved `delay` ms after typing stops, and on flush() (leaving the
 * section). Saves never overlap; each sends the lockVersion of the last stored text. A 409
 * SECTION_CONFLICT never overwrites: the typed text stays, the stored one is kept in `conflict`,
 * and nothing is saved until the writer picks a version (takeTheirs, or keepMine with its lockVersion).
 */
export function useAutosave({ documentId, section, onStored, delay = AUTOSAVE_DELAY }: Options) {
  const [text, setTextState] = useState(section.body);
  const [phase, setPhase] = useState<SavePhase>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<StoredSection | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const textRef = useRef(section.body);
  const storedRef = useRef(section.body);
  const lockRef = useRef(section.lockVersion);
  const phaseRef = useRef<SavePhase>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const sectionRef = useRef(section);
  sectionRef.current = section;

  // stable (refs and a state setter only), so the callbacks below may depend on them
  const setPhaseBoth = useCallback((next: SavePhase) => {
    phaseRef.current = next;
    setPhase(next);
  }, []);

  const clearTimer = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const save = useCallback(
    async (lockVersion?: number): Promise<void> => {
      // one save at a time: a request during a save follows it, with what is typed by then
      if (inFlight.current) {
        return inFlight.current.then(() => (textRef.current !== storedRef.current && phaseRef.current !== 'conflict' ? save(lockVersion) : undefined));
      }
      const body = textRef.current;
      const lock = lockVersion ?? lockRef.current;
      setPhaseBoth('saving');
      const run = (async () => {
        try {
          const saved = await putSection(documentId, sectionRef.current.key, body, lock);
          lockRef.current = saved.lockVersion;
          storedRef.current = saved.body ?? body;
          setConflict(null);
          setErrors([]);
          setSavedAt(new Date());
          onStoredRef.current(saved);
          setPhaseBoth(textRef.current === storedRef.current ? 'saved' : 'pending');
        } catch (error) {
          const failed = failureOf(error);
          if (failed.conflict) setConflict(failed.conflict);
          if (failed.errors) setErrors(failed.errors);
          setPhaseBoth(failed.phase);
        } finally {
          inFlight.current = null;
        }
      })();
      inFlight.current = run;
      return run;
    },
    [documentId, setPhaseBoth],
  );

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
    return textRef.current === storedRef.current && (phaseRef.current as SavePhase) !== 'conflict';
  }, [save, clearTimer]);

  /** The other person's text replaces the one typed here. */
  const takeTheirs = () => {
    if (!conflict) return;
    clearTimer();
    textRef.current = conflict.body;
    storedRef.current = conflict.body;
    lockRef.current = conflict.lockVersion;
    setTextState(conflict.body);
    onStoredRef.current({
      ...sectionRef.current,
      body: conflict.body,
      lockVersion: conflict.lockVersion,
      updatedBy: conflict.updatedBy,
      updatedAt: conflict.updatedAt,
      filled: conflict.body.trim() !== '',
    });
    setConflict(null);
    setPhaseBoth('idle');
  };

  /** The text typed here replaces the other person's: saved against the lockVersion of their text. */
  const keepMine = () => {
    if (!conflict) return Promise.resolve();
    clearTimer();
    const lock = conflict.lockVersion;
    return save(lock);
  };

  // leaving the section (or the page within the app): what is still unsaved goes out
  useEffect(
    () => () => {
      clearTimer();
      if (textRef.current !== storedRef.current && phaseRef.current !== 'conflict' && phaseRef.current !== 'locked' && !inFlight.current) void save();
    },
    [save, clearTimer],
  );

  return { text, setText, phase, savedAt, conflict, errors, flush, takeTheirs, keepMine, dirty: text !== storedRef.current };
}
