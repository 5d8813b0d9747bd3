// The proposed report as a form for the agency's clerk: one field per figure with the quote it was
// read from beside it, lists of directives and models with rows to add and remove, and the API's
// validation messages next to the fields they name (problem+json `errors[].field`, a JSON path such
// as `workforce.participating` or `models[2].sector`). What the form does not show (commendations,
// titles…) is sent back as it was read.
import { h } from './dom.js';
import { label, t } from './i18n.js';

const QUALIFIERS = ['EXACT', 'MORE_THAN', 'AT_LEAST', 'APPROXIMATELY', 'LESS_THAN'];
const DIRECTIVE_KINDS = ['PLAN', 'DECISION', 'GUIDANCE', 'OFFICIAL_LETTER', 'REGULATION', 'DIRECTIVE', 'RESOLUTION', 'OTHER'];
const SECTORS = ['ADMINISTRATION', 'HEALTH', 'EDUCATION', 'ENTERPRISE', 'PUBLIC_SERVICE', 'OTHER'];
const NARRATIVE = ['advantages', 'difficulties', 'leadership', 'communication', 'results', 'goodPractices', 'impact',
  'inspection', 'limitations', 'lessons', 'nextTasks', 'proposals'];
const SINGLE = [
  ['document', [['document.number', 'text'], ['document.issuedOn', 'date'], ['document.signerName', 'text'],
    ['document.signerTitle', 'text']]],
  ['workforce', [['workforce.total', 'count'], ['workforce.participating', 'figure'],
    ['workforce.commitmentsSigned', 'figure']]],
  ['memberUnits', [['memberUnits.total', 'count'], ['memberUnits.withCultureRules', 'figure'],
    ['memberUnits.withPlans', 'figure']]],
  ['indicators', [['indicators.computerEquipmentPercent', 'percentage'],
    ['indicators.citizenSatisfactionPercent', 'percentage'], ['indicators.digitizedProceduresPercent', 'percentage']]],
  ['inspections', [['inspections.held', 'count'], ['inspections.violationsFound', 'count'],
    ['inspections.violationsHandled', 'count'], ['modelsRegistered', 'count']]],
];

let counter = 0;
const fresh = (path) => `f-${path.replace(/[^A-Za-z0-9]/g, '-')}-${++counter}`;

function at(object, path) {
  return path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), object);
}

function put(object, path, value) {
  const keys = path.split('.');
  let o = object;
  keys.slice(0, -1).forEach((k) => { o = o[k] ??= {}; });
  if (value === undefined) delete o[keys[keys.length - 1]];
  else o[keys[keys.length - 1]] = value;
}

/** The quotes the evidence gives for a path (the field itself, or a list row: `models[1]`). */
function quotes(evidence, path) {
  return evidence.filter((e) => e.field === path || e.field.startsWith(`${path}.`) || e.field.startsWith(`${path}[`));
}

function evidenceBox(evidence, path) {
  const found = quotes(evidence, path);
  return h('div', { class: 'quote', 'data-evidence-for': path },
    found.length === 0 ? h('span', { class: 'muted' }, t('noEvidence'))
      : found.map((e) => h('blockquote', { 'data-start': e.start }, `“${e.quote}”`)));
}

function errorSlot(path) {
  return h('p', { class: 'field-error', 'data-error-for': path, id: fresh(`err-${path}`), hidden: true });
}

function select(id, values, value, withEmpty, text = label) {
  return h('select', { id },
    withEmpty && h('option', { value: '' }, t('dash')),
    values.map((v) => h('option', { value: v, selected: v === value }, text(v))));
}

/** One input (or a small group) for a value of a kind; `read()` gives the value to send (undefined: none). */
function control(path, kind, value) {
  const id = fresh(path);
  if (kind === 'figure' || kind === 'percentage') {
    const f = typeof value === 'number' ? { count: value } : value ?? {};
    const countInput = kind === 'figure' && h('input', { id: `${id}-count`, type: 'number', min: 0, step: 1,
      value: f.count ?? '' });
    const percentInput = h('input', { id: `${id}-percent`, type: 'number', min: 0, max: 100, step: 0.01,
      value: f.percent ?? '' });
    const qualifier = select(`${id}-qualifier`, QUALIFIERS, f.qualifier, true, (q) => t(`q${q}`));
    const group = h('fieldset', { class: 'figure', 'data-path': path },
      h('legend', {}, t(`field.${path}`)),
      countInput && [h('label', { for: `${id}-count` }, t('figureCount')), countInput],
      h('label', { for: `${id}-percent` }, t('figurePercent')), percentInput,
      h('label', { for: `${id}-qualifier` }, t('figureQualifier')), qualifier);
    const read = () => {
      const out = {};
      if (countInput && countInput.value !== '') out.count = Number(countInput.value);
      if (percentInput.value !== '') out.percent = Number(percentInput.value);
      if (qualifier.value) out.qualifier = qualifier.value;
      return Object.keys(out).length === 0 ? undefined : out;
    };
    return { element: group, read, focus: percentInput };
  }
  const input = kind === 'long' ? h('textarea', { id, rows: 4 }, value ?? '')
    : h('input', { id, type: kind === 'count' ? 'number' : kind === 'date' ? 'date' : 'text',
      min: kind === 'count' ? 0 : null, step: kind === 'count' ? 1 : null, value: value ?? '' });
  const read = () => {
    const v = input.value.trim();
    if (v === '') return undefined;
    return kind === 'count' ? Number(v) : v;
  };
  return { element: h('div', { class: 'control', 'data-path': path }, h('label', { for: id }, t(`field.${path}`)), input),
    read, focus: input };
}

