import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ALL_GROUPS, type Filters, type Selection } from './api/dashboard';

/** The URL's names for the filters (Dutch, as users read and share the address). */
const keys = { year: 'jaar', targetGroup: 'aandachtsgroep', province: 'provincie' } as const;

/** The query string of a selection, for the page's own address and the links between its pages. */
export function selectionSearch({ year, targetGroup, province }: Selection): string {
  const params = new URLSearchParams({ [keys.year]: String(year), [keys.targetGroup]: targetGroup });
  if (province) params.set(keys.province, province);
  return params.toString();
}

/** Reads the filters from the URL; a year left out is the API's default year once the filters are known. */
export function readSelection(search: URLSearchParams, filters: Filters | undefined): Selection | null {
  const asked = Number(search.get(keys.year));
  const year = Number.isInteger(asked) && asked > 0 ? asked : (filters?.defaultYear ?? null);
  if (year === null) return null;
  return { year, targetGroup: search.get(keys.targetGroup) || ALL_GROUPS, province: search.get(keys.province) || null };
}

/**
 * The filter choice kept in the query string (?jaar=2026&aandachtsgroep=alle&provincie=PV23), so a view
 * can be shared or bookmarked; a change is a new history entry, so Back returns to the previous view.
 */
export function useSelection(filters: Filters | undefined) {
  const [search, setSearch] = useSearchParams();
  const raw = search.toString();
  const selection = useMemo(() => readSelection(new URLSearchParams(raw), filters), [raw, filters]);
  const change = (next: Partial<Selection>) => {
    if (!selection) return;
    setSearch(selectionSearch({ ...selection, ...next }));
  };
  return { selection, change };
}
