// The console: configuration, sign-in, header and navigation, hash routing to one view module each.
import * as auth from './auth.js';
import { get } from './api.js';
import { el, replace, errorBox } from './dom.js';
import { may, knownRoles, tenantsOf, telemetryDomains } from './access.js';

// Each view: { path, label, permission, shown?, load: () => import(module) } — shown(user), when
// present, must also hold; the module exports render(main, context) and may return nothing;
// context.scope collects timers and charts.
const VIEWS = [
  { path: 'overview', label: 'Overview', permission: 'VIEW', load: () => import('./views/overview.js') },
  { path: 'links', label: 'QKD links', permission: 'VIEW', load: () => import('./views/links.js') },
  { path: 'keys', label: 'Keys', permission: 'VIEW', load: () => import('./views/keys.js') },
  { path: 'devices', label: 'Devices', permission: 'VIEW', load: () => import('./views/devices.js') },
  // Tenant and policy, not the matrix, decide who reads live telemetry (access.js).
  { path: 'telemetry', label: 'Live telemetry', permission: 'VIEW', shown: (u) => telemetryDomains(u).length > 0,
    load: () => import('./views/telemetry.js') },
  { path: 'policies', label: 'Policies', permission: 'VIEW', load: () => import('./views/policies.js') },
  { path: 'alerts', label: 'Alerts', permission: 'VIEW', load: () => import('./views/alerts.js') },
  { path: 'audit', label: 'Audit trail', permission: 'READ_AUDIT', load: () => import('./views/audit.js') },
  { path: 'simulations', label: 'Simulations', permission: 'VIEW', load: () => import('./views/simulations.js') },
];

const main = document.getElementById('main');
const nav = document.getElementById('nav');
let current = null;
let user = null;

/** Timers and charts of the open view, closed when the user leaves it. */
class Scope {
  constructor() {
    this.closers = [];
    this.closed = false;
  }

  onClose(fn) {
    this.closers.push(fn);
  }

  every(ms, fn) {
    let timer = null;
    const tick = async () => {
      if (this.closed) return;
      try {
        await fn();
      } finally {
        if (!this.closed) timer = setTimeout(tick, ms);
      }
    };
    timer = setTimeout(tick, ms);
    this.onClose(() => clearTimeout(timer));
  }

  close() {
    this.closed = true;
    this.closers.splice(0).forEach((fn) => fn());
  }
}

function allowedViews() {
  return VIEWS.filter((v) => may(user, v.permission) && (!v.shown || v.shown(user)));
}

function signedOutPage(message) {
  document.getElementById('who').hidden = true;
  nav.hidden = true;
  replace(main, el('section', { class: 'panel signin', 'data-testid': 'signed-out' },
    el('h1', {}, 'qgate console'),
    el('p', {}, message),
    el('button', { type: 'button', id: 'sign-in', 'data-testid': 'sign-in', class: 'primary', onclick: () => auth.signIn() },
      'Sign in')));
}

function header() {
  document.getElementById('user-name').textContent = user.name;
  const roles = knownRoles(user);
  document.getElementById('user-roles').textContent = roles.length ? roles.join(', ') : 'no qgate role';
  const tenants = tenantsOf(user);
  document.getElementById('user-tenants').textContent = tenants.length
    ? tenants.map((t) => t.toLowerCase()).join(', ') : 'no tenant';
  document.getElementById('who').hidden = false;
  document.getElementById('sign-out').onclick = () => auth.signOut();
  replace(nav, el('ul', {}, allowedViews().map((v) =>
    el('li', {}, el('a', { href: `#/${v.path}`, 'data-testid': `nav-${v.path}`, 'data-view': v.path }, v.label)))));
  nav.hidden = false;
}

async function route() {
  if (!user) return;
  const views = allowedViews();
  const wanted = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  const view = views.find((v) => v.path === wanted) || views[0];
  if (!view) {
    replace(main, errorBox(new Error('Your account has no qgate role: ask an administrator for one.'), 'no-role'));
    return;
  }
  if (view.path !== wanted) {
    window.history.replaceState(null, '', `#/${view.path}`);
  }
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.view === view.path) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (current) current.close();
  const scope = new Scope();
  current = scope;
  const container = el('div', { class: 'view', 'data-testid': `view-${view.path}`, 'data-view': view.path });
  replace(main, container);
  document.title = `${view.label} · qgate console`;
  try {
    const module = await view.load();
    if (!scope.closed) await module.render(container, { user, scope });
  } catch (e) {
    if (!scope.closed) container.append(errorBox(e));
  }
}

function sessionExpired() {
  user = null;
  if (current) current.close();
  signedOutPage('Your session has expired. Sign in again to continue.');
}

async function boot() {
  auth.exchangeEarly(); // back from signing in: fetch the tokens while the config loads
  let config;
  try {
    config = await get('console/config');
  } catch (e) {
    replace(main, errorBox(e));
    return;
  }
  try {
    const signedIn = await auth.start(config, sessionExpired);
    if (!signedIn) {
      signedOutPage('Sign in with your qgate account to see the QKD network, keys, devices and policies.');
      return;
    }
  } catch (e) {
    signedOutPage('Signing in did not complete.');
    main.querySelector('section').append(errorBox(e));
    return;
  }
  user = auth.user();
  header();
  window.addEventListener('hashchange', route);
  await route();
  // The first view has rendered with its data: ./qgate bench console reads this mark.
  performance.mark('qgate:first-view');
}

boot();
