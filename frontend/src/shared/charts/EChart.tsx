import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

export interface ChartClick {
  /** the category or region name of what was clicked */
  name: string;
  seriesType?: string;
  dataIndex?: number;
  data?: unknown;
}

interface Props {
  option: EChartsCoreOption;
  /** GeoJSON maps to register before the option is set, by map name */
  maps?: Record<string, unknown>;
  onClick?: (event: ChartClick) => void;
  /**
   * An item to point out (highlighted, with its tooltip), e.g. chosen by keyboard outside the canvas,
   * which takes no focus itself; null for none.
   */
  highlight?: { seriesIndex: number; name: string } | null;
  /** what the chart shows, for screen readers; the table next to it carries the figures */
  label: string;
  className?: string;
  testId?: string;
}

/**
 * ECharts in React: created on mount, given every new option, resized with its box and disposed on
 * unmount. The canvas is an image to assistive technology (role="img" with a label); every chart in
 * this app has a table with the same figures beside it.
 */
export function EChart({ option, maps, onClick, highlight, label, className, testId }: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const latest = useRef({ option, maps, onClick });
  latest.current = { option, maps, onClick };

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    void import('./echartsSetup')
      .then(({ echarts }) => {
        if (disposed) return;
        registerMaps(echarts, latest.current.maps);
        const chart = echarts.init(box, null, { renderer: 'canvas' });
        chartRef.current = chart;
        chart.setOption(latest.current.option, { notMerge: true });
        chart.on('click', (params) => {
          const event = params as unknown as ChartClick;
          latest.current.onClick?.({ name: event.name, seriesType: event.seriesType, dataIndex: event.dataIndex, data: event.data });
        });
        if (typeof ResizeObserver !== 'undefined') {
          observer = new ResizeObserver(() => chart.resize());
          observer.observe(box);
        }
      })
      .catch(() => {
        // no canvas (or the chunk failed to load): the table beside the chart still has every figure
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    void import('./echartsSetup').then(({ echarts }) => {
      registerMaps(echarts, maps);
      chart.setOption(option, { notMerge: true });
    });
  }, [option, maps]);

  const highlightKey = highlight ? `${highlight.seriesIndex}|${highlight.name}` : '';
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !highlightKey) return;
    const [seriesIndex, name] = [Number(highlightKey.split('|')[0]), highlightKey.slice(highlightKey.indexOf('|') + 1)];
    chart.dispatchAction({ type: 'highlight', seriesIndex, name });
    chart.dispatchAction({ type: 'showTip', seriesIndex, name });
    return () => {
      if (chart.isDisposed()) return;
      chart.dispatchAction({ type: 'downplay', seriesIndex, name });
      chart.dispatchAction({ type: 'hideTip' });
    };
  }, [highlightKey]);

  return <div ref={boxRef} role="img" aria-label={label} className={['tp-chart', className].filter(Boolean).join(' ')} data-testid={testId} />;
}

function registerMaps(echarts: typeof import('echarts/core'), maps: Record<string, unknown> | undefined) {
  for (const [name, geoJson] of Object.entries(maps ?? {})) {
    if (!echarts.getMap(name)) echarts.registerMap(name, geoJson as Parameters<typeof echarts.registerMap>[1]);
  }
}
