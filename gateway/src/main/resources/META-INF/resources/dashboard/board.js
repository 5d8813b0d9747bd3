// The province board's work on the page: downloads (XLSX, Word), the lock, the review queue, the
// views by agency kind and by bloc. Every button that acts carries a stable data-action for tests;
// the gateway checks every right again (the page only leaves out what the officer may not do).
import { ApiError, all, download, get, send } from './api.js';
import * as charts from './charts.js';
import { append, card, chartBox, figure, h, table } from './dom.js';
import { count, dateTime, label, percent, t } from './i18n.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const QUEUE_STATES = ['SUBMITTED', 'RETURNED', 'ACCEPTED'];

/** An admin, or the board of this province. */
export function boardOf(me, province) {
  return me != null && (me.role === 'ADMIN' || me.role === 'BOARD' && (me.provinces ?? []).includes(province));
}

function problemText(e) {
  if (e instanceof ApiError) {
    const fields = (e.problem?.errors ?? []).map((x) => `${x.field}: ${x.message}`).join('; ');
    return `${e.message}${fields ? ` — ${fields}` : ''}`;
  }
  return t('failed', e.message);
}

function say(element, text, kind = '') {
  element.className = kind;
  element.textContent = text;
}

/** A button that runs an action once at a time and says how it went in `result`. */
function actionButton(action, text, result, run, attrs = {}) {
  const button = h('button', { type: 'button', 'data-action': action, ...attrs }, text);
  button.addEventListener('click', async () => {
    button.disabled = true;
    say(result, t('working'), 'muted');
    try {
      await run();
    } catch (e) {
      say(result, problemText(e), 'error');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

// ---------- downloads ----------

/**
 * The province's (or, with province 'national', the nation's) workbook and Word report, as the view
 * shows it: as reported or on the 2025 map. The result element keeps the last answer's status and
 * media type (data-status, data-type) for tests.
 */
export function downloadsCard(round, province, map2025) {
  const r = encodeURIComponent(round.code);
  const base = province === 'national' ? `statistics/rounds/${r}/national`
    : `statistics/rounds/${r}/provinces/${encodeURIComponent(province)}`;
  const query = map2025 ? '?boundaries=2025' : '';
  const result = h('p', { id: 'download-result', role: 'status' });
  const name = `${round.code}-${province}${map2025 ? '-2025' : ''}`;
  const fetchFile = (path, type, file) => async () => {
    const answer = await download(path, type, file);
    result.dataset.status = answer.status;
    result.dataset.type = answer.type;
    say(result, t('downloaded', answer.name));
  };
  return card(t('downloadsTitle'),
    h('p', { class: 'muted' }, map2025 ? t('downloadsMap2025') : t('downloadsAsReported')),
    h('div', { class: 'buttons' },
      actionButton('download-xlsx', t('downloadXlsx'), result, fetchFile(`${base}${query}`, XLSX, `${name}.xlsx`)),
      actionButton('download-docx', t('downloadDocx'), result,
        fetchFile(`${base}/report.docx${query}`, DOCX, `${name}.docx`))),
    result);
}

// ---------- the lock ----------

export async function lockCard(round, province, me) {
  const path = `rounds/${encodeURIComponent(round.code)}/provinces/${encodeURIComponent(province)}/lock`;
  const body = h('div', { id: 'lock' });
  const result = h('p', { id: 'lock-result', role: 'status' });
  const show = (lock) => {
    body.dataset.locked = lock.locked;
    const reason = h('input', { id: 'unlock-reason', name: 'reason', maxlength: 2000 });
    body.replaceChildren();
    append(body, [
      h('p', { id: 'lock-state' }, lock.locked ? t('lockedSince', dateTime(lock.lockedAt), lock.lockedBy ?? t('dash'),
        lock.snapshot ?? t('dash')) : t('notLocked')),
      !lock.locked && boardOf(me, province) && actionButton('lock', t('lock'), result, async () => {
        show(await send('PUT', path));
        say(result, t('lockedNow'));
      }),
      lock.locked && me?.role === 'ADMIN' && h('div', { class: 'field' },
        h('label', { for: 'unlock-reason' }, t('unlockReason')), reason,
        actionButton('unlock', t('unlock'), result, async () => {
          if (!reason.value.trim()) {
            say(result, t('reasonRequired'), 'error');
            reason.focus();
            return;
          }
          show(await send('DELETE', `${path}?reason=${encodeURIComponent(reason.value.trim())}`));
          say(result, t('unlockedNow'));
        })),
      lock.history.length > 0 && table([t('lockAction'), t('actedBy'), t('at'), t('reason')],
        lock.history.map((e) => h('tr', {}, h('td', {}, t(e.action)), h('td', {}, e.actedBy),
          h('td', {}, dateTime(e.at)), h('td', {}, e.reason ?? (e.snapshot ? t('snapshotNo', e.snapshot) : t('dash'))))),
        { id: 'lock-history', 'aria-label': t('lockHistory') })]);
  };
  show(await get(path));
  return card(t('lockTitle'), h('p', { class: 'muted' }, t('lockHelp')), body, result);
}

// ---------- the review queue ----------

function queueState(report) {
  return report.review?.decision ?? 'SUBMITTED';
}

function reportDetails(report) {
  const d = report.document ?? {};
  const w = report.workforce ?? {};
  const fig = (f) => (f == null ? t('dash') : typeof f === 'number' ? count(f)
    : [f.count != null && count(f.count), f.percent != null && `${f.percent} %`].filter(Boolean).join(' · '));
  const rows = [
    [t('documentNumber'), d.number ?? t('dash')],
    [t('signer'), [d.signerTitle, d.signerName].filter(Boolean).join(' ') || t('dash')],
    [t('workforceTotal'), fig(w.total)],
    [t('participating'), fig(w.participating)],
    [t('commitmentsSigned'), fig(w.commitmentsSigned)],
    [t('ownDirectives'), count(report.directives.length)],
    [t('modelsTitle'), report.models.map((m) => m.name).join('; ') || t('dash')],
    [t('commendationsTitle'), count(report.commendations.length)],
  ];
  return h('dl', { class: 'details' }, rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    report.narrative?.results && [h('dt', {}, t('results')), h('dd', {}, report.narrative.results.slice(0, 600))]);
}

/** Reports of the province in the round: submitted (to review), returned, accepted; open one to decide. */
export async function reviewCard(round, province, me) {
  const list = `reports?province=${encodeURIComponent(province)}&round=${encodeURIComponent(round.code)}`;
  const mayReview = boardOf(me, province);
  const body = h('div', {});
  const result = h('p', { id: 'review-result', role: 'status' });
  const filter = h('select', { id: 'review-filter', name: 'review-filter' },
    h('option', { value: '' }, t('allStates')), QUEUE_STATES.map((s) => h('option', { value: s }, t(`queue${s}`))));
  let reports = [];
  const decide = (report, decision, comment) => async () => {
    if (decision === 'RETURNED' && !comment.value.trim()) {
      say(result, t('commentRequired'), 'error');
      comment.focus();
      return;
    }
    const answer = await send('POST', `reports/${report.id}/review`,
      decision === 'RETURNED' ? { decision, comment: comment.value.trim() } : { decision },
      { 'If-Match': `"${report.version}"` });
    say(result, t(decision === 'ACCEPTED' ? 'acceptedNow' : 'returnedNow', report.agencyCode));
    reports = reports.map((x) => (x.id === answer.id ? answer : x));
    show();
  };
  const detailRow = (report, colspan) => {
    const id = `comment-${report.id}`;
    const comment = h('textarea', { id, name: 'comment', rows: 2, maxlength: 2000 });
    return h('tr', { class: 'detail', 'data-report-detail': report.id }, h('td', { colspan },
      reportDetails(report),
      mayReview && report.status !== 'WITHDRAWN' && h('div', { class: 'review-form' },
        h('label', { for: id }, t('reviewComment')), comment,
        h('div', { class: 'buttons' },
          actionButton('accept', t('accept'), result, decide(report, 'ACCEPTED', comment)),
          actionButton('return', t('return'), result, decide(report, 'RETURNED', comment))))));
  };
  const show = () => {
    const shown = reports.filter((r) => r.status !== 'WITHDRAWN' && (!filter.value || queueState(r) === filter.value));
    const headers = [t('agency'), t('version'), t('queueState'), t('submittedAt'), t('reviewComment'), t('open')];
    body.replaceChildren(shown.length === 0 ? h('p', { class: 'muted' }, t('none'))
      : table(headers, shown.flatMap((r) => {
        const open = h('button', { type: 'button', 'data-action': 'open', 'aria-expanded': 'false' }, t('open'));
        const row = h('tr', { 'data-report': r.id, 'data-review-state': queueState(r) },
          h('td', {}, r.agencyCode), h('td', {}, count(r.version)),
          h('td', {}, h('span', { class: `badge state-${queueState(r).toLowerCase()}` }, t(`queue${queueState(r)}`))),
          h('td', {}, dateTime(r.submittedAt)), h('td', {}, r.review?.comment ?? t('dash')), h('td', {}, open));
        open.addEventListener('click', () => {
          const next = row.nextElementSibling;
          if (next?.dataset.reportDetail === r.id) {
            next.remove();
            open.setAttribute('aria-expanded', 'false');
          } else {
            row.after(detailRow(r, headers.length));
            open.setAttribute('aria-expanded', 'true');
          }
        });
        return [row];
      }), { id: 'review-queue', 'aria-label': t('reviewTitle') }));
  };
  filter.addEventListener('change', show);
  reports = await all(list);
  show();
  return card(t('reviewTitle'), h('label', { class: 'inline' }, h('span', {}, t('showOnly')), filter), body, result);
}

// ---------- by agency kind, by bloc ----------

function breakdownTable(id, name, rows, nameOf) {
  return table([name, t('agenciesExpected'), t('agenciesReported'), t('reportingRate'), t('onTimeRate'),
    t('agenciesMissing'), t('participationRate'), t('models')],
  rows.map(([key, k]) => h('tr', { [`data-${id}`]: key },
    h('th', { scope: 'row' }, nameOf(key)), h('td', {}, figure(`${id}.${key}.agenciesExpected`, count(k.agenciesExpected))),
    h('td', {}, figure(`${id}.${key}.agenciesReported`, count(k.agenciesReported))),
    h('td', {}, percent(k.reportingRate?.value)), h('td', {}, percent(k.onTimeRate?.value)),
    h('td', {}, count(k.agenciesMissing)), h('td', {}, percent(k.participationRate?.value)), h('td', {}, count(k.models)))),
  { id: `by-${id}`, 'aria-label': name });
}

/** The round's figures by agency kind and by bloc (absent from older answers: left out). */
export function breakdownCard(stats) {
  const kinds = Object.entries(stats.byAgencyKind ?? {});
  const blocs = Object.entries(stats.byBloc ?? {});
  if (kinds.length === 0 && blocs.length === 0) return null;
  const rate = (k) => (k.reportingRate?.value == null ? null : Math.round(k.reportingRate.value * 1000) / 10);
  return card(t('breakdownTitle'),
    kinds.length > 0 && [h('h3', {}, t('byKind')),
      chartBox((el) => charts.bars(el, kinds.map(([k, v]) => [label(k), rate(v)]), { percent: true }), 'short',
        t('byKindChart')),
      breakdownTable('kind', t('kind'), kinds, label)],
    blocs.length > 0 && [h('h3', {}, t('byBloc')), breakdownTable('bloc', t('bloc'), blocs, (b) => b)]);
}
