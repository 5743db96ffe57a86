import { useSyncExternalStore } from 'react';
import { logout } from './authApi';
import { tokenStore } from './tokenStore';

/** True while there is an access token; re-renders when tokens are saved or cleared. */
export function useIsAuthenticated(): boolean {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.isAuthenticated);
}

/**
 * Ends the session, on the server too (see logout). RequireAuth then shows the login page, and
 * AppProviders drops everything cached for this user.
 */
export function useLogout(): () => void {
  return () => void logout();
}
