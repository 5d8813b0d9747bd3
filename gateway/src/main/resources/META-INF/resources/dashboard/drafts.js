// Upload the agency's document, see the proposed report beside the text with each field's evidence
// highlighted, correct the JSON, submit. The key stays in sessionStorage, as on the dashboard.
import { session } from './api.js';

const BASE = new URL('../api/v1/', document.baseURI);
const $ = (id) => document.getElementById(id);
let draft = null;

async function call(method, path, body, type) {
  const headers = { Authorization: `Bearer ${$('key').value}`, Accept: 'application/json', 'Accept-Language': 'vi' };
  if (type) {
    headers['Content-Type'] = type;
  }
  const response = await fetch(new URL(path, BASE), { method, headers, body, credentials: 'omit', cache: 'no-cache' });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    const errors = (answer?.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new Error(`${answer?.detail ?? answer?.title ?? `HTTP ${response.status}`}${errors ? ` — ${errors}` : ''}`);
  }
  return answer;
}

function say(text, error = false) {
  $('message').textContent = text;
  $('message').className = error ? 'error' : '';
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
    mark.title = `${e.field} (${e.confidence})`;
    mark.textContent = draft.text.slice(e.start, e.end);
    text.append(mark);
    at = e.end;
  });
  text.append(document.createTextNode(draft.text.slice(at)));
  const list = $('evidence');
  list.replaceChildren();
  spans.forEach((e, i) => {
    const item = document.createElement('li');
    item.textContent = `${e.field} — ${e.quote.slice(0, 80)}`;
    item.addEventListener('click', () => {
      document.querySelectorAll('.draft-text mark.active').forEach((m) => m.classList.remove('active'));
      const mark = $(`evidence-${i}`);
      if (mark) {
        mark.classList.add('active');
        mark.scrollIntoView({ block: 'center' });
      }
    });
    list.append(item);
  });
}

function show(answer) {
  draft = answer;
  $('draft').hidden = false;
  $('report').value = JSON.stringify(draft.report, null, 2);
  showText();
  $('save').disabled = $('submit').disabled = draft.status !== 'OPEN';
}

$('key').value = session.key() ?? '';
$('upload').addEventListener('submit', async (event) => {
  event.preventDefault();
  session.signIn($('key').value);
  const file = $('file').files[0];
  try {
    say('Đang đọc văn bản…');
    const path = `drafts?agency=${encodeURIComponent($('agency').value)}&round=${encodeURIComponent($('round').value)}`;
    show(await call('POST', path, await file.arrayBuffer(), mediaType(file)));
    say(`Đã đọc: ${draft.evidence.length} trường có căn cứ. Hãy kiểm tra, sửa rồi nộp.`);
  } catch (e) {
    say(e.message, true);
  }
});
$('save').addEventListener('click', async () => {
  try {
    show(await call('PUT', `drafts/${draft.id}`, $('report').value, 'application/json'));
    say('Đã lưu dự thảo.');
  } catch (e) {
    say(e.message, true);
  }
});
$('submit').addEventListener('click', async () => {
  try {
    const report = await call('POST', `drafts/${draft.id}/submit`);
    say(`Đã nộp báo cáo ${report.id}.`);
    $('save').disabled = $('submit').disabled = true;
  } catch (e) {
    say(e.message, true);
  }
});
