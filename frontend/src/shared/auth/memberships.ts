import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiFetch } from '../api/client';
import type { Schemas } from '../api/types';
import { todayIso } from '../format/format';
import { paths } from '../paths';
import { meQueryOptions, type Me } from './me';
import { tokenStore } from './tokenStore';

export type MyMembership = Me['memberships'][number];

/** The memberships the person may act in today: valid_from <= today <= valid_to (open-ended when absent). */
export function activeMemberships(me: Me, today: string = todayIso()): MyMembership[] {
  return me.memberships.filter((m) => m.validFrom <= today && (m.validTo === null || today <= m.validTo));
}

/** The membership the session acts in now, as /api/me lists it. */
export function activeMembership(me: Me): MyMembership | undefined {
  return me.memberships.find((m) => m.id === me.activeMembershipId);
}

/** POST /api/me/active-membership: a fresh token pair for the chosen membership, stored as a login stores its pair. */
export async function switchMembership(membershipId: number): Promise<void> {
  const body: Schemas['ActiveMembershipControllerSwitchRequest'] = { membershipId };
  const tokens = await apiFetch<Schemas['ActiveMembershipControllerTokenPair']>('/api/me/active-membership', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  tokenStore.save({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
}

/**
 * Switches the active membership. Everything cached was read in the old membership's scope, so all of it
 * goes: the page's queries are removed once the app is on its way to "/" (which sends the person to the
 * new role's own start page), and /api/me is reset in place, so the layout that observes it shows the
 * new membership too (a plain clear() would leave the mounted layout holding the removed query).
 */
export function useSwitchMembership() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: switchMembership,
    onSuccess: async () => {
      await queryClient.cancelQueries();
      navigate(paths.home, { replace: true });
      const me = meQueryOptions().queryKey;
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== me[0] });
      await queryClient.resetQueries({ queryKey: me, exact: true });
    },
  });
}
