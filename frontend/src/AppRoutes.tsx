import { Route, Routes } from 'react-router';
import { LoginPage } from './features/auth/LoginPage';
import { AnalysisPage } from './features/demand/AnalysisPage';
import { DemandEntryPage } from './features/demand/DemandEntryPage';
import { RegionDemandPage } from './features/demand/RegionDemandPage';
import { HomeRedirect } from './features/home/HomeRedirect';
import { MunicipalityPage } from './features/municipalities/MunicipalityPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { TargetGroupsPage } from './features/targetgroups/TargetGroupsPage';
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
          <Route path="/regios/:code/vraaganalyses/:year" element={<RegionDemandPage />} />
          <Route path="/regios/:code/aandachtsgroepen" element={<TargetGroupsPage />} />
          <Route path="/gemeenten/:code" element={<MunicipalityPage />} />
          <Route path="/gemeenten/:code/vraaganalyse/:year" element={<DemandEntryPage />} />
          <Route path="/vraaganalyses/:id" element={<AnalysisPage />} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
