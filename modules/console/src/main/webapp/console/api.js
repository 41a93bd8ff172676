// Every call to the platform's API goes through here: relative URLs, the bearer token, and
// RFC 9457 problem documents turned into ApiError (detail shown to the user as the server wrote it).
import { accessToken, expire } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `the server answered ${status}`);
    this.status = status;
    this.title = problem.title;
    this.detail = problem.detail || this.message;
    this.type = problem.type;
    this.errors = problem.errors || [];
  }
}

async function problem(response) {
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      // fall through
    }
  }
  return { title: response.statusText, detail: `the server answered ${response.status} ${response.statusText}` };
}

/**
 * fetch('api/v1/' + path) with the bearer token; resolves to the parsed JSON (or the Response for
 * raw: true), rejects with ApiError. A 401 ends the session (sign in again).
 */
export async function call(method, path, { body, query, raw = false, accept = 'application/json' } = {}) {
  const url = new URL(`api/v1/${path}`, document.baseURI);
  for (const [name, value] of Object.entries(query || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const headers = { Accept: `${accept}, application/problem+json` };
  const token = accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    throw new ApiError(0, { detail: `the platform cannot be reached (${e.message})` });
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await problem(response));
    if (response.status === 401 && token) expire();
    throw error;
  }
  if (raw) return response;
  if (response.status === 204) return null;
  return response.json();
}

export const get = (path, query) => call('GET', path, { query });
export const post = (path, body) => call('POST', path, { body });
export const put = (path, body) => call('PUT', path, { body });
export const del = (path) => call('DELETE', path);

/** Every item of a paged listing (pages of 200, at most `limit` items). */
export async function all(path, query = {}, limit = 2000) {
  const items = [];
  for (let page = 0; ; page += 1) {
    const result = await get(path, { ...query, page, size: 200 });
    items.push(...result.items);
    if (page + 1 >= result.totalPages || items.length >= limit) return items;
  }
}
