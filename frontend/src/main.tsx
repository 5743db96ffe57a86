import '@fontsource-variable/noto-sans/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './theme/thuisplan-theme.css';
import './shared/layout/app.css';
import './shared/layout/ui.css';
import './shared/i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';
import { createQueryClient } from './shared/api/queryClient';

// a data router, so a page can ask before it is left with unsaved text (useBlocker in LeaveGuard)
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
