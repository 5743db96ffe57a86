import { CSRF_COOKIE } from '../shared/auth/sessionState';

/** The CSRF cookie a test's browser session carries (the session cookies themselves are HttpOnly: a page never sees them). */
export const TEST_CSRF = 'test-csrf';

/** What the server's answer to a login does in the browser, as far as the page can tell: the CSRF cookie appears. */
export function signInBrowser(token = TEST_CSRF) {
  document.cookie = `${CSRF_COOKIE}=${token}; Path=/`;
}

/** What the server's logout answer does: the CSRF cookie is gone. */
export function signOutBrowser() {
  document.cookie = `${CSRF_COOKIE}=; Max-Age=0; Path=/`;
}
