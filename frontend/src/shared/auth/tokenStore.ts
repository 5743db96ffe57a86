/**
 * Keeps the tokens in sessionStorage: they survive a reload but not closing the tab,
 * and are not shared with other tabs. Listeners hear every change, so the app can
 * send the user to the login page as soon as the tokens are gone.
 */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const ACCESS = 'thuisplan.accessToken';
const REFRESH = 'thuisplan.refreshToken';
const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

export const tokenStore = {
  accessToken: (): string | null => sessionStorage.getItem(ACCESS),
  refreshToken: (): string | null => sessionStorage.getItem(REFRESH),
  isAuthenticated: (): boolean => sessionStorage.getItem(ACCESS) !== null,

  save(tokens: Tokens) {
    sessionStorage.setItem(ACCESS, tokens.accessToken);
    sessionStorage.setItem(REFRESH, tokens.refreshToken);
    notify();
  },

  clear() {
    sessionStorage.removeItem(ACCESS);
    sessionStorage.removeItem(REFRESH);
    notify();
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
