// The province board's dashboard: an officer signs in at the identity provider (auth.js; an admin
// may use an API key instead, /dashboard/?apikey), picks a round and a province (or the
// whole country), as the provinces were then or on the 2025 map; the choice lives in the URL's hash
// so a view can be bookmarked and shared:
//   #/rounds/{round}/provinces/{province}[?map=2025]   #/rounds/{round}/national
// Every figure comes from the gateway's API as it is; nothing is computed here but formatting.
import { ApiError, all, get, getOrNull, post, session } from './api.js';
import * as auth from './auth.js';
import { boardOf, breakdownCard, downloadsCard, lockCard, reviewCard } from './board.js';
import * as charts from './charts.js';
import { card, chartBox, drawCharts, dropCharts, figure, h, setState, table } from './dom.js';
import { catalogue, figuresCard, inOrder } from './figures.js';
import { comparisonCard, comparisonPath, defaultWith, trendCard, trendPath } from './series.js';
import { count, date, dateTime, label, lang, percent, setLang, statedPercent, t } from './i18n.js';

const MISSING_PAGE_SIZE = 10;
const COVERAGE = { ownPlan: 'coverageOwnPlan', ownRegulation: 'coverageOwnRegulation', commitments: 'coverageCommitments',
  models: 'coverageModels', culturalStandard: 'coverageCulturalStandard' };
const app = document.getElementById('app');
let rendering = 0; // a newer render makes an older one stop writing to the page

// ---------- routes ----------

function route() {
  const m = location.hash.match(/^#\/rounds\/([^/?]+)(?:\/(national)|\/provinces\/([^/?]+))?\/?(\?map=2025)?$/);
  if (!m) return {};
  return { round: decodeURIComponent(m[1]), province: m[2] ? 'national' : m[3] && decodeURIComponent(m[3]),
    map2025: m[4] != null && !m[2] };
}

/** The 2025 map (34 provinces since 1 July 2025) applies to a province's view, not to the whole country. */
function hashOf(round, province, map2025 = false) {
  const r = encodeURIComponent(round);
  return province === 'national' ? `#/rounds/${r}/national`
    : `#/rounds/${r}/provinces/${encodeURIComponent(province)}${map2025 ? '?map=2025' : ''}`;
}

// ---------- page ----------

function header() {
  const signedIn = session.active();
  return h('header', { class: 'top' },
    h('div', { class: 'brand' }, h('h1', {}, t('title')), h('p', {}, t('subtitle'))),
    h('nav', { class: 'actions' },
      h('a', { href: 'drafts.html', id: 'drafts-link' }, t('draftsLink')),
      h('button', { type: 'button', id: 'lang-switch', lang: lang() === 'vi' ? 'en' : 'vi',
        onclick: () => { setLang(lang() === 'vi' ? 'en' : 'vi'); render(); } }, t('switchLang')),
      signedIn && h('button', { type: 'button', id: 'sign-out', onclick: signOut }, t('signOut'))),
    signedIn && h('p', { id: 'who', class: 'who', 'aria-live': 'polite' }));
}

async function signOut() {
  if (session.key() != null) {
    session.signOut();
    location.hash = '';
    render();
    return;
  }
  setState('signing-out');
  await auth.signOut();
}

/** Who is signed in (/clients/me: an officer's name and username, else the key's client), role and provinces. */
function showWho(me) {
  const who = document.getElementById('who');
  if (!who || !me) return;
  const person = auth.profile();
  const username = me.username ?? person?.username;
  who.dataset.role = me.role;
  who.dataset.provinces = (me.provinces ?? []).join(',');
  if (username) who.dataset.username = username;
  who.textContent = t('signedInAs', me.name ?? person?.name ?? username ?? me.id, label(me.role),
    (me.provinces ?? []).map((p) => (p === 'national' ? t('national') : p)).join(', ') || t('dash'));
}

/** The admin's way in with a key (?apikey in the address, kept for the tab). */
const USE_KEY = 'vhcs.dashboard.useKey';

function officerSignIn(error) {
  const button = h('button', { type: 'button', id: 'oidc-sign-in' }, t('officerSignIn'));
  button.addEventListener('click', () => auth.signIn().catch((e) => render(t('failed', e.message))));
  return h('section', { id: 'signed-out', class: 'card narrow' },
    h('h2', {}, t(auth.signedOut() ? 'signedOutTitle' : 'officerSignInTitle')), h('p', {}, t('officerSignInHelp')),
    button, h('p', {}, h('a', { href: '?apikey', id: 'use-key' }, t('useKey'))),
    h('p', { id: 'sign-in-error', class: 'error', role: 'alert' }, error));
}

function signInForm(error) {
  // method=post: should the script not run, the key is never put in a URL by a GET form
  const input = h('input', { id: 'api-key', name: 'key', type: 'password', autocomplete: 'off', required: true,
    spellcheck: 'false' });
  const message = h('p', { id: 'sign-in-error', class: 'error', role: 'alert' }, error);
  const form = h('form', { id: 'sign-in', method: 'post', class: 'card narrow' },
    h('h2', {}, t('signInTitle')), h('p', {}, t('signInHelp')),
    h('label', { for: 'api-key' }, t('apiKey')), input,
    h('button', { type: 'submit' }, t('signIn')), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = input.value.trim();
    try {
      await get('rounds?size=1', key);
      session.signIn(key);
      render();
    } catch (e) {
      message.textContent = e instanceof ApiError && e.status === 401 ? t('badKey') : t('failed', e.message);
    }
  });
  return form;
}

