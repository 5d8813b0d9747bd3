// The gateway's API, called with the officer's access token (auth.js) or, for an admin who chose
// it, the key she typed in. Both live in sessionStorage only: this browser tab, never a URL, never
// localStorage.
import * as auth from './auth.js';
import { lang } from './i18n.js';

const KEY = 'vhcs.dashboard.apiKey';
const BASE = new URL('../api/v1/', document.baseURI);

export const session = {
  key: () => sessionStorage.getItem(KEY),
  signIn: (key) => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.removeItem(KEY),
  /** Signed in with a key or as an officer. */
  active: () => sessionStorage.getItem(KEY) != null || auth.signedIn(),
};

/** What goes after "Bearer": the tab's key, else the officer's access token (renewed when due). */
async function bearer(key) {
  return key ?? session.key() ?? await auth.accessToken();
}

/** An answer other than 2xx, with the problem document the API sent. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** GET a path under /api/v1 ("statistics/rounds/R/national") with the session's key; the parsed JSON. */
export async function get(path, key = session.key()) {
  return call('GET', path, key);
}

/** POST to a path under /api/v1 without a body (an action, like reminders); the parsed JSON answer. */
export async function post(path) {
  return call('POST', path);
}

/** Any method with an optional JSON body and extra headers (If-Match…); the parsed JSON answer. */
export async function send(method, path, body, headers = {}) {
  return call(method, path, undefined, body, headers);
}

/**
 * A file of the API (Accept: its media type) fetched with the session's credentials and handed to
 * the browser as a download through a blob link: a plain link could not carry the Bearer token.
 * Answers the response's status and media type.
 */
export async function download(path, accept, fallbackName) {
  const response = await fetch(new URL(path, BASE), { headers: { Authorization: `Bearer ${await bearer()}`,
    Accept: accept, 'Accept-Language': lang() }, credentials: 'omit', cache: 'no-cache' });
  if (!response.ok) throw await failure(response);
  const blob = await response.blob();
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: response.status, type: response.headers.get('Content-Type'), name };
}

async function failure(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // no problem document: the status says enough
  }
  return new ApiError(response.status, problem, response.headers.get('Retry-After'));
}

async function call(method, path, key, body, extra = {}) {
  const headers = { Authorization: `Bearer ${await bearer(key)}`, Accept: 'application/json',
    'Accept-Language': lang(), ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(new URL(path, BASE), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-cache',
  });
  if (!response.ok) {
    throw await failure(response);
  }
  return response.json();
}

/** null instead of an error for the answers that mean "not for you" or "not there". */
export async function getOrNull(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 403 || e.status === 404)) {
      return null;
    }
    throw e;
  }
}

/** Every item of a paged list (size 200 a page). */
export async function all(path) {
  const items = [];
  for (let page = 0; ; page++) {
    const sep = path.includes('?') ? '&' : '?';
    const answer = await get(`${path}${sep}size=200&page=${page}`);
    items.push(...answer.items);
    if ((page + 1) * 200 >= answer.total) {
      return items;
    }
  }
}
