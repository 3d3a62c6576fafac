// The dashboard's 3-minute reply rate chart: one bar per local day, in percent, with the
// marketplaces' usual bar (80%) marked; days without buyer messages show no bar.
import type { DailyReplyRate } from '../lib/api/client';

/** The ECharts option for the daily rates. */
export function rateOption(rates: DailyReplyRate[], color: string) {
  return {
    grid: { left: 40, right: 12, top: 12, bottom: 24 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '—' : `${String(v)}%`) },
    xAxis: { type: 'category', data: rates.map((r) => r.date.slice(5)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 24,
        data: rates.map((r) => (r.messages > 0 ? Math.round(r.rate * 1000) / 10 : null)),
        itemStyle: { color, borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}
