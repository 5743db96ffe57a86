import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { postPreview, type PreviewRequest, type PreviewResponse } from './api/allocation';

export const PREVIEW_DELAY_MS = 120;

/** The value, once it has stopped changing for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export interface Timed {
  response: PreviewResponse;
  /** round trip in milliseconds */
  ms: number;
}

/**
 * Live recomputation: the request is sent once it has been still for PREVIEW_DELAY_MS; a request
 * that is overtaken by a newer one is aborted (the query function hands its signal to fetch, and
 * TanStack Query aborts it when the key changes). The last successful answer stays available while
 * a newer one is computed or has failed, so the screen does not jump.
 */
export function usePreview(request: PreviewRequest | null) {
  const key = request ? JSON.stringify(request) : null;
  const settledKey = useDebounced(key, PREVIEW_DELAY_MS);
  const query = useQuery({
    queryKey: ['allocation', 'preview', settledKey],
    queryFn: async ({ signal }): Promise<Timed> => {
      const started = performance.now();
      const response = await postPreview(JSON.parse(settledKey ?? 'null') as PreviewRequest, signal);
      return { response, ms: Math.round(performance.now() - started) };
    },
    enabled: settledKey !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: Infinity,
    gcTime: 30_000,
  });
  const lastGood = useRef<Timed | null>(null);
  if (query.data && !query.isPlaceholderData && !query.isError) lastGood.current = query.data;
  return {
    /** the newest answer that succeeded */
    data: query.isError ? lastGood.current : (query.data ?? lastGood.current),
    error: query.isError ? query.error : null,
    /** a newer request is waiting or under way */
    pending: key !== settledKey || query.isFetching,
  };
}
