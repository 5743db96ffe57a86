import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProviders } from '../AppProviders';
import { AppRoutes } from '../AppRoutes';
import { tokenStore } from '../shared/auth/tokenStore';

/** Shows the current path (and, as data-search, the query string) so tests can assert where a redirect went. */
function LocationProbe() {
  const location = useLocation();
  return (
    <output data-testid="location" data-search={location.search}>
      {location.pathname}
    </output>
  );
}

/** Renders the whole app at `path`, signed in unless told otherwise. */
export function renderApp(path: string, { signedIn = true } = {}) {
  if (signedIn) tokenStore.save({ accessToken: 'test-access', refreshToken: 'test-refresh' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AppProviders>,
  );
}
