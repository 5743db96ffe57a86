import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { MySessionsPage } from './features/account/MySessionsPage';
import { SecondFactorPage } from './features/account/SecondFactorPage';
import { AccessibilityPage } from './features/accessibility/AccessibilityPage';
import { LoginPage } from './features/auth/LoginPage';
import { AnalysisPage } from './features/demand/AnalysisPage';
import { DemandEntryPage } from './features/demand/DemandEntryPage';
import { RegionDemandPage } from './features/demand/RegionDemandPage';
import { GlossaryPage } from './features/glossary/GlossaryPage';
import { HomeRedirect } from './features/home/HomeRedirect';
import { PartnerHomePage } from './features/home/PartnerHomePage';
import { MunicipalityPage } from './features/municipalities/MunicipalityPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { MyWorkPage } from './features/mywork/MyWorkPage';
import { ChangePasswordPage } from './features/password/ChangePasswordPage';
import { ForgotPasswordPage } from './features/password/ForgotPasswordPage';
import { SetPasswordPage } from './features/password/SetPasswordPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { TargetGroupsPage } from './features/targetgroups/TargetGroupsPage';
import { RequireAuth } from './shared/auth/RequireAuth';
import { Loading } from './shared/components/Loading';
import { PageNotFound } from './shared/components/PageNotFound';
import { AppLayout } from './shared/layout/AppLayout';
import { OpenLayout } from './shared/layout/OpenLayout';
import { PublicLayout } from './shared/layout/PublicLayout';

// The allocation pages bring ECharts along: loaded together on the first visit to one of them,
// so the rest of the app stays small. Created once here: a lazy component made during render would remount.
const allocationPages = () => import('./features/allocation/pages');
const ModelsPage = lazy(() => allocationPages().then((pages) => ({ default: pages.ModelsPage })));
const IndicatorsPage = lazy(() => allocationPages().then((pages) => ({ default: pages.IndicatorsPage })));
const ModelPage = lazy(() => allocationPages().then((pages) => ({ default: pages.ModelPage })));
const ResultsPage = lazy(() => allocationPages().then((pages) => ({ default: pages.ResultsPage })));
// The urgentieregeling pages likewise (the capacity check draws charts).
const urgencyPages = () => import('./features/urgency/pages');
const SchemesPage = lazy(() => urgencyPages().then((pages) => ({ default: pages.SchemesPage })));
const SchemePage = lazy(() => urgencyPages().then((pages) => ({ default: pages.SchemePage })));
const SchemeComparePage = lazy(() => urgencyPages().then((pages) => ({ default: pages.ComparePage })));
// The woonzorgvisie pages likewise (data blocks draw charts).
const woonzorgvisiePages = () => import('./features/woonzorgvisie/pages');
const WzvDocumentsPage = lazy(() => woonzorgvisiePages().then((pages) => ({ default: pages.DocumentsPage })));
const WzvTemplatesPage = lazy(() => woonzorgvisiePages().then((pages) => ({ default: pages.TemplatesPage })));
const WzvTemplateEditorPage = lazy(() => woonzorgvisiePages().then((pages) => ({ default: pages.TemplateEditorPage })));
const WzvDocumentPage = lazy(() => woonzorgvisiePages().then((pages) => ({ default: pages.DocumentPage })));

// The administration (beheer): only beheerders open it.
const adminPages = () => import('./features/admin/pages');
const AdminPeoplePage = lazy(() => adminPages().then((pages) => ({ default: pages.PeoplePage })));
const AdminPersonPage = lazy(() => adminPages().then((pages) => ({ default: pages.PersonPage })));
const AdminInvitePage = lazy(() => adminPages().then((pages) => ({ default: pages.InvitePage })));
const AdminBulkInvitePage = lazy(() => adminPages().then((pages) => ({ default: pages.BulkInvitePage })));
const AdminOrganisationsPage = lazy(() => adminPages().then((pages) => ({ default: pages.OrganisationsPage })));
const AdminRegionsPage = lazy(() => adminPages().then((pages) => ({ default: pages.RegionsAdminPage })));
const AdminAuditPage = lazy(() => adminPages().then((pages) => ({ default: pages.AuditPage })));

