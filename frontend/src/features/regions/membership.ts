import type { Member } from './api/regions';

/** A member whose membership ended before today; `today` is an ISO date. */
export const isFormer = (member: Member, today: string) => member.validTo !== null && member.validTo < today;

/** Current members by name, former members after them. */
export function sortMembers(members: Member[], today: string, language: string): Member[] {
  const collator = new Intl.Collator(language);
  return [...members].sort(
    (a, b) => Number(isFormer(a, today)) - Number(isFormer(b, today)) || collator.compare(a.name, b.name),
  );
}
