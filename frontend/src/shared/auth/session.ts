import { useSyncExternalStore } from 'react';
import { logout } from './authApi';
import { sessionState } from './sessionState';

/** True while the browser holds a session (see sessionState); re-renders when it starts or ends. */
export function useIsAuthenticated(): boolean {
  return useSyncExternalStore(sessionState.subscribe, sessionState.isAuthenticated);
}

/**
 * Ends the session, on the server too (see logout). RequireAuth then shows the login page, and
 * AppProviders drops everything cached for this user.
 */
export function useLogout(): () => void {
  return () => void logout();
}