// The cross-region dashboard likewise (charts and the map).
const dashboardPages = () => import('./features/dashboard/pages');
const DashboardPage = lazy(() => dashboardPages().then((pages) => ({ default: pages.DashboardPage })));
const DashboardRegionPage = lazy(() => dashboardPages().then((pages) => ({ default: pages.RegionDetailPage })));

const suspended = (Page: ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/wachtwoord/nieuw" element={<SetPasswordPage />} />
        <Route path="/wachtwoord/vergeten" element={<ForgotPasswordPage />} />
      </Route>
      {/* readable with or without signing in */}
      <Route element={<OpenLayout />}>
        <Route path="/toegankelijkheid" element={<AccessibilityPage />} />
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="/mijn-werk" element={<MyWorkPage />} />
          <Route path="/wachtwoord/wijzigen" element={<ChangePasswordPage />} />
          <Route path="/partner" element={<PartnerHomePage />} />
          <Route path="/mijn-sessies" element={<MySessionsPage />} />
          <Route path="/tweestapsverificatie" element={<SecondFactorPage />} />
          <Route path="/begrippen" element={<GlossaryPage />} />
          <Route path="/meldingen" element={<NotificationsPage />} />
          <Route path="/regios" element={<RegionsPage />} />
          <Route path="/regios/:code" element={<RegionPage />} />
          <Route path="/regios/:code/vraaganalyses/:year" element={<RegionDemandPage />} />
          <Route path="/regios/:code/aandachtsgroepen" element={<TargetGroupsPage />} />
          <Route path="/gemeenten/:code" element={<MunicipalityPage />} />
          <Route path="/gemeenten/:code/vraaganalyse/:year" element={<DemandEntryPage />} />
          <Route path="/vraaganalyses/:id" element={<AnalysisPage />} />
          <Route path="/regios/:code/verdeling" element={suspended(ModelsPage)} />
          <Route path="/regios/:code/indicatoren" element={suspended(IndicatorsPage)} />
          <Route path="/verdeling/modellen/:id" element={suspended(ModelPage)} />
          <Route path="/verdeling/modellen/:id/resultaat" element={suspended(ResultsPage)} />
          <Route path="/regios/:code/urgentie" element={suspended(SchemesPage)} />
          <Route path="/urgentie/versies/:id" element={suspended(SchemePage)} />
          <Route path="/urgentie/vergelijk" element={suspended(SchemeComparePage)} />
          <Route path="/regios/:code/woonzorgvisie" element={suspended(WzvDocumentsPage)} />
          <Route path="/regios/:code/woonzorgvisie/sjablonen" element={suspended(WzvTemplatesPage)} />
          <Route path="/woonzorgvisie/sjablonen/:id/versies/:no" element={suspended(WzvTemplateEditorPage)} />
          <Route path="/woonzorgvisie/documenten/:id" element={suspended(WzvDocumentPage)} />
          <Route path="/dashboard" element={suspended(DashboardPage)} />
          <Route path="/dashboard/regios/:code" element={suspended(DashboardRegionPage)} />
          <Route path="/beheer" element={suspended(AdminPeoplePage)} />
          <Route path="/beheer/personen/:id" element={suspended(AdminPersonPage)} />
          <Route path="/beheer/uitnodigen" element={suspended(AdminInvitePage)} />
          <Route path="/beheer/uitnodigen/bestand" element={suspended(AdminBulkInvitePage)} />
          <Route path="/beheer/organisaties" element={suspended(AdminOrganisationsPage)} />
          <Route path="/beheer/regios" element={suspended(AdminRegionsPage)} />
          <Route path="/beheer/logboek" element={suspended(AdminAuditPage)} />
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