export async function render(error) {
  const mine = ++rendering;
  charts.clearCharts();
  document.documentElement.lang = lang();
  document.title = t('title');
  app.replaceChildren(header());
  if (new URLSearchParams(location.search).has('apikey')) sessionStorage.setItem(USE_KEY, '1');
  let oidc = null;
  if (!session.active()) {
    oidc = await auth.oidcSettings();
    try {
      if (oidc && await auth.completeSignIn()) {
        render();
        return;
      }
    } catch (e) {
      error = t('failed', e.message);
    }
  }
  if (mine !== rendering) return;
  if (!session.active()) {
    if (oidc && sessionStorage.getItem(USE_KEY) == null) {
      // an officer is sent to the provider's login page, unless she has just signed out here
      if (!auth.signedOut() && !error) {
        setState('redirecting', '');
        auth.signIn().catch((e) => render(t('failed', e.message)));
        return;
      }
      app.append(h('main', {}, officerSignIn(error)));
      setState('signed-out', '');
      document.getElementById('oidc-sign-in').focus();
      return;
    }
    app.append(h('main', {}, signInForm(error)));
    setState('sign-in', '');
    document.getElementById('api-key').focus();
    return;
  }
  const main = h('main', {}, h('p', { class: 'muted' }, t('loading')));
  app.append(main);
  setState('loading');
  try {
    await view(main, () => mine === rendering);
  } catch (e) {
    if (mine !== rendering) return;
    if (e instanceof ApiError && e.status === 401) {
      const key = session.key() != null;
      session.signOut();
      auth.forget();
      render(t(key ? 'badKey' : 'sessionEnded'));
      return;
    }
    main.replaceChildren(h('p', { class: 'error', role: 'alert' }, problemText(e)));
    setState('error');
  }
}

function problemText(e) {
  if (e instanceof ApiError) {
    if (e.status === 403) return t('forbidden');
    if (e.status === 404) return t('notFound');
    if (e.status === 429) return t('rateLimited', e.retryAfter ?? '?');
  }
  return t('failed', e.message);
}

