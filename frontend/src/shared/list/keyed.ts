/**
 * Pairs each item of a list that has no ids with a React key made from its own content (repeats get "#2", "#3"),
 * so a key stays with its item when the list changes; an index key would move to whatever item takes its place.
 */
export function keyed<T>(items: readonly T[], text: (item: T, position: number) => string): { key: string; item: T; position: number }[] {
  const seen = new Map<string, number>();
  return items.map((item, position) => {
    const base = text(item, position);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { key: count === 1 ? base : `${base}#${count}`, item, position };
  });
}
