// Series across rounds and two rounds side by side: the trend card (a line per figure and round
// kind, a kind filter) and the comparison card ("Tổng kết so với sơ kết"). Every figure comes from
// the API as it is (the trend's `measures`, the comparison's changes); nothing is computed here but
// formatting.
import { all, get } from './api.js';
import * as charts from './charts.js';
import { card, chartBox, drawCharts, figure, h, setState, table } from './dom.js';
import { figureName } from './figures.js';
import { count, date, label, percent, t } from './i18n.js';

export const KINDS = ['ANNUAL', 'MIDTERM_REVIEW', 'FINAL_REVIEW'];

/**
 * The lines of the trend: rates of every point, named by the page (`t`) or, for a figure of the
 * catalogue, by the catalogue. Participation and commitments are the `measures` (counts and
 * percents), so a province whose reports state percents only still has its line.
 */
const LINES = [
  ['reportingRate', (p) => p.reportingRate.value, t],
  ['onTimeRate', (p) => p.onTimeRate.value, t],
  ['participation', (p) => p.measures?.participation?.rate.value, figureName],
  ['commitments', (p) => p.measures?.commitments?.rate.value, figureName],
];

const pct = (value) => (value == null ? null : Math.round(value * 1000) / 10);

/** The trend's path: a province's (on the 2025 map when asked) or the country's, of one kind or all. */
export function trendPath(province, map2025, kind) {
  const query = [];
  if (map2025 && province !== 'national') query.push('boundaries=2025');
  if (kind) query.push(`kind=${encodeURIComponent(kind)}`);
  const base = province === 'national' ? 'statistics/national/trend'
    : `statistics/provinces/${encodeURIComponent(province)}/trend`;
  return query.length === 0 ? base : `${base}?${query.join('&')}`;
}

/**
 * A line per figure and round kind (an annual round, a sơ kết and a tổng kết cover different
 * periods: never one line), left out when no point of that kind has the figure.
 */
function series(points) {
  const kinds = KINDS.filter((k) => points.some((p) => p.roundKind === k));
  const lines = [];
  for (const [name, value, text] of LINES) {
    for (const kind of kinds) {
      const values = points.map((p) => (p.roundKind === kind ? pct(value(p)) : null));
      if (values.every((v) => v == null)) continue;
      lines.push({ key: `${name}.${kind}`, name: kinds.length > 1 ? `${text(name)} · ${label(kind)}` : text(name), values });
    }
  }
  return lines;
}

function measureCell(point, name) {
  const m = point.measures?.[name];
  if (!m) return h('td', {}, t('dash'));
  return h('td', {}, figure(`trend.${point.roundCode}.measures.${name}.rate`, percent(m.rate.value)),
    m.estimated && h('span', { class: 'badge estimated' }, t('estimated')));
}

function trendBody(points) {
  if (points.length === 0) return [h('p', { class: 'muted' }, t('none'))];
  const lines = series(points);
  return [
    chartBox((el) => charts.lines(el, points.map((p) => p.roundCode), lines), '', t('trendChart'),
      { id: 'trend-chart', 'data-series': lines.map((l) => l.key).join(' ') }),
    table([t('round'), t('agenciesExpected'), t('agenciesReported'), t('reportingRate'), t('onTimeRate'),
      figureName('participation'), figureName('commitments'), t('models'), t('commendations'), t('directives'),
      t('coverageOwnPlan')],
    points.map((p) => h('tr', { 'data-round': p.roundCode, 'data-round-kind': p.roundKind },
      h('td', {}, `${p.roundCode} (${label(p.roundKind)}, ${date(p.periodEnd)})`),
      h('td', {}, count(p.agenciesExpected)), h('td', {}, count(p.agenciesReported)),
      h('td', {}, percent(p.reportingRate.value)), h('td', {}, percent(p.onTimeRate.value)),
      measureCell(p, 'participation'), measureCell(p, 'commitments'), h('td', {}, count(p.models)),
      h('td', {}, count(p.commendations)), h('td', {}, count(p.directives)),
      h('td', {}, p.coverage ? `${count(p.coverage.ownPlan.agencies)} / ${count(p.coverage.ownPlan.of)}` : t('dash')))),
    { id: 'trend' }),
  ];
}

/** The trend card with its kind filter; `path(kind)` is where the points of a kind are. */
export function trendCard(title, points, path) {
  const body = h('div', { id: 'trend-body' }, trendBody(points));
  const select = h('select', { id: 'trend-kind', name: 'kind' },
    h('option', { value: '' }, t('allKinds')), KINDS.map((k) => h('option', { value: k }, label(k))));
  select.addEventListener('change', async () => {
    setState('loading');
    try {
      body.replaceChildren(...trendBody(await all(path(select.value))));
      drawCharts();
      body.dataset.kind = select.value;
      setState('ready');
    } catch (e) {
      body.replaceChildren(h('p', { class: 'error' }, e.message));
      setState('error');
    }
  });
  return card(title, h('label', { class: 'inline' }, h('span', {}, t('roundKind')), select),
    h('p', { class: 'muted' }, t('trendHelp')), body);
}