async function view(main, current) {
  const rounds = await all('rounds');
  if (!current()) return;
  if (rounds.length === 0) {
    main.replaceChildren(h('p', {}, t('noRounds')));
    setState('ready', '');
    return;
  }
  const wanted = route();
  const round = rounds.find((r) => r.code === wanted.round);
  if (!round) {
    location.replace(`#/rounds/${encodeURIComponent(rounds[rounds.length - 1].code)}`);
    return;
  }
  // the provinces that existed at the end of the round's period (or, on the 2025 map, since the
  // merger), those with reports in the key's scope, and whether the key may see the whole country
  const map2025 = wanted.map2025 === true;
  const [provinces, reporting, national, me] = await Promise.all([
    all(`provinces?on=${map2025 ? MAP_2025 : round.periodEnd}`),
    all(`statistics/rounds/${encodeURIComponent(round.code)}/provinces${map2025 ? '?boundaries=2025' : ''}`),
    getOrNull(`statistics/rounds/${encodeURIComponent(round.code)}/national`),
    getOrNull('clients/me'),
  ]);
  if (!current()) return;
  showWho(me);
  let province = wanted.province;
  if (!province) {
    // a province's board lands on (the first of) her province(s); a national reader on the country
    const own = me?.role === 'BOARD' && me.provinces.find((p) => p !== 'national');
    province = own || (national ? 'national' : reporting[0]?.provinceCode ?? provinces[0]?.code);
    location.replace(hashOf(round.code, province));
    return;
  }
  const names = new Map(provinces.map((p) => [p.code, p.name]));
  const content = h('div', { class: 'view' }, h('p', { class: 'muted' }, t('loading')));
  const place = { round, province, map2025 };
  main.replaceChildren(chooser(rounds, place, provinces, reporting, national != null), content);
  const shown = `${round.code}/${province}${map2025 ? '/2025' : ''}`;
  setState('loading', shown);
  const sections = province === 'national'
    ? await nationalView(rounds, round, national, reporting, names, current)
    : await provinceView(rounds, place, names, current, me);
  if (!current()) return;
  dropCharts();
  content.replaceChildren(...sections().filter((section) => section != null && section !== false));
  drawCharts();
  setState('ready', shown);
}

/** The day the 2025 map is read on: the 34 provinces of 1 July 2025. */
const MAP_2025 = '2025-07-01';

function chooser(rounds, { round, province, map2025 }, provinces, reporting, nationalAllowed) {
  const roundSelect = h('select', { id: 'round', name: 'round' },
    [...rounds].reverse().map((r) => h('option', { value: r.code, selected: r.code === round.code },
      `${r.code} · ${label(r.kind)}`)));
  const withReports = new Set(reporting.map((s) => s.provinceCode));
  const option = (p) => h('option', { value: p.code, selected: p.code === province }, `${p.code} · ${p.name}`);
  const provinceSelect = h('select', { id: 'province', name: 'province' },
    nationalAllowed && h('option', { value: 'national', selected: province === 'national' }, t('national')),
    withReports.size > 0 && h('optgroup', { label: t('withReports') },
      provinces.filter((p) => withReports.has(p.code)).map(option)),
    h('optgroup', { label: t('otherProvinces') }, provinces.filter((p) => !withReports.has(p.code)).map(option)));
  roundSelect.addEventListener('change', () => { location.hash = hashOf(roundSelect.value, province, map2025); });
  provinceSelect.addEventListener('change', () => { location.hash = hashOf(round.code, provinceSelect.value, map2025); });
  // on the 2025 map a pre-merger province is shown as its successor, and back as the successor itself
  const map = province !== 'national' && h('input', { type: 'checkbox', id: 'map-2025', name: 'map', checked: map2025 });
  if (map) {
    map.addEventListener('change', () => {
      const successor = provinces.find((p) => p.code === province)?.successorCode;
      location.hash = hashOf(round.code, map.checked ? successor ?? province : province, map.checked);
    });
  }
  return h('div', { class: 'chooser card' },
    h('label', {}, h('span', {}, t('round')), roundSelect),
    h('label', {}, h('span', {}, t('province')), provinceSelect),
    map && h('label', { class: 'check' }, map, h('span', {}, t('map2025'))),
    h('p', { class: 'muted period' }, t('period', date(round.periodStart), date(round.periodEnd), date(round.dueDate))));
}

