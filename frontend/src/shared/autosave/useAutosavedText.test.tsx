import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type AutosavedTextOptions, type StoredText, useAutosavedText } from './useAutosavedText';

class Conflict extends Error {
  constructor(readonly current: StoredText) {
    super('conflict');
  }
}
class Locked extends Error {}

/** The hook over a server that answers each save with the next version, unless `answer` says otherwise. */
function setup(answer?: (body: string, lockVersion: number) => StoredText | Error) {
  const calls: [string, number][] = [];
  const options: AutosavedTextOptions<StoredText, never> = {
    mutationKey: ['test'],
    key: 'intro',
    initial: { body: 'stored', lockVersion: 3 },
    save: async (body, lockVersion) => {
      calls.push([body, lockVersion]);
      const result = answer?.(body, lockVersion) ?? { body, lockVersion: lockVersion + 1 };
      if (result instanceof Error) throw result;
      return result;
    },
    onStored: vi.fn(),
    conflictOf: (error) => (error instanceof Conflict ? error.current : null),
    failureOf: (error) => ({ phase: error instanceof Locked ? 'locked' : 'error' }),
    delay: 20,
  };
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const hook = renderHook(() => useAutosavedText(options), { wrapper });
  return { ...hook, calls, options };
}

describe('useAutosavedText', () => {
  it('saves once after typing stops, with the stored version, and then with the answer’s version', async () => {
    const { result, calls, options } = setup();
    act(() => result.current.setText('a'));
    act(() => result.current.setText('ab'));
    expect(result.current.phase).toBe('pending');
    await waitFor(() => expect(result.current.phase).toBe('saved'));
    expect(calls).toEqual([['ab', 3]]);
    expect(options.onStored).toHaveBeenCalledWith({ body: 'ab', lockVersion: 4 });

    act(() => result.current.setText('abc'));
    await act(() => result.current.flush());
    expect(calls).toEqual([
      ['ab', 3],
      ['abc', 4],
    ]);
  });

  it('keeps the typed text on a conflict, saves nothing until the writer chooses, then keeps mine with their version', async () => {
    let conflictOnce = true;
    const { result, calls } = setup((body, lockVersion) => {
      if (!conflictOnce) return { body, lockVersion: lockVersion + 1 };
      conflictOnce = false;
      return new Conflict({ body: 'theirs', lockVersion: 7 });
    });
    act(() => result.current.setText('mine'));
    await act(async () => expect(await result.current.flush()).toBe(false));
    expect(result.current.phase).toBe('conflict');
    expect(result.current.conflict).toEqual({ body: 'theirs', lockVersion: 7 });
    expect(result.current.text).toBe('mine');

    act(() => result.current.setText('mine!'));
    await act(async () => expect(await result.current.flush()).toBe(false));
    expect(calls).toHaveLength(1);

    await act(() => result.current.keepMine());
    expect(calls[1]).toEqual(['mine!', 7]);
    expect(result.current.phase).toBe('saved');
    expect(result.current.conflict).toBeNull();
  });

  it('takes their text and version when the writer chooses theirs', async () => {
    const { result, calls, options } = setup((body, lockVersion) =>
      lockVersion === 3 ? new Conflict({ body: 'theirs', lockVersion: 7 }) : { body, lockVersion: lockVersion + 1 },
    );
    act(() => result.current.setText('mine'));
    await act(() => result.current.flush());
    act(() => result.current.takeTheirs());
    expect(result.current.text).toBe('theirs');
    expect(options.onStored).toHaveBeenLastCalledWith({ body: 'theirs', lockVersion: 7 });
    act(() => result.current.setText('theirs, edited'));
    await act(() => result.current.flush());
    expect(calls[1]).toEqual(['theirs, edited', 7]);
  });

  it('stops saving once the text is locked', async () => {
    const { result, calls } = setup(() => new Locked());
    act(() => result.current.setText('late'));
    await act(() => result.current.flush());
    expect(result.current.phase).toBe('locked');
    act(() => result.current.setText('later'));
    await act(() => result.current.flush());
    expect(calls).toHaveLength(1);
  });

  it('sends what is still unsaved when the field goes away', async () => {
    const { result, calls, unmount } = setup();
    act(() => result.current.setText('unsaved'));
    unmount();
    await waitFor(() => expect(calls).toEqual([['unsaved', 3]]));
  });
});
