/**
 * Whether this browser has a session. The session itself lives in HttpOnly cookies that page script
 * cannot read (thuisplan_access, thuisplan_refresh: the backend for frontend holds the tokens); the page
 * sees only the CSRF cookie (thuisplan_csrf), which the server sets and clears together with them. Its
 * presence is the hint "signed in"; the truth is what GET /api/v1/me answers, and a 401 that a refresh
 * cannot mend makes the page forget the hint. Listeners hear every change, so the app can send the user to
 * the login page as soon as the session is gone.
 */
export const CSRF_COOKIE = 'thuisplan_csrf';

const listeners = new Set<() => void>();

function notify() {
  for (const listener of listeners) listener();
}

/** The CSRF token the server gave this session, to be sent as X-CSRF-Token with every state-changing request. */
export function csrfToken(): string | null {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return value.join('=') || null;
  }
  return null;
}

export const sessionState = {
  isAuthenticated: (): boolean => csrfToken() !== null,

  /** After a login, a refresh or a membership switch: the server has set the cookies. */
  changed() {
    notify();
  },

  /**
   * The session is over (logout, or a 401 no refresh mends). The server clears its cookies in its answer;
   * the page drops the CSRF cookie itself too, so it shows the login page also when the server could not
   * be reached.
   */
  forget() {
    document.cookie = `${CSRF_COOKIE}=; Max-Age=0; Path=/; SameSite=Strict`;
    notify();
  },

  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
