/**
 * Local drafts: what a person typed and the server does not (yet) hold, kept in this browser's
 * localStorage so it survives a rejected save, a lost connection, leaving the page and a reload.
 *
 * One draft per person, thing and field ("woonzorgvisie-document:7" + "section:analyse.demografie");
 * the draft records the server version it was based on, so a draft older than the server's copy is
 * offered with a warning instead of being applied. A draft is removed as soon as the server has the
 * text. Storage is bounded: a draft over MAX_CHARS is not kept, drafts older than MAX_AGE_MS are
 * dropped, and beyond MAX_DRAFTS (or when the browser's quota is full) the oldest go first.
 */

export interface DraftScope {
  /** the signed-in person (their username): a shared computer never offers one person's text to another */
  user: string;
  /** what is edited, e.g. "woonzorgvisie-document:7", "scenario:12" */
  entity: string;
  /** which part of it, e.g. "section:analyse.demografie", "cells", "form" */
  field: string;
}

export interface LocalDraft<T> {
  value: T;
  /** the server version the draft was based on (lockVersion); null when the thing has none */
  baseVersion: number | null;
  /** when it was last written, in ms since the epoch */
  savedAt: number;
  /** the server's message when it refused the text, so the warning survives a reload */
  error?: string;
}

const PREFIX = 'thuisplan.draft.v1|';
export const MAX_CHARS = 250_000;
export const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
export const MAX_DRAFTS = 100;

const keyOf = ({ user, entity, field }: DraftScope) => `${PREFIX}${user}|${entity}|${field}`;

const listeners = new Set<() => void>();
let revision = 0;
const changed = () => {
  revision += 1;
  for (const listener of listeners) listener();
};

/** For useSyncExternalStore: a number that changes whenever any draft is written or removed. */
export const draftsRevision = () => revision;

export function subscribeDrafts(listener: () => void): () => void {
  listeners.add(listener);
  // another tab of the same person writes drafts too
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) changed();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage blocked (private mode, policy): drafts are then only in memory
  }
}

function parse<T>(raw: string | null): LocalDraft<T> | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as LocalDraft<T>;
    return typeof draft === 'object' && draft !== null && typeof draft.savedAt === 'number' ? draft : null;
  } catch {
    return null;
  }
}

/** Every draft key with its age, oldest first. */
function allDrafts(store: Storage): { key: string; savedAt: number }[] {
  const out: { key: string; savedAt: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    out.push({ key, savedAt: parse(store.getItem(key))?.savedAt ?? 0 });
  }
  return out.sort((a, b) => a.savedAt - b.savedAt);
}

/** Drops expired drafts and, beyond `keep`, the oldest. */
function prune(store: Storage, now: number, keep: number) {
  const drafts = allDrafts(store);
  let left = drafts.length;
  for (const { key, savedAt } of drafts) {
    if (now - savedAt > MAX_AGE_MS || left > keep) {
      store.removeItem(key);
      left -= 1;
    }
  }
}

export function readDraft<T>(scope: DraftScope, now = Date.now()): LocalDraft<T> | null {
  const store = storage();
  if (!store || !scope.user) return null;
  const draft = parse<T>(store.getItem(keyOf(scope)));
  if (draft && now - draft.savedAt > MAX_AGE_MS) {
    store.removeItem(keyOf(scope));
    return null;
  }
  return draft;
}

/** Keeps the draft; false when it could not be kept (too large, storage blocked or full). */
export function writeDraft<T>(scope: DraftScope, draft: Omit<LocalDraft<T>, 'savedAt'> & { savedAt?: number }): boolean {
  const store = storage();
  if (!store || !scope.user) return false;
  const now = draft.savedAt ?? Date.now();
  const raw = JSON.stringify({ ...draft, savedAt: now });
  if (raw.length > MAX_CHARS) return false;
  const key = keyOf(scope);
  const isNew = store.getItem(key) === null;
  try {
    if (isNew) prune(store, now, MAX_DRAFTS - 1);
    store.setItem(key, raw);
  } catch {
    // the quota is full: make room by dropping the oldest half, then try once more
    try {
      prune(store, now, Math.floor(allDrafts(store).length / 2));
      store.setItem(key, raw);
    } catch {
      return false;
    }
  }
  changed();
  return true;
}

export function removeDraft(scope: DraftScope) {
  const store = storage();
  if (!store || !scope.user) return;
  const key = keyOf(scope);
  if (store.getItem(key) === null) return;
  store.removeItem(key);
  changed();
}

/** The drafts of one thing, by field (e.g. every section of a document that has unsaved text). */
export function draftsOf<T>(user: string, entity: string): Map<string, LocalDraft<T>> {
  const store = storage();
  const out = new Map<string, LocalDraft<T>>();
  if (!store || !user) return out;
  const head = `${PREFIX}${user}|${entity}|`;
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(head)) continue;
    const draft = parse<T>(store.getItem(key));
    if (draft && Date.now() - draft.savedAt <= MAX_AGE_MS) out.set(key.slice(head.length), draft);
  }
  return out;
}
