import type { EChartsCoreOption } from 'echarts/core';

/**
 * jsdom has no canvas, so tests use this stand-in: it renders the label and keeps the option as
 * JSON for assertions. Enable with vi.mock('…/shared/charts/EChart').
 */
export function EChart({ option, label, testId }: { option: EChartsCoreOption; label: string; testId?: string }) {
  return <div role="img" aria-label={label} data-testid={testId} data-option={JSON.stringify(option)} />;
}
