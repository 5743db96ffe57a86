import { useIsAuthenticated } from '../auth/session';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

/**
 * Layout for pages anyone may read (the accessibility statement): the signed-in frame with its
 * navigation for someone who is signed in, the public one for everyone else.
 */
export function OpenLayout() {
  return useIsAuthenticated() ? <AppLayout /> : <PublicLayout />;
}