// ---------- the two views: each loads its data, then returns a function that builds the sections ----------

async function provinceView(rounds, { round, province, map2025 }, names, current, me) {
  const base = `statistics/rounds/${encodeURIComponent(round.code)}/provinces/${encodeURIComponent(province)}`;
  const map = map2025 ? 'boundaries=2025&' : '';
  const other = defaultWith(round, rounds);
  const compare = (code) => comparisonPath(round, province, map2025, code);
  // the lock and the review queue belong to the province as reported, not to a 2025 successor
  const [stats, missing, trend, comparison, lock, queue, defs] = await Promise.all([
    get(`${base}${map2025 ? '?boundaries=2025' : ''}`), get(`${base}/missing-agencies?${map}page=0&size=${MISSING_PAGE_SIZE}`),
    all(trendPath(province, map2025)), other && get(compare(other.code)),
    !map2025 && orNull(lockCard(round, province, me)), !map2025 && orNull(reviewCard(round, province, me)),
    catalogue()]);
  if (!current()) return () => [];
  const title = `${province} · ${names.get(province) ?? ''}${map2025 ? ` (${t('map2025Short')})` : ''}`;
  // reminders go to the province as reported, not to a 2025 successor's former provinces
  const reminders = !map2025 && boardOf(me, province) && remindPath(round, province);
  return () => [
    heading(title, round, stats),
    downloadsCard(round, province, map2025),
    lock,
    queue,
    progress(stats),
    coverage(stats),
    missingCard(base, missing, reminders, map),
    breakdownCard(stats),
    measures(stats, defs),
    figuresCard(stats, defs),
    models(stats),
    directives(stats),
    commendations(stats),
    comparison && comparisonCard(round, rounds, comparison, compare),
    trendCard(t('trendTitle'), trend, (kind) => trendPath(province, map2025, kind)),
  ];
}

async function nationalView(rounds, round, stats, reporting, names, current) {
  const other = defaultWith(round, rounds);
  const compare = (code) => comparisonPath(round, 'national', false, code);
  const [points, comparison, defs] = await Promise.all([all(trendPath('national')), other && get(compare(other.code)),
    catalogue()]);
  if (!current()) return () => [];
  return () => [
    heading(t('national'), round, stats),
    downloadsCard(round, 'national', false),
    progress(stats),
    coverage(stats),
    card(t('missingTitle'), h('p', { class: 'muted' }, t('missingNational'))),
    provincesCard(round, reporting, names),
    breakdownCard(stats),
    measures(stats, defs),
    figuresCard(stats, defs),
    models(stats),
    directives(stats),
    commendations(stats),
    comparison && comparisonCard(round, rounds, comparison, compare),
    trendCard(t('trendNational'), points, (kind) => trendPath('national', false, kind)),
  ];
}

// ---------- sections ----------

function heading(title, round, stats) {
  return h('div', { class: 'heading' },
    h('h2', { id: 'view-title' }, title, ' — ', round.code),
    h('p', { class: 'muted' }, stats.updatedAt ? t('updatedAt', dateTime(stats.updatedAt)) : t('neverUpdated')));
}

function progress(s) {
  const tile = (name, text, sub) => h('div', { class: 'tile' },
    h('div', { class: 'tile-value' }, figure(name, text)), h('div', { class: 'tile-label' }, t(name)), sub);
  const meter = (name, rate, note) => h('div', { class: 'rate' },
    h('progress', { max: 1, value: rate.value ?? 0, 'aria-label': t(name) }),
    h('span', {}, figure(name, percent(rate.value)), ' ', h('span', { class: 'muted' }, note)));
  return card(t('progress'),
    h('div', { class: 'tiles' },
      tile('agenciesExpected', count(s.agenciesExpected)),
      tile('agenciesReported', count(s.agenciesReported), meter('reportingRate', s.reportingRate, t('ofExpected'))),
      tile('reportedOnTime', count(s.reportedOnTime), meter('onTimeRate', s.onTimeRate, t('ofReported'))),
      tile('agenciesMissing', count(s.agenciesMissing))));
}

