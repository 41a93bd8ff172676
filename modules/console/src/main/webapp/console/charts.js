// Charts come only from ECharts (the WebJar in WEB-INF/lib). Tooltips render as rich text on the
// canvas, not as HTML: ECharts' HTML tooltips carry inline style attributes the CSP refuses.
import * as echarts from '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const PALETTE = ['#2563eb', '#16a34a', '#d97706', '#9333ea', '#dc2626', '#0891b2'];

/**
 * An ECharts instance on `container` (which needs a CSS height), disposed and unhooked from window
 * resizes when the view's scope closes.
 */
export function chart(container, scope) {
  const instance = echarts.init(container, null, { renderer: 'canvas' });
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  scope.onClose(() => {
    window.removeEventListener('resize', resize);
    instance.dispose();
  });
  return instance;
}

/** Options every chart shares. */
export function base(option) {
  return {
    color: PALETTE,
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    tooltip: { renderMode: 'richText', ...(option.tooltip || {}) },
    ...Object.fromEntries(Object.entries(option).filter(([k]) => k !== 'tooltip')),
  };
}

/** A horizontal-label bar chart of values by category. */
export function barOption({ categories, values, name, max, formatter, colorOf }) {
  return base({
    grid: { left: 48, right: 16, top: 24, bottom: 56, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', max, axisLabel: formatter ? { formatter } : {} },
    series: [{
      type: 'bar',
      name,
      data: values.map((v, i) => (colorOf ? { value: v, itemStyle: { color: colorOf(i) } } : v)),
      barMaxWidth: 48,
    }],
  });
}
