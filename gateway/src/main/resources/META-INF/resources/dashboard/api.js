// The gateway's API, called with the key the user typed in. The key lives in sessionStorage only:
// this browser tab, never a URL, never localStorage.
import { lang } from './i18n.js';

const KEY = 'vhcs.dashboard.apiKey';
const BASE = new URL('../api/v1/', document.baseURI);

export const session = {
  key: () => sessionStorage.getItem(KEY),
  signIn: (key) => sessionStorage.setItem(KEY, key),
  signOut: () => sessionStorage.removeItem(KEY),
};

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
  return call('POST', path, session.key());
}

async function call(method, path, key) {
  const response = await fetch(new URL(path, BASE), {
    method,
    headers: { Authorization: `Bearer ${key}`, Accept: 'application/json', 'Accept-Language': lang() },
    credentials: 'omit',
    cache: 'no-cache',
  });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // no problem document: the status says enough
    }
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
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