/**
 * How many of the agencies reported did each thing (issued their own plan…): agencies, not
 * documents. Absent from an answer of an older service: then the panel is left out.
 */
function coverage(s) {
  if (!s.coverage) return null;
  const shares = Object.entries(COVERAGE).map(([name, text]) => [name, t(text), s.coverage[name]]);
  return card(t('coverageTitle'),
    h('p', { class: 'muted' }, t('coverageHelp')),
    table([t('coverageItem'), t('coverageAgencies'), t('rate')], shares.map(([name, text, c]) =>
      h('tr', { 'data-coverage': name },
        h('th', { scope: 'row' }, text),
        h('td', {}, figure(`coverage.${name}.agencies`, count(c.agencies)), ' / ', figure(`coverage.${name}.of`, count(c.of))),
        h('td', {}, figure(`coverage.${name}.rate`, percent(c.rate))))),
    { id: 'coverage', 'aria-label': t('coverageTitle') }),
    chartBox((el) => charts.bars(el, shares.map(([, text, c]) =>
      [text, c.rate == null ? null : Math.round(c.rate * 1000) / 10]), { percent: true }), 'short', t('coverageChart')));
}

/** A card the officer may not see (403) is left out. */
async function orNull(promise) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof ApiError && (e.status === 403 || e.status === 404)) return null;
    throw e;
  }
}

function remindPath(round, province) {
  return `rounds/${encodeURIComponent(round.code)}/provinces/${encodeURIComponent(province)}/reminders`;
}

/** The "Nhắc" button: reminds every agency not reported, then says how many reminders were queued. */
function remindButton(path) {
  const result = h('p', { id: 'reminders-result', role: 'status' });
  const outcome = h('ul', { id: 'reminders-outcome' });
  const button = h('button', { type: 'button', id: 'remind', 'data-action': 'remind' }, t('remind'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.className = 'muted';
    result.textContent = t('reminding');
    try {
      const run = await post(path);
      result.className = '';
      result.dataset.webhooks = run.webhooks;
      result.textContent = (run.agenciesWithoutWebhook.length === 0
        ? t('reminded', count(run.webhooks), count(run.agenciesMissing))
        : t('remindedSome', count(run.webhooks), count(run.agenciesMissing), run.agenciesWithoutWebhook.join(', ')))
        + (run.emails > 0 ? ` ${t('mailed', count(run.emails))}` : '');
      // each way a reminder went, and what became of it
      outcome.replaceChildren(...[
        h('li', { 'data-outcome': 'webhooks' }, t('outcomeWebhooks', count(run.webhooks))),
        run.agenciesWithoutWebhook.length > 0 && h('li', { 'data-outcome': 'without-webhook' },
          t('outcomeWithoutWebhook', run.agenciesWithoutWebhook.join(', '))),
        h('li', { 'data-outcome': 'emails' }, t('outcomeEmails', count(run.emails), count(run.emailsFailed))),
      ].filter(Boolean));
    } catch (e) {
      result.className = 'error';
      result.textContent = problemText(e);
    } finally {
      button.disabled = false;
    }
  });
  return h('div', { class: 'remind' }, button, result, outcome);
}

