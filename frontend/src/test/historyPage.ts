import type { HistoryEntry, HistoryPage } from '../features/demand/api/demand';

/** A history page as the API answers it (docs/api/README.md, paging): the last one unless `next` is given. */
export const historyPage = (items: Partial<HistoryEntry>[] = [], next: string | null = null, total = items.length): HistoryPage => ({
  items: items.map((item) => ({ versionNo: null, field: null, oldValue: null, newValue: null, detail: null, ...item }) as HistoryEntry),
  total,
  limit: 50,
  nextCursor: next === null ? null : 'next',
  links: { next },
});
