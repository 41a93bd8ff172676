// Audit trail: search and filter events, verify the hash chain and checkpoints, export.
import { get, call } from '../api.js';
import { el, panel, table, badge, errorBox, status, field, time, num, replace } from '../dom.js';
import { seesAllTenants, tenantsOf } from '../access.js';

const TYPES = ['KEY_ISSUANCE', 'DEVICE_KEY_DERIVATION', 'TELEMETRY_ENCRYPTION', 'TELEMETRY_DECRYPTION', 'LINK_USE',
  'KEY_DELIVERED', 'POLICY_CHANGED', 'DEVICE_REGISTERED', 'SAE_REGISTERED', 'CERTIFICATION_CHANGED', 'LOGIN',
  'LINK_COMPROMISED', 'KEY_EXPIRED', 'KEY_REVOKED', 'KEY_QUARANTINED', 'KEK_REWRAPPED', 'LINK_CLEARED',
  'EAVESDROPPER_ATTACHED', 'EAVESDROPPER_DETACHED', 'KEY_RELAYED', 'TELEMETRY_KEY_RELEASED'];
const OUTCOMES = ['ALLOWED', 'DENIED', 'RECORDED'];
const PAGE_SIZE = 50;

const options = (values, anyLabel) => [el('option', { value: '' }, anyLabel), ...values.map((v) => el('option', { value: v }, v))];
/** A datetime-local value (viewer's time zone) as an ISO instant, or undefined. */
const instant = (value) => (value ? new Date(value).toISOString() : undefined);

function verifyPanel() {
  const out = el('div', { 'aria-live': 'polite' });
  const button = el('button', { type: 'button', 'data-testid': 'audit-verify' }, 'Verify the chain');
  button.addEventListener('click', async () => {
    replace(out, status('Verifying every row and checkpoint…'));
    try {
      const r = await get('audit/verify');
      replace(out, el('div', { 'data-testid': 'audit-verification', 'data-intact': String(r.intact) },
        badge(r.intact ? 'INTACT' : 'BROKEN', r.intact ? 'good' : 'bad', { 'data-testid': 'audit-verify-result' }),
        ` ${r.summary}`,
        el('p', { class: 'hint' }, `${num(r.rowsChecked)} rows up to #${r.lastSeq}, ${num(r.checkpointsChecked)} signed checkpoints.`),
        r.firstBreak ? el('p', { class: 'error', role: 'alert' }, `${r.firstBreak.kind} at #${r.firstBreak.seq}: ${r.firstBreak.detail}`) : null));
    } catch (e) {
      replace(out, errorBox(e));
    }
  });
  return panel('Verify', { 'data-testid': 'audit-verify-panel' },
    el('p', { class: 'hint' }, 'Recomputes every hash and checks the signed checkpoints; names the first altered, deleted or inserted row.'),
    button, out);
}

async function download(format, filters, out) {
  try {
    const response = await call('GET', 'audit/export', { query: { ...filters, format }, raw: true,
      accept: format === 'csv' ? 'text/csv' : 'application/json' });
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: `qgate-audit.${format}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    replace(out, status(`Exported as ${format.toUpperCase()}.`, 'audit-exported'));
  } catch (e) {
    replace(out, errorBox(e));
  }
}

export async function render(container, { user }) {
  container.append(el('h1', {}, 'Audit trail'));
  // Only someone who sees every tenant may search across them; others name one of theirs.
  const tenant = el('select', { 'data-testid': 'audit-tenant' }, seesAllTenants(user)
    ? options([...tenantsOf(user), 'SHARED'], 'Any tenant')
    : tenantsOf(user).concat('SHARED').map((t) => el('option', { value: t }, t)));
  const type = el('select', { 'data-testid': 'audit-type' }, options(TYPES, 'Any type'));
  const outcome = el('select', { 'data-testid': 'audit-outcome' }, options(OUTCOMES, 'Any outcome'));
  const from = el('input', { type: 'datetime-local', 'data-testid': 'audit-from' });
  const to = el('input', { type: 'datetime-local', 'data-testid': 'audit-to' });
  const search = el('button', { type: 'submit', class: 'primary', 'data-testid': 'audit-search' }, 'Search');
  const results = el('div', { 'aria-live': 'polite' });
  const exportOut = el('div', { 'aria-live': 'polite' });
  let page = 0;

  const filters = () => ({ tenant: tenant.value, type: type.value, outcome: outcome.value,
    from: instant(from.value), to: instant(to.value) });

  async function load() {
    replace(results, el('p', { class: 'loading' }, 'Loading…'));
    try {
      const result = await get('audit/events', { ...filters(), page, size: PAGE_SIZE });
      const prev = el('button', { type: 'button', 'data-testid': 'audit-prev', disabled: page === 0 }, 'Newer');
      const next = el('button', { type: 'button', 'data-testid': 'audit-next', disabled: page + 1 >= result.totalPages }, 'Older');
      prev.addEventListener('click', () => { page -= 1; load(); });
      next.addEventListener('click', () => { page += 1; load(); });
      replace(results,
        el('p', { class: 'hint', 'data-testid': 'audit-total' }, `${num(result.totalItems)} events`),
        table('Audit events', [
          { label: '#', value: (e) => String(e.seq) },
          { label: 'When', value: (e) => time(e.occurredAt) },
          { label: 'Tenant', value: (e) => (e.tenant || '—').toLowerCase() },
          { label: 'Type', value: (e) => e.type },
          { label: 'Actor', value: (e) => e.actor },
          { label: 'Subject', value: (e) => e.subject },
          { label: 'Outcome', value: (e) => badge(e.outcome, e.outcome === 'DENIED' ? 'bad' : e.outcome === 'ALLOWED' ? 'good' : 'neutral') },
          { label: 'Details', value: (e) => el('details', {}, el('summary', {}, 'details'),
            el('pre', { class: 'code' }, JSON.stringify(e.details, null, 2))) },
        ], result.items, { empty: 'No event matches.', rowTestId: (e) => `audit-event-${e.seq}`, stack: true }),
        el('div', { class: 'form-row' }, prev, el('span', {}, `page ${page + 1} of ${Math.max(1, result.totalPages)}`), next));
    } catch (e) {
      replace(results, errorBox(e));
    }
  }

  const form = el('form', { class: 'form-row', 'data-testid': 'audit-filters', 'aria-label': 'Filter audit events' },
    field('Tenant', tenant), field('Type', type), field('Outcome', outcome), field('From', from), field('To', to), search);
  form.addEventListener('submit', (e) => { e.preventDefault(); page = 0; load(); });

  const exportPanel = panel('Export', { 'data-testid': 'audit-export-panel' },
    el('p', { class: 'hint' }, 'Events of the tenant and time range above, with their hashes, checkpoints and signing keys.'),
    el('div', { class: 'form-row' },
      el('button', { type: 'button', 'data-testid': 'audit-export-json', onclick: () => download('json', filters(), exportOut) }, 'Export JSON'),
      el('button', { type: 'button', 'data-testid': 'audit-export-csv', onclick: () => download('csv', filters(), exportOut) }, 'Export CSV')),
    exportOut);

  container.append(panel('Search', { 'data-testid': 'audit-search-panel', class: 'panel wide' }, form, results),
    el('div', { class: 'grid' }, verifyPanel(), exportPanel));
  await load();
}
