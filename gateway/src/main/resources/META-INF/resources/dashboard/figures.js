// The figure catalogue (GET /api/v1/figures): what each figure is called in the page's language and
// where it stands in the report outline. No figure's label is written here: the catalogue names them,
// in the outline's order the API answers in. Without a catalogue (an older gateway: 404) the page
// shows the figures it showed before under their codes, and no table of the reported figures.
import { getOrNull } from './api.js';
import { card, figure, h, table } from './dom.js';
import { count, lang, percent, statedPercent, t } from './i18n.js';

let asked = null;
let known = null; // the catalogue last read, for what names a figure synchronously (series.js)

/** The catalogue's definitions, in the API's (outline) order; null when there is none to be had. */
export function catalogue() {
  if (asked == null) {
    // one page holds the whole catalogue (at most 200 figures: a round asks for a few dozen)
    asked = getOrNull('figures?size=200').then((page) => (page && Array.isArray(page.items) ? page.items : null),
      () => null);
    // a catalogue that was not there is asked for again on the next view, not remembered as missing
    asked.then((list) => {
      if (list == null) asked = null;
      else known = list;
    });
  }
  return asked;
}

/** A figure's name by its code, from the catalogue last read (the code itself before one was read). */
export function figureName(code) {
  return labelOf(known?.find((d) => d.code === code), code);
}

/** A definition's label in the page's language (Vietnamese when it has no other); the code without one. */
export function labelOf(definition, code) {
  const labels = definition?.label;
  return (lang() === 'en' && labels?.en) || labels?.vi || code;
}

/**
 * The codes of `figures` (an object keyed by code) in the catalogue's order, each with its label and
 * definition; codes the catalogue does not know come last, under their code. Without a catalogue:
 * the object's own order, under their codes.
 */
export function inOrder(defs, figures) {
  const codes = Object.keys(figures ?? {});
  if (defs == null) return codes.map((code) => ({ code, label: code }));
  const known = defs.filter((d) => codes.includes(d.code))
    .map((d) => ({ code: d.code, label: labelOf(d, d.code), definition: d }));
  const unknown = codes.filter((code) => !defs.some((d) => d.code === code)).map((code) => ({ code, label: code }));
  return [...known, ...unknown];
}

/** The number that says most of a figure's statistic, by its kind. */
function main(f, definition) {
  switch (f.kind) {
    case 'SHARE': {
      // a share is a Measure: its rate over the agencies with a base (null over none)
      return percent(f.share?.rate?.value);
    }
    case 'PERCENT':
      return f.percent?.mean == null ? t('dash')
        : `${statedPercent(f.percent.mean)} (${statedPercent(f.percent.min)} – ${statedPercent(f.percent.max)})`;
    case 'COUNT':
      return count(f.sum);
    case 'YES_NO': {
      const answering = (f.yes ?? 0) + (f.no ?? 0);
      const value = f.coverage?.value ?? (answering === 0 ? null : (f.yes ?? 0) / answering);
      return `${t('figureYes', count(f.yes ?? 0), count(answering))} · ${percent(value)}`;
    }
    case 'ORDINAL':
      return Object.entries(f.levels ?? {}).map(([level, n]) => {
        const named = definition?.levels?.find((l) => l.code === level);
        return `${labelOf(named, level)}: ${count(n)}`;
      }).join(' · ') || t('dash');
    case 'LIST': {
      const names = (f.names ?? []).slice(0, 5).map((n) => `${n.name} (${count(n.agencies)})`).join('; ');
      return names ? `${count(f.items)} — ${names}` : count(f.items);
    }
    case 'TEXT':
      return t('figureGathered');
    default:
      return t('dash');
  }
}

/** One row per figure of the statistics' `figures`, in the outline's order; nothing without a catalogue. */
export function figuresCard(stats, defs) {
  if (defs == null || stats.figures == null || Object.keys(stats.figures).length === 0) return null;
  const rows = inOrder(defs, stats.figures).map(({ code, label, definition }) => {
    const f = stats.figures[code];
    return h('tr', { 'data-catalogue-figure': code },
      h('th', { scope: 'row' }, label),
      h('td', {}, figure(`figures.${code}.agenciesStating`, count(f.agenciesStating))),
      h('td', {}, figure(`figures.${code}.value`, main(f, definition))));
  });
  return card(t('figuresTitle'), h('p', { class: 'muted' }, t('figuresHelp')),
    table([t('figure'), t('stating'), t('figureValue')], rows, { id: 'figures' }));
}
