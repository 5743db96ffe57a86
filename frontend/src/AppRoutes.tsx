import { Route, Routes } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { HomeRedirect } from './features/home/HomeRedirect';
import { MunicipalityPage } from './features/municipalities/MunicipalityPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { RequireAuth } from './shared/auth/RequireAuth';
import { PageNotFound } from './shared/components/PageNotFound';
import { AppLayout } from './shared/layout/AppLayout';
import { PublicLayout } from './shared/layout/PublicLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/login" element={<LoginPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/regios" element={<RegionsPage />} />
          <Route path="/regios/:code" element={<RegionPage />} />
          <Route path="/gemeenten/:code" element={<MunicipalityPage />} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
