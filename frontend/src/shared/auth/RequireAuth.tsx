import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../paths';
import { useIsAuthenticated } from './session';

/** Renders the child routes for a signed-in user; sends everyone else to the login page. */
export function RequireAuth() {
  const authenticated = useIsAuthenticated();
  const location = useLocation();
  if (!authenticated) {
    return <Navigate to={paths.login} replace state={{ from: location.pathname }} />;
  }
  return <Outlet />;
}
