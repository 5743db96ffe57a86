import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useVersionedAutosave, type VersionedAutosaveOptions } from './useVersionedAutosave';

interface Item {
  value: number;
  version: number | null;
}

class Conflict extends Error {
  constructor(readonly current: Item) {
    super('conflict');
  }
}

/** A deferred answer, so a test decides when the server replies. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The hook over a little store of versioned items, standing in for a query cache. */
function setup(overrides: Partial<VersionedAutosaveOptions<number, Item>> = {}) {
  const store = new Map<string, Item>([['a', { value: 1, version: 4 }]]);
  const calls: { key: string; value: number; version: number | null; answer: ReturnType<typeof deferred<Item>> }[] = [];
  const options: VersionedAutosaveOptions<number, Item> = {
    mutationKey: ['test'],
    version: (key) => store.get(key)?.version ?? null,
    save: (key, value, version) => {
      const answer = deferred<Item>();
      calls.push({ key, value, version, answer });
      return answer.promise;
    },
    apply: (key, value) => {
      const before = store.get(key);
      store.set(key, { value, version: before?.version ?? null });
      return () => (before ? store.set(key, before) : store.delete(key));
    },
    onSaved: (key, saved) => store.set(key, saved),
    conflictOf: (error) => (error instanceof Conflict ? error.current : null),
    onConflict: vi.fn(),
    onError: vi.fn(),
    ...overrides,
  };
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const { result } = renderHook(() => useVersionedAutosave(options), { wrapper });
  return { result, store, calls, options };
}

const tick = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('useVersionedAutosave', () => {
  it('sends one key’s saves one after another, each with the version the previous answer stored', async () => {
    const { result, store, calls } = setup();
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.save('a', 10);
      second = result.current.save('a', 11);
    });
    await tick();
    expect(calls.map((c) => [c.value, c.version])).toEqual([[10, 4]]);
    expect(store.get('a')?.value).toBe(11); // both shown at once

    calls[0]!.answer.resolve({ value: 10, version: 5 });
    await act(() => first);
    await tick();
    expect(calls.map((c) => [c.value, c.version])).toEqual([[10, 4], [11, 5]]);
    calls[1]!.answer.resolve({ value: 11, version: 6 });
    await expect(act(() => second)).resolves.toEqual({ status: 'saved', saved: { value: 11, version: 6 } });
    expect(store.get('a')).toEqual({ value: 11, version: 6 });
  });

  it('saves different keys in parallel', async () => {
    const { result, calls } = setup();
    act(() => {
      void result.current.save('a', 10);
      void result.current.save('b', 20);
    });
    await tick();
    expect(calls.map((c) => [c.key, c.version])).toEqual([['a', 4], ['b', null]]);
  });

  it('rolls the optimistic value back when the save fails and reports the error', async () => {
    const { result, store, calls, options } = setup();
    let saving!: Promise<unknown>;
    act(() => {
      saving = result.current.save('a', 99);
    });
    await tick();
    expect(store.get('a')?.value).toBe(99);
    const failure = new Error('offline');
    calls[0]!.answer.reject(failure);
    await expect(act(() => saving)).resolves.toEqual({ status: 'error', error: failure });
    expect(store.get('a')).toEqual({ value: 1, version: 4 });
    expect(options.onError).toHaveBeenCalledWith('a', failure, 99);
    expect(options.onConflict).not.toHaveBeenCalled();
  });

  it('hands a version conflict to the caller with the server’s current copy', async () => {
    const { result, store, calls, options } = setup();
    let saving!: Promise<unknown>;
    act(() => {
      saving = result.current.save('a', 50);
    });
    await tick();
    calls[0]!.answer.reject(new Conflict({ value: 30, version: 7 }));
    await expect(act(() => saving)).resolves.toEqual({ status: 'conflict', current: { value: 30, version: 7 } });
    expect(options.onConflict).toHaveBeenCalledWith('a', 50, { value: 30, version: 7 });
    expect(options.onError).not.toHaveBeenCalled();
    expect(store.get('a')).toEqual({ value: 1, version: 4 }); // rolled back; the caller decides what to keep
  });

  it('flush waits for every save started, including queued ones', async () => {
    const { result, calls } = setup();
    let flushed = false;
    act(() => {
      void result.current.save('a', 1);
      void result.current.save('a', 2);
      void result.current.flush().then(() => {
        flushed = true;
      });
    });
    await tick();
    calls[0]!.answer.resolve({ value: 1, version: 5 });
    await tick();
    expect(flushed).toBe(false);
    calls[1]!.answer.resolve({ value: 2, version: 6 });
    await tick();
    expect(flushed).toBe(true);
  });
});
