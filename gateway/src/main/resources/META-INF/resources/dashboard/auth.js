// Officers sign in at the identity provider (OpenID Connect, authorization code with PKCE S256),
// in plain JS: no library, no build step. The gateway says which provider in oidc.json (404: none,
// the page keeps its API-key form). The verifier, the state and the tokens live in sessionStorage
// only (this tab; never a URL after the code is exchanged, never localStorage). The access token is
// renewed with the refresh token before it expires; signing out ends the provider's session too.

const TOKENS = 'vhcs.oidc.tokens';
const PENDING = 'vhcs.oidc.pending';
// set on signing out, so that the page the provider sends back to offers to sign in again instead of
// going straight back to the login page (the return address is the page itself, as registered)
const SIGNED_OUT = 'vhcs.oidc.signedOut';
/** Renew this long before the access token expires (a request in flight must not carry a dead token). */
const EARLY_MS = 60_000;

let settings; // undefined: not read yet; null: OIDC is off
let metadata;
let renewal;
let renewing = null;

/** The page's own address, where the provider sends the officer back (no query, no hash). */
export function pageUrl() {
  return new URL('./', location.href).href;
}

/** {issuer, clientId} of the gateway's provider, or null when the gateway accepts API keys only. */
export async function oidcSettings() {
  if (settings !== undefined) return settings;
  try {
    const answer = await fetch(new URL('oidc.json', pageUrl()), { cache: 'no-cache', credentials: 'omit' });
    settings = answer.ok ? await answer.json() : null;
  } catch {
    settings = null;
  }
  return settings;
}

async function provider() {
  if (metadata) return metadata;
  const { issuer } = await oidcSettings();
  const answer = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
    { credentials: 'omit' });
  if (!answer.ok) throw new Error(`OpenID discovery: HTTP ${answer.status}`);
  metadata = await answer.json();
  return metadata;
}

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function random() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(TOKENS));
  } catch {
    return null;
  }
}

function store(answer) {
  const previous = stored();
  const tokens = {
    access: answer.access_token,
    refresh: answer.refresh_token ?? previous?.refresh,
    id: answer.id_token ?? previous?.id,
    expiresAt: Date.now() + (answer.expires_in ?? 300) * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  schedule(tokens);
  return tokens;
}

function schedule(tokens) {
  clearTimeout(renewal);
  if (tokens?.refresh) {
    renewal = setTimeout(() => renew().catch(() => {}), Math.max(5_000, tokens.expiresAt - Date.now() - EARLY_MS));
  }
}

/** Whether this tab holds an officer's tokens. */
export function signedIn() {
  return stored() != null;
}

/** Forgets this tab's tokens (the provider's session is ended by signOut). */
export function forget() {
  clearTimeout(renewal);
  sessionStorage.removeItem(TOKENS);
}

/** Sends the officer to the provider's login page; she comes back to the same view (its hash). */
export async function signIn() {
  const [{ clientId }, meta] = await Promise.all([oidcSettings(), provider()]);
  const verifier = random();
  const state = random();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.removeItem(SIGNED_OUT);
  sessionStorage.setItem(PENDING, JSON.stringify({ state, verifier, hash: location.hash }));
  const url = new URL(meta.authorization_endpoint);
  url.search = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: pageUrl(),
    scope: 'openid profile', state, code_challenge: challenge, code_challenge_method: 'S256' }).toString();
  location.assign(url.href);
}

async function tokenRequest(form) {
  const meta = await provider();
  const answer = await fetch(meta.token_endpoint, { method: 'POST', credentials: 'omit',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  const body = await answer.json().catch(() => null);
  if (!answer.ok) throw new Error(body?.error_description ?? body?.error ?? `HTTP ${answer.status}`);
  return body;
}

/**
 * On the way back from the provider (?code=…&state=…): checks the state, exchanges the code with
 * the verifier, and takes the code out of the address. True when the officer has just signed in.
 */
export async function completeSignIn() {
  const query = new URLSearchParams(location.search);
  if (!query.has('state') || !(query.has('code') || query.has('error'))) return false;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', pageUrl() + (pending?.hash ?? ''));
  if (query.has('error')) throw new Error(query.get('error_description') ?? query.get('error'));
  if (!pending || pending.state !== query.get('state')) throw new Error('state mismatch');
  const { clientId } = await oidcSettings();
  store(await tokenRequest({ grant_type: 'authorization_code', code: query.get('code'), redirect_uri: pageUrl(),
    client_id: clientId, code_verifier: pending.verifier }));
  return true;
}

/** Renews the tokens with the refresh token (one renewal at a time); forgets them when refused. */
export async function renew() {
  if (renewing) return renewing;
  const tokens = stored();
  if (!tokens?.refresh) throw new Error('no refresh token');
  renewing = (async () => {
    try {
      const { clientId } = await oidcSettings();
      return store(await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh, client_id: clientId }));
    } catch (e) {
      forget();
      throw e;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

/** The access token to send as Bearer, renewed first when it is about to expire; null when signed out. */
export async function accessToken() {
  const tokens = stored();
  if (!tokens) return null;
  if (tokens.expiresAt - Date.now() < EARLY_MS / 2) {
    try {
      return (await renew()).access;
    } catch {
      return null;
    }
  }
  if (!renewal) schedule(tokens);
  return tokens.access;
}

/** Whether the officer signed out in this tab (and has not signed in again). */
export function signedOut() {
  return sessionStorage.getItem(SIGNED_OUT) != null;
}

/** Forgets the tokens and ends the provider's session; the provider sends the browser back to the page. */
export async function signOut() {
  const tokens = stored();
  forget();
  sessionStorage.setItem(SIGNED_OUT, '1');
  const [{ clientId }, meta] = await Promise.all([oidcSettings(), provider()]);
  if (!meta.end_session_endpoint) {
    location.assign(pageUrl());
    return;
  }
  const url = new URL(meta.end_session_endpoint);
  const query = { client_id: clientId, post_logout_redirect_uri: pageUrl() };
  if (tokens?.id) query.id_token_hint = tokens.id;
  url.search = new URLSearchParams(query).toString();
  location.assign(url.href);
}

/** The signed-in officer's name and username from the ID token (shown, never trusted: the gateway checks the access token). */
export function profile() {
  const id = stored()?.id;
  if (!id) return null;
  try {
    const payload = id.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
    return { name: claims.name ?? claims.preferred_username, username: claims.preferred_username };
  } catch {
    return null;
  }
}
