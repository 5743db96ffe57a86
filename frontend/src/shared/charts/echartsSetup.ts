/**
 * The parts of ECharts the app uses (bars, lines, markers, the maps), registered once for every feature. Importing from echarts/core with explicit
 * parts keeps the bundle to what is drawn here; this module is loaded on demand by EChart, so the
 * pages and their tables appear before the charting code has arrived.
 */
import { BarChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, MapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent, CanvasRenderer]);

export { echarts };
