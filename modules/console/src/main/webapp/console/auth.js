// OpenID Connect sign-in: authorization code flow with PKCE (S256) for the public client
// qgate-console. Tokens live in sessionStorage (this tab only), never in localStorage.

const STORE = 'qgate.tokens';
const PENDING = 'qgate.signin';
const REFRESH_MARGIN_MS = 45_000;

let config = null;
let tokens = null;
let refreshTimer = null;
let onExpired = () => {};
let earlyExchange = null;

/** The console's own URL without query or fragment: the redirect and post-logout URI. */
export function consoleUrl() {
  return window.location.origin + window.location.pathname;
}

function endpoint(name, issuer = config.issuer) {
  return `${issuer.replace(/\/+$/, '')}/protocol/openid-connect/${name}`;
}

function base64url(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(byteCount = 32) {
  return base64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

async function s256(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** The claims of a JWT (not verified here: the API verifies every token it is sent). */
export function claims(jwt) {
  const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const padded = payload + '='.repeat((4 - (payload.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** Sends the browser to the identity provider's login page; returns to the current view. */
export async function signIn() {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({
    verifier, state, hash: window.location.hash, issuer: config.issuer, clientId: config.clientId,
  }));
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: consoleUrl(),
    scope: 'openid',
    state,
    code_challenge: await s256(verifier),
    code_challenge_method: 'S256',
  });
  window.location.assign(`${endpoint('auth')}?${params}`);
}

async function tokenRequest(form, issuer = config.issuer, clientId = config.clientId) {
  const response = await fetch(endpoint('token', issuer), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, ...form }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.error_description || body.error || `token endpoint answered ${response.status}`);
  }
  return body;
}

function keep(body) {
  tokens = {
    access: body.access_token,
    refresh: body.refresh_token || (tokens && tokens.refresh),
    id: body.id_token || (tokens && tokens.id),
    expiresAt: Date.now() + (body.expires_in || 300) * 1000,
  };
  sessionStorage.setItem(STORE, JSON.stringify(tokens));
  scheduleRefresh();
}

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  const wait = Math.max(5_000, tokens.expiresAt - Date.now() - REFRESH_MARGIN_MS);
  refreshTimer = setTimeout(refresh, wait);
}

async function refresh() {
  if (!tokens || !tokens.refresh) return expire();
  try {
    keep(await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh }));
  } catch {
    expire();
  }
}

/** Forgets the tokens and tells the console the session is over. */
export function expire() {
  clearTimeout(refreshTimer);
  tokens = null;
  sessionStorage.removeItem(STORE);
  onExpired();
}

/** The token request that trades the redirect's code for tokens, with this tab's PKCE verifier. */
function codeGrant(query, pending) {
  return {
    grant_type: 'authorization_code',
    code: query.get('code'),
    redirect_uri: consoleUrl(),
    code_verifier: pending.verifier,
  };
}

/**
 * On the identity provider's redirect back, starts the code-for-token exchange at once, with the
 * issuer and client this tab remembered when it left, so that it runs alongside the console's
 * config request rather than after it; start() takes its answer if the config names the same
 * issuer and client. A code whose state does not match this tab's request is never sent.
 */
export function exchangeEarly() {
  const query = new URLSearchParams(window.location.search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  if (!query.has('code') || !pending || !pending.issuer || pending.state !== query.get('state')) return;
  earlyExchange = {
    issuer: pending.issuer,
    clientId: pending.clientId,
    answer: tokenRequest(codeGrant(query, pending), pending.issuer, pending.clientId),
  };
  earlyExchange.answer.catch(() => {}); // awaited, and reported, by start()
}

/**
 * Starts the session: finishes a sign-in the identity provider redirected back with, or resumes
 * the tokens this tab holds. Returns true when signed in.
 */
export async function start(consoleConfig, expired) {
  config = consoleConfig;
  onExpired = expired;
  const query = new URLSearchParams(window.location.search);
  if (query.has('code') || query.has('error')) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    window.history.replaceState(null, '', consoleUrl() + ((pending && pending.hash) || ''));
    if (query.has('error')) throw new Error(query.get('error_description') || query.get('error'));
    if (!pending || pending.state !== query.get('state')) {
      throw new Error('the sign-in answer does not match the request this tab made: sign in again');
    }
    const early = earlyExchange;
    earlyExchange = null;
    keep(early && early.issuer === config.issuer && early.clientId === config.clientId
      ? await early.answer
      : await tokenRequest(codeGrant(query, pending)));
    return true;
  }
  tokens = JSON.parse(sessionStorage.getItem(STORE) || 'null');
  if (!tokens) return false;
  if (tokens.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    await refresh();
    return tokens !== null;
  }
  scheduleRefresh();
  return true;
}

/** The bearer token for API calls, or null when signed out. */
export function accessToken() {
  return tokens ? tokens.access : null;
}

/** Who is signed in: name, roles (claim groups) and tenants (claim tenants). */
export function user() {
  if (!tokens) return null;
  const c = claims(tokens.access);
  return {
    name: c.preferred_username || c.upn || c.sub || 'unknown',
    roles: Array.isArray(c.groups) ? c.groups : [],
    tenants: (Array.isArray(c.tenants) ? c.tenants : []).map((t) => String(t).toUpperCase()),
  };
}

/** Ends the session here and at the identity provider, then comes back to the console. */
export function signOut() {
  const idToken = tokens && tokens.id;
  clearTimeout(refreshTimer);
  tokens = null;
  sessionStorage.removeItem(STORE);
  const params = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: consoleUrl() });
  if (idToken) params.set('id_token_hint', idToken);
  window.location.assign(`${endpoint('logout')}?${params}`);
}
