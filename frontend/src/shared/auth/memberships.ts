import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { apiFetch } from '../api/client';
import type { Schemas } from '../api/types';
import { todayIso } from '../format/format';
import { paths } from '../paths';
import type { Me } from './me';
import { sessionState } from './sessionState';

export type MyMembership = Me['memberships'][number];

/** The memberships the person may act in today: valid_from <= today <= valid_to (open-ended when absent). */
export function activeMemberships(me: Me, today: string = todayIso()): MyMembership[] {
  return me.memberships.filter((m) => m.validFrom <= today && (m.validTo === null || today <= m.validTo));
}

/** The membership the session acts in now, as /api/v1/me lists it. */
export function activeMembership(me: Me): MyMembership | undefined {
  return me.memberships.find((m) => m.id === me.activeMembershipId);
}

/** POST /api/v1/me/active-membership: the server puts the session for the chosen membership into new cookies. */
export async function switchMembership(membershipId: number): Promise<void> {
  const body: Schemas['ActiveMembershipControllerSwitchRequest'] = { membershipId };
  await apiFetch<Schemas['ActiveMembershipControllerTokenPair']>('/api/v1/me/active-membership', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  sessionState.changed();
}

/** Where a membership switch is: asking for new tokens, then on its way to "/" (see useSwitchMembership). */
export type SwitchPhase = 'idle' | 'requesting' | 'arriving';

let phase: SwitchPhase = 'idle';
const listeners = new Set<() => void>();

function setPhase(value: SwitchPhase) {
  phase = value;
  for (const listener of listeners) listener();
}

/** The layout shows no page while this is not idle, and ends the switch once it is on "/". */
export function useSwitchPhase(): SwitchPhase {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => phase,
  );
}

/** Called by the layout once the router has arrived on "/" after a switch. */
export const finishSwitch = () => setPhase('idle');

/** Resolves after the browser had a turn: React has committed what was just set. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Switches the active membership. First the layout unmounts the page (and we wait until it has), so
 * nothing of the old membership refetches with the new token; then the new tokens are stored, every
 * cached query goes (all were read in the old membership's scope) and the app goes to "/". The layout
 * shows no page until the router has arrived there (it navigates in a transition, so that can take a
 * while); "/" then reads /api/v1/me afresh and sends the person to the new role's own start page.
 */
export function useSwitchMembership() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (membershipId: number) => {
      setPhase('requesting');
      try {
        await nextTurn();
        await switchMembership(membershipId);
      } catch (error) {
        setPhase('idle');
        throw error;
      }
      await queryClient.cancelQueries();
      queryClient.getQueryCache().clear();
      setPhase('arriving');
      navigate(paths.home, { replace: true });
    },
  });
}
