/** The dashboard pages, loaded together on first use (they carry the charting code with them). */
export { DashboardPage } from './DashboardPage';
export { RegionDetailPage } from './RegionDetailPage';
