/** The urgentieregeling pages, loaded together on first use (the capacity check carries the charting code). */
export { ComparePage } from './ComparePage';
export { SchemePage } from './SchemePage';
export { SchemesPage } from './SchemesPage';
