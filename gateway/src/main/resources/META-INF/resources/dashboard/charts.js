// Charts with ECharts from its webjar (the gateway serves it; no CDN). The canvas renderer and
// tooltips drawn on the canvas (renderMode richText) keep to the page's CSP: no inline styles.
import * as echarts from '../webjars/echarts/dist/echarts.esm.min.js';

const COLORS = ['#b5121b', '#1f5fa8', '#2e8540', '#e0a100', '#6f42c1', '#1aa3a3', '#8a6d3b', '#5a5a5a'];
const live = new Set();

window.addEventListener('resize', () => live.forEach((chart) => chart.resize()));

/** Drops the charts of the previous view. */
export function clearCharts() {
  live.forEach((chart) => chart.dispose());
  live.clear();
}

function draw(element, option) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    color: COLORS,
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    tooltip: { renderMode: 'richText', confine: true },
    ...option,
  });
  live.add(chart);
  return chart;
}

/** Horizontal bars: [label, value] pairs; long labels stay readable on a phone. */
export function bars(element, pairs, { percent = false } = {}) {
  return draw(element, {
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: percent ? 100 : undefined, axisLabel: { formatter: percent ? '{value} %' : '{value}' } },
    yAxis: { type: 'category', inverse: true, data: pairs.map(([name]) => name), axisLabel: { width: 130, overflow: 'break' } },
    series: [{ type: 'bar', data: pairs.map(([, value]) => value), label: { show: true, position: 'right',
      formatter: percent ? '{c} %' : '{c}' } }],
  });
}

/** A doughnut of [label, value] pairs. */
export function doughnut(element, pairs) {
  return draw(element, {
    legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['40%', '68%'], center: ['50%', '44%'], label: { formatter: '{c}' },
      data: pairs.map(([name, value]) => ({ name, value })) }],
  });
}

/** Vertical bars by category (years). */
export function columns(element, categories, values) {
  return draw(element, {
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'top' } }],
  });
}

/**
 * Lines of percents over the rounds: series = [{ name, values (0…100 or null) }]. A line joins its
 * own points over the rounds it has no value for (another kind's rounds): one line per round kind.
 */
export function lines(element, categories, series) {
  return draw(element, {
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: categories },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values, connectNulls: true, symbolSize: 8 })),
  });
}
