// Upload the agency's document, see the proposed report as a form beside the text with each field's
// evidence highlighted, correct it, submit. Signed in as an officer (auth.js) the page uses her
// token; otherwise the key typed in, kept in sessionStorage as on the dashboard.
import { ApiError, send, session } from './api.js';
import * as auth from './auth.js';
import { draftForm } from './drafts-form.js';
import { lang, setLang, t } from './i18n.js';

const BASE = new URL('../api/v1/', document.baseURI);
const $ = (id) => document.getElementById(id);
let draft = null;
let form = null;

/** The upload: the document's bytes as they are (not JSON), hence its own fetch. */
async function upload(path, file) {
  const key = $('key').value.trim();
  const token = key || await auth.accessToken();
  const response = await fetch(new URL(path, BASE), { method: 'POST', credentials: 'omit', cache: 'no-cache',
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Accept-Language': lang(),
      'Content-Type': mediaType(file) }, body: await file.arrayBuffer() });
  const answer = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, answer, null);
  return answer;
}

function say(text, error = false) {
  $('message').textContent = text;
  $('message').className = error ? 'error' : '';
}

/** The problem's text; its field errors go next to their fields, those without one are said here. */
function sayProblem(e) {
  if (!(e instanceof ApiError)) {
    say(e.message, true);
    return;
  }
  const unplaced = form ? form.showErrors(e.problem?.errors ?? []) : e.problem?.errors ?? [];
  const rest = unplaced.map((x) => `${x.field}: ${x.message}`).join('; ');
  say(`${e.message}${rest ? ` — ${rest}` : ''}`, true);
}

function mediaType(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (name.endsWith('.pdf')) return 'application/pdf';
  return 'text/plain; charset=UTF-8';
}

/** The text with every evidence span marked (overlaps: the first one wins), built as DOM nodes. */
function showText() {
  const text = $('text');
  text.replaceChildren();
  const spans = [...draft.evidence].sort((a, b) => a.start - b.start);
  let at = 0;
  spans.forEach((e, i) => {
    if (e.start < at) return;
    text.append(document.createTextNode(draft.text.slice(at, e.start)));
    const mark = document.createElement('mark');
    mark.id = `evidence-${i}`;
    mark.title = `${t(`field.${e.field.replace(/\[\d+\].*$/, '')}`)} (${e.confidence})`;
    mark.textContent = draft.text.slice(e.start, e.end);
    text.append(mark);
    at = e.end;
  });
  text.append(document.createTextNode(draft.text.slice(at)));
  const list = $('evidence');
  list.replaceChildren();
  spans.forEach((e, i) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = `${t(`field.${e.field.replace(/\[\d+\].*$/, '')}`)} — ${e.quote.slice(0, 80)}`;
    button.addEventListener('click', () => {
      document.querySelectorAll('.draft-text mark.active').forEach((m) => m.classList.remove('active'));
      const mark = $(`evidence-${i}`);
      if (mark) {
        mark.classList.add('active');
        mark.scrollIntoView({ block: 'center' });
      }
    });
    item.append(button);
    list.append(item);
  });
}

function show(answer) {
  draft = answer;
  $('draft').hidden = false;
  form = draftForm(draft.report, draft.evidence);
  $('report').replaceChildren(form.element);
  showText();
  $('save').disabled = $('submit').disabled = draft.status !== 'OPEN';
}

function translate() {
  document.documentElement.lang = lang();
  document.title = t('draftsTitle');
  document.querySelectorAll('[data-t]').forEach((e) => { e.textContent = t(e.dataset.t); });
  document.querySelector('.actions').setAttribute('aria-label', t('language'));
  $('lang-switch').lang = lang() === 'vi' ? 'en' : 'vi';
}

$('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'vi' ? 'en' : 'vi');
  translate();
  if (draft) show(draft);
});
translate();
// Enter in a field must not send the form anywhere: Save and Submit are the buttons
$('report').addEventListener('submit', (event) => event.preventDefault());
// an officer signed in on the dashboard is never asked for a key
$('key-row').hidden = auth.signedIn() && session.key() == null;
$('key').value = session.key() ?? '';
$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  if ($('key').value.trim()) session.signIn($('key').value.trim());
  const file = $('file').files[0];
  try {
    say(t('reading'));
    const path = `drafts?agency=${encodeURIComponent($('agency').value)}&round=${encodeURIComponent($('round').value)}`;
    show(await upload(path, file));
    say(t('readDone', draft.evidence.length));
  } catch (e) {
    sayProblem(e);
  }
});
$('save').addEventListener('click', async () => {
  try {
    show(await send('PUT', `drafts/${draft.id}`, form.read()));
    say(t('draftSaved'));
  } catch (e) {
    sayProblem(e);
  }
});
$('submit').addEventListener('click', async () => {
  try {
    const report = await send('POST', `drafts/${draft.id}/submit`);
    say(t('draftSubmitted', report.id));
    $('save').disabled = $('submit').disabled = true;
  } catch (e) {
    sayProblem(e);
  }
});
document.body.dataset.state = 'ready';
