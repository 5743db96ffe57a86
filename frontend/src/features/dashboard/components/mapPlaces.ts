import type { Boundaries, MapValue } from '../api/dashboard';

export interface Place {
  code: string;
  name: string;
  region: string | null;
  /** the region's name as the server sends it with the value (the table behind the map shows it) */
  regionName: string | null;
  province: string | null;
  value: MapValue | null;
}

export interface MapFilter {
  /** the regions the regions table lists (after the province filter), in its order */
  regions: string[];
  /** one region chosen on the map, or null for all of the table's */
  region: string | null;
}

/**
 * The municipalities the map draws: those of the regions the regions table lists (so the province
 * filter applies), narrowed to one region when one is chosen; sorted by the table's region order,
 * then by name. A municipality without a value (no region read) is left out: it belongs to no region
 * of the selection.
 */
export function placesFor(boundaries: Boundaries | undefined, values: MapValue[] | undefined, filter: MapFilter): Place[] {
  const byCode = new Map((values ?? []).map((v) => [v.municipality, v]));
  const order = new Map(filter.regions.map((code, index) => [code, index]));
  return (boundaries?.features ?? [])
    .map((f) => {
      const value = byCode.get(f.properties.code) ?? null;
      return {
        code: f.properties.code,
        name: f.properties.name,
        region: value?.region ?? null,
        regionName: value?.regionName ?? null,
        province: value?.province ?? null,
        value,
      };
    })
    .filter((p) => p.region !== null && order.has(p.region) && (filter.region === null || p.region === filter.region))
    .sort((a, b) => order.get(a.region!)! - order.get(b.region!)! || a.name.localeCompare(b.name, 'nl'));
}

/** The GeoJSON of the places drawn, so the map zooms to them. */
export function boundariesOf(boundaries: Boundaries | undefined, places: Place[]): Boundaries | undefined {
  if (!boundaries) return undefined;
  const codes = new Set(places.map((p) => p.code));
  return { ...boundaries, features: boundaries.features.filter((f) => codes.has(f.properties.code)) };
}

/** Unknown: no adopted figures behind the value (a municipality without an analysis, a region average over too few). */
export function isUnknown(place: Place): boolean {
  const c = place.value?.completeness;
  if (!c) return false;
  return c.level === 'NONE' || (c.level === 'LOW' && place.value?.movesPerThousand === null);
}