/** A row of a field with its evidence and its error slot. */
function fieldRow(path, kind, value, evidence, fields) {
  const c = control(path, kind, value);
  const error = errorSlot(path);
  fields.push({ path, ...c, error });
  return h('div', { class: 'field-row' }, h('div', {}, c.element, error), evidenceBox(evidence, path));
}

/** A list (directives, models): a fieldset per row, with "remove" on each and "add" below. */
function listSection(name, items, columns, evidence, lists) {
  const body = h('div', { class: 'rows' });
  const rows = [];
  const addRow = (item, index) => {
    const controls = columns.map(([key, kind, values]) => {
      const id = fresh(`${name}-${key}`);
      const input = kind === 'select' ? select(id, values, item[key], key !== 'kind' && key !== 'sector')
        : kind === 'long' ? h('textarea', { id, rows: 3 }, item[key] ?? '')
          : h('input', { id, type: kind === 'date' ? 'date' : 'text', value: item[key] ?? '' });
      return { key, input, element: h('div', { class: 'control' }, h('label', { for: id }, t(`${name}.${key}`)), input) };
    });
    const error = errorSlot(`${name}[${index}]`);
    const row = { item, controls, error };
    const remove = h('button', { type: 'button', class: 'secondary', 'data-action': 'remove-row' }, t('removeRow'));
    const element = h('fieldset', { class: 'list-row', 'data-list': name },
      h('legend', {}, t(`${name}.item`, index + 1)), controls.map((c) => c.element), error, remove,
      index >= 0 && item.fromDraft && evidenceBox(evidence, `${name}[${index}]`));
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      element.remove();
    });
    row.element = element;
    rows.push(row);
    body.append(element);
    return row;
  };
  items.forEach((item, i) => addRow({ ...item, fromDraft: true }, i));
  const add = h('button', { type: 'button', 'data-action': `add-${name}` }, t(`${name}.add`));
  add.addEventListener('click', () => addRow({}, rows.length).controls[0].input.focus());
  lists.push({ name, rows, read: () => rows.map((r) => {
    const out = { ...r.item };
    delete out.fromDraft;
    r.controls.forEach((c) => {
      const v = c.input.value.trim();
      if (v === '') delete out[c.key];
      else out[c.key] = v;
    });
    return out;
  }) });
  return h('section', { class: 'form-section', id: `section-${name}` }, h('h3', {}, t(`section.${name}`)), body, add);
}

/** Builds the form for a draft; answers {element, read(), showErrors(errors)}. */
export function draftForm(report, evidence) {
  const fields = [];
  const lists = [];
  const sections = SINGLE.map(([name, items]) => h('section', { class: 'form-section', id: `section-${name}` },
    h('h3', {}, t(`section.${name}`)), items.map(([path, kind]) => fieldRow(path, kind, at(report, path), evidence, fields))));
  const directives = listSection('directives', report.directives ?? [], [['kind', 'select', DIRECTIVE_KINDS],
    ['issuer', 'select', ['SELF', 'CITED']], ['number', 'text'], ['issuedOn', 'date'], ['issuedBy', 'text'],
    ['title', 'long']], evidence, lists);
  const models = listSection('models', report.models ?? [], [['name', 'text'], ['sector', 'select', SECTORS],
    ['description', 'long']], evidence, lists);
  const narrative = h('section', { class: 'form-section', id: 'section-narrative' }, h('h3', {}, t('section.narrative')),
    NARRATIVE.map((key) => fieldRow(`narrative.${key}`, 'long', report.narrative?.[key], evidence, fields)));
  const element = h('div', { id: 'report-form' }, sections, directives, models, narrative);

  const read = () => {
    const out = structuredClone(report);
    fields.forEach((f) => put(out, f.path, f.read()));
    lists.forEach((l) => { out[l.name] = l.read(); });
    for (const key of ['document', 'workforce', 'memberUnits', 'indicators', 'inspections', 'narrative']) {
      if (out[key] && Object.keys(out[key]).length === 0) delete out[key];
    }
    return out;
  };

  /** Each message next to the field its path names (or the nearest enclosing one); the rest are answered. */
  const showErrors = (errors) => {
    element.querySelectorAll('.field-error').forEach((e) => { e.hidden = true; e.textContent = ''; });
    element.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    const slots = new Map([...element.querySelectorAll('.field-error')].map((e) => [e.dataset.errorFor, e]));
    lists.forEach((l) => l.rows.forEach((r, i) => slots.set(`${l.name}[${i}]`, r.error)));
    const unplaced = [];
    let first = null;
    for (const e of errors) {
      let path = e.field ?? '';
      while (path && !slots.has(path)) path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      const slot = slots.get(path);
      if (!slot) {
        unplaced.push(e);
        continue;
      }
      slot.hidden = false;
      slot.textContent = slot.textContent ? `${slot.textContent} · ${e.message}` : e.message;
      const input = slot.parentElement.querySelector('input, select, textarea');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', slot.id);
      }
      first ??= input;
    }
    first?.focus();
    return unplaced;
  };
  return { element, read, showErrors };
}
