import { MutationObserver, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/**
 * What a versioned autosave needs to know about the things it saves (cells of a grid, sections of a
 * document), each addressed by a string key and carrying the version the server gave it.
 */
export interface VersionedAutosaveOptions<V, R> {
  /** Names these saves in TanStack Query's mutation cache; a key's scope is this plus the key. */
  mutationKey: QueryKey;
  /**
   * The version to send, read when the save actually starts: saves of one key run one after another,
   * so a second save carries the version the first one's answer stored.
   */
  version: (key: string) => number | null;
  /** Sends one value with that version; resolves to the server's stored copy. */
  save: (key: string, value: V, version: number | null) => Promise<R>;
  /** Shows the value at once (optimistically); returns how to undo that when the save fails. */
  apply?: (key: string, value: V) => (() => void) | void;
  /** Stores the server's answer (e.g. in the query cache), so its version is the newest known. */
  onSaved?: (key: string, saved: R, value: V) => void;
  /** The server's current copy when the error is a version conflict; null for any other error. */
  conflictOf?: (error: unknown) => R | null;
  /** Someone else saved first: the user chooses (send again with `current`'s version, or take it). */
  onConflict?: (key: string, mine: V, current: R) => void;
  /** Any other failure, after the optimistic value was rolled back. */
  onError?: (key: string, error: unknown, value: V) => void;
}

/** How one save ended: stored, in conflict, or failed (the error as thrown). */
export type SaveOutcome<R> = { status: 'saved'; saved: R } | { status: 'conflict'; current: R } | { status: 'error'; error: unknown };

interface Variables<V> {
  key: string;
  value: V;
}

interface Context {
  undo?: (() => void) | void;
}

/**
 * One versioned autosave for many keys, on TanStack Query mutations: every save is a mutation whose
 * `scope` is its key, so saves of one key are serialised by the mutation cache while different keys
 * save in parallel; the value is applied optimistically and rolled back on failure; the answer is
 * stored instead of refetching everything. (useMutation fixes one scope per hook; a grid saves many
 * keys from one place, e.g. a pasted block, so each save gets a MutationObserver of its own, which
 * is what useMutation runs on.) Optimistic locking stays the server's: a stale version comes back
 * as a conflict with the current copy.
 */
export function useVersionedAutosave<V, R>(options: VersionedAutosaveOptions<V, R>) {
  const queryClient = useQueryClient();
  const latest = useRef(options);
  latest.current = options;
  const inFlight = useRef(new Set<Promise<unknown>>());

  const save = useCallback(
    (key: string, value: V): Promise<SaveOutcome<R>> => {
      const { mutationKey } = latest.current;
      const observer = new MutationObserver<R, unknown, Variables<V>, Context>(queryClient, {
        mutationKey: [...mutationKey, key],
        scope: { id: JSON.stringify([...mutationKey, key]) },
        mutationFn: ({ key: k, value: v }) => latest.current.save(k, v, latest.current.version(k)),
        onMutate: ({ key: k, value: v }) => ({ undo: latest.current.apply?.(k, v) }),
        onSuccess: (saved, { key: k, value: v }) => latest.current.onSaved?.(k, saved, v),
        onError: (_error, _variables, context) => {
          if (typeof context?.undo === 'function') context.undo();
        },
      });
      const run = observer.mutate({ key, value }).then(
        (saved): SaveOutcome<R> => ({ status: 'saved', saved }),
        (error: unknown): SaveOutcome<R> => {
          const current = latest.current.conflictOf?.(error) ?? null;
          if (current !== null) {
            latest.current.onConflict?.(key, value, current);
            return { status: 'conflict', current };
          }
          latest.current.onError?.(key, error, value);
          return { status: 'error', error };
        },
      );
      inFlight.current.add(run);
      void run.finally(() => inFlight.current.delete(run));
      return run;
    },
    [queryClient],
  );

  /** Resolves when every save started so far has ended (e.g. before a workflow step). */
  const flush = useCallback(async () => {
    while (inFlight.current.size > 0) await Promise.all([...inFlight.current]);
  }, []);

  return { save, flush };
}