// ---------- a round against another ----------

/**
 * The round a round is compared with by default: for a tổng kết the latest sơ kết before it, else
 * the latest round of its own kind before it; null when there is none.
 */
export function defaultWith(round, rounds) {
  const before = rounds.filter((r) => r.periodEnd < round.periodEnd);
  const kind = round.kind === 'FINAL_REVIEW' ? 'MIDTERM_REVIEW' : round.kind;
  return [...before].reverse().find((r) => r.kind === kind) ?? null;
}

export function comparisonPath(round, province, map2025, withCode) {
  const r = encodeURIComponent(round.code);
  const place = province === 'national' ? 'national' : `provinces/${encodeURIComponent(province)}`;
  return `statistics/rounds/${r}/${place}/comparison?with=${encodeURIComponent(withCode)}`
    + (map2025 && province !== 'national' ? '&boundaries=2025' : '');
}

/** Figure names of the comparison that the dashboard names otherwise than by their i18n key. */
const FIGURE_TEXT = {
  'models.total': 'modelsTotal',
  'models.named': 'modelsNamed', 'commendations.total': 'commendations', 'emulationTitles.total': 'titlesTotal',
  'directives.total': 'ownDirectives',
};

function figureText(name) {
  const measure = name.match(/^measures\.(\w+)\.rate$/);
  if (measure) return figureName(measure[1]);
  const coverage = name.match(/^coverage\.(\w+)\.(agencies|rate)$/);
  if (coverage) {
    const rule = `coverage${coverage[1][0].toUpperCase()}${coverage[1].slice(1)}`;
    return `${t(rule)} (${t(coverage[2] === 'rate' ? 'rate' : 'coverageAgencies')})`;
  }
  return t(FIGURE_TEXT[name] ?? name);
}

function changeText(c) {
  if (c.change == null) return t('dash');
  const sign = c.change > 0 ? '+' : '';
  return c.unit === 'RATE' ? `${sign}${percent(c.change / 100).replace(' %', '')} ${t('points')}` : `${sign}${count(c.change)}`;
}

function valueText(unit, value) {
  return unit === 'RATE' ? percent(value) : count(value);
}

function comparisonBody(c) {
  return [
    h('p', { class: 'muted' }, t('comparisonHelp', c.round.code, c.with.code)),
    table([t('figure'), `${c.round.code} (${label(c.round.kind)})`, `${c.with.code} (${label(c.with.kind)})`, t('change')],
      c.figures.map((f) => h('tr', { 'data-comparison': f.figure, 'data-unit': f.unit },
        h('th', { scope: 'row' }, figureText(f.figure)),
        h('td', {}, figure(`comparison.${f.figure}.value`, valueText(f.unit, f.value)),
          f.estimated && h('span', { class: 'badge estimated' }, t('estimated'))),
        h('td', {}, figure(`comparison.${f.figure}.withValue`, valueText(f.unit, f.withValue)),
          f.withEstimated && h('span', { class: 'badge estimated' }, t('estimated'))),
        h('td', {}, figure(`comparison.${f.figure}.change`, changeText(f))))),
      { id: 'comparison', 'data-round': c.round.code, 'data-with': c.with.code }),
  ];
}

/**
 * The comparison card: "Tổng kết so với sơ kết" for a tổng kết, else the round against an earlier
 * one; the other round can be changed. `first` is the comparison with the default round.
 */
export function comparisonCard(round, rounds, first, path) {
  const others = rounds.filter((r) => r.code !== round.code);
  const select = h('select', { id: 'comparison-with', name: 'with' },
    [...others].reverse().map((r) => h('option', { value: r.code, selected: r.code === first.with.code },
      `${r.code} · ${label(r.kind)}`)));
  const body = h('div', { id: 'comparison-body' }, comparisonBody(first));
  const heading = h('h2', { id: 'comparison-title' }, comparisonTitle(first));
  select.addEventListener('change', async () => {
    setState('loading');
    try {
      const answer = await get(path(select.value));
      heading.textContent = comparisonTitle(answer);
      body.replaceChildren(...comparisonBody(answer));
      setState('ready');
    } catch (e) {
      body.replaceChildren(h('p', { class: 'error' }, e.message));
      setState('error');
    }
  });
  return h('section', { class: 'card', id: 'comparison-card' }, heading,
    h('label', { class: 'inline' }, h('span', {}, t('comparedWith')), select), body);
}

function comparisonTitle(c) {
  return c.round.kind === 'FINAL_REVIEW' && c.with.kind === 'MIDTERM_REVIEW' ? t('comparisonFinal') : t('comparisonTitle');
}