function missingCard(base, first, reminders, map = '') {
  const body = h('div', {});
  const show = (answer) => {
    const pages = Math.max(1, Math.ceil(answer.total / answer.size));
    if (answer.total === 0) {
      body.replaceChildren(h('p', {}, t('noneMissing')));
      return;
    }
    const go = async (page) => {
      setState('loading');
      try {
        show(await get(`${base}/missing-agencies?${map}page=${page}&size=${MISSING_PAGE_SIZE}`));
        setState('ready');
      } catch (e) {
        body.replaceChildren(h('p', { class: 'error' }, problemText(e)));
        setState('error');
      }
    };
    body.replaceChildren(
      table([t('code'), t('name'), t('kind'), t('bloc')], answer.items.map((a) => h('tr', { 'data-agency': a.code },
        h('td', {}, a.code), h('td', {}, a.name), h('td', {}, label(a.kind)), h('td', {}, a.blocCode ?? t('dash')))),
      { id: 'missing-agencies' }),
      h('div', { class: 'pager' },
        h('button', { type: 'button', id: 'missing-previous', disabled: answer.page === 0,
          onclick: () => go(answer.page - 1) }, t('previous')),
        h('span', { id: 'missing-page' }, t('page', answer.page + 1, pages, count(answer.total))),
        h('button', { type: 'button', id: 'missing-next', disabled: answer.page + 1 >= pages,
          onclick: () => go(answer.page + 1) }, t('next'))));
  };
  show(first);
  return card(t('missingTitle'), body, reminders && first.total > 0 && remindButton(reminders));
}

function rateCell(name, m) {
  return h('td', {}, figure(`${name}.rate`, percent(m.rate.value)),
    m.estimated && h('span', { class: 'badge estimated', 'data-figure': `${name}.estimated` }, t('estimated')));
}

function measureRow(name, title, m) {
  const p = m.statedPercent;
  return h('tr', { 'data-measure': name },
    h('th', { scope: 'row' }, title),
    rateCell(name, m),
    h('td', {}, m.rate.denominator === 0 ? t('dash') : `${count(m.rate.numerator)} / ${count(m.rate.denominator)}`),
    h('td', {}, figure(`${name}.agenciesStating`, count(m.agenciesStating))),
    h('td', {}, figure(`${name}.withPercentOnly`, count(m.withPercentOnly))),
    h('td', {}, figure(`${name}.percentOnlyWithoutBase`, count(m.percentOnlyWithoutBase))),
    h('td', {}, p.mean == null ? t('dash') : `${statedPercent(p.mean)} · ${statedPercent(p.min)} · ${statedPercent(p.max)}`));
}

/** The SHARE figures' rates, named by the catalogue. */
function measures(s, defs) {
  const headers = [t('figure'), t('rate'), t('over'), t('stating'), t('percentOnly'), t('withoutBase'), t('statedPercent')];
  const titleRows = Object.entries(s.emulationTitleMeasures ?? {}).map(([key, m]) => {
    const [title, year] = key.split(':');
    return measureRow(`emulationTitleMeasures.${key}`,
      `${label(title)} (${year === 'UNSPECIFIED' ? t('unspecifiedYear') : year})`, m);
  });
  const stated = inOrder(defs, s.measures);
  return card(t('measuresTitle'),
    h('p', { class: 'muted' }, t('measuresHelp')),
    table(headers, stated.map(({ code, label }) => measureRow(`measures.${code}`, label, s.measures[code])), { id: 'measures' }),
    chartBox((el) => charts.bars(el, stated.map(({ code, label }) => [label,
      s.measures[code].rate.value == null ? null : Math.round(s.measures[code].rate.value * 1000) / 10]),
    { percent: true }), 'short', t('measuresTitle')),
    titleRows.length > 0 && h('h3', {}, t('titleMeasures')),
    titleRows.length > 0 && table(headers, titleRows, { id: 'title-measures' }));
}

function models(s) {
  const sectors = Object.entries(s.models.bySector);
  return card(t('modelsTitle'),
    h('div', { class: 'tiles' },
      h('div', { class: 'tile' }, h('div', { class: 'tile-value' }, figure('models.total', count(s.models.total))),
        h('div', { class: 'tile-label' }, t('modelsTotal'))),
      h('div', { class: 'tile' }, h('div', { class: 'tile-value' }, figure('models.named', count(s.models.named))),
        h('div', { class: 'tile-label' }, t('modelsNamed')))),
    sectors.length === 0 ? h('p', { class: 'muted' }, t('none')) : [
      chartBox((el) => charts.doughnut(el, sectors.map(([k, v]) => [label(k), v])), '', t('modelsTitle')),
      table([t('sector'), t('count')], sectors.map(([k, v]) => h('tr', {},
        h('td', {}, label(k)), h('td', {}, figure(`models.bySector.${k}`, count(v)))))),
    ]);
}

