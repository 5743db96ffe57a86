/** The allocation pages, loaded together on first use (they carry the charting code with them). */
export { IndicatorsPage } from './IndicatorsPage';
export { ModelPage } from './ModelPage';
export { ModelsPage } from './ModelsPage';
export { ResultsPage } from './ResultsPage';