function directives(s) {
  const kinds = Object.entries(s.directives.byKind);
  const cited = s.citedDocuments ?? [];
  return card(t('directivesTitle'),
    h('div', { class: 'tiles' }, h('div', { class: 'tile' },
      h('div', { class: 'tile-value' }, figure('directives.total', count(s.directives.total))),
      h('div', { class: 'tile-label' }, t('ownDirectives')))),
    kinds.length > 0 && chartBox((el) => charts.bars(el, kinds.map(([k, v]) => [label(k), v])), 'short', t('ownDirectives')),
    kinds.length > 0 && table([t('kind'), t('count')], kinds.map(([k, v]) => h('tr', {},
      h('td', {}, label(k)), h('td', {}, figure(`directives.byKind.${k}`, count(v)))))),
    h('h3', {}, t('citedTitle')),
    cited.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : table([t('number'), t('kind'), t('issuedBy'), t('documentTitle'), t('citingAgencies')],
        cited.slice(0, 10).map((d, i) => h('tr', { 'data-cited': i },
          h('td', {}, d.number ?? t('noNumber')), h('td', {}, label(d.kind)), h('td', {}, d.issuedBy ?? t('dash')),
          h('td', {}, d.title ?? t('dash')), h('td', {}, figure(`citedDocuments.${i}.agencies`, count(d.agencies))))),
        { id: 'cited-documents' }));
}

function commendations(s) {
  const years = Object.entries(s.commendationsByYear ?? {});
  const yearText = (y) => (y == null || y === 'UNSPECIFIED' ? t('unspecifiedYear') : y);
  return card(t('commendationsTitle'),
    h('h3', {}, t('commendationsByYear')),
    years.length === 0 ? h('p', { class: 'muted' }, t('none')) : [
      chartBox((el) => charts.columns(el, years.map(([y]) => yearText(y)), years.map(([, v]) => v)), 'short', t('commendationsByYear')),
      table([t('year'), t('count')], years.map(([y, v]) => h('tr', {},
        h('td', {}, yearText(y)), h('td', {}, figure(`commendationsByYear.${y}`, count(v)))))),
      table([t('form'), t('recipient'), t('count')], s.commendations.map((c) => h('tr', {},
        h('td', {}, label(c.form)), h('td', {}, label(c.recipientKind)),
        h('td', {}, figure(`commendations.${c.form}.${c.recipientKind}`, count(c.count)))))),
    ],
    h('h3', {}, t('titles')),
    s.emulationTitles.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : table([t('titleName'), t('year'), t('count')], s.emulationTitles.map((x) => h('tr', {},
        h('td', {}, label(x.title)), h('td', {}, yearText(x.year)),
        h('td', {}, figure(`emulationTitles.${x.title}.${x.year ?? 'UNSPECIFIED'}`, count(x.count)))))));
}

function provincesCard(round, reporting, names) {
  return card(t('provincesTitle'), reporting.length === 0 ? h('p', { class: 'muted' }, t('none'))
    : table([t('province'), t('agenciesExpected'), t('agenciesReported'), t('reportingRate'), t('onTimeRate'),
      t('agenciesMissing'), t('participationRate'), t('models')],
    reporting.map((p) => h('tr', { 'data-province': p.provinceCode },
      h('td', {}, h('a', { href: hashOf(round.code, p.provinceCode) }, `${p.provinceCode} · ${names.get(p.provinceCode) ?? ''}`)),
      h('td', {}, count(p.agenciesExpected)), h('td', {}, count(p.agenciesReported)),
      h('td', {}, percent(p.reportingRate.value)), h('td', {}, percent(p.onTimeRate.value)),
      h('td', {}, count(p.agenciesMissing)), h('td', {}, percent(p.participationRate.value)),
      h('td', {}, count(p.models.total)))), { id: 'provinces' }));
}

window.addEventListener('hashchange', () => render());
render();
