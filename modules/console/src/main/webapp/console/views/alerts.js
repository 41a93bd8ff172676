// Alerts: the alert store of the user's tenants (SHARED ones are everyone's), newest first, filtered
// by state, severity and tenant; acknowledge with an optional note for those allowed. Polls every 5 s.
import { get, post } from '../api.js';
import { el, replace, table, badge, errorBox, status, time, field } from '../dom.js';
import { may, seesAllTenants, tenantsOf } from '../access.js';

export const POLL_MS = 5000;
const PAGE_SIZE = 50;
const NOTE_MAX = 500;

const SEVERITY_TONES = { CRITICAL: 'bad', WARNING: 'warn', INFO: 'neutral' };

export function severityTone(severity) {
  return SEVERITY_TONES[severity] || 'neutral';
}

function select(testid, choices) {
  return el('select', { 'data-testid': testid },
    choices.map(([value, label]) => el('option', { value }, label)));
}

function source(a) {
  return `${a.sourceKind.toLowerCase()} ${a.sourceId}`;
}

export async function render(container, { user, scope }) {
  container.append(el('h1', {}, 'Alerts'));
  const mayAck = may(user, 'ACKNOWLEDGE_ALERTS');
  const state = select('alerts-state', [['OPEN', 'Open'], ['ACKNOWLEDGED', 'Acknowledged'], ['', 'Any state']]);
  const severity = select('alerts-severity',
    [['', 'Any severity'], ['CRITICAL', 'Critical'], ['WARNING', 'Warning'], ['INFO', 'Info']]);
  const tenant = select('alerts-tenant', [
    ['', seesAllTenants(user) ? 'All tenants' : 'All of mine'],
    ...tenantsOf(user).map((t) => [t, t.toLowerCase()]),
    ['SHARED', 'shared (network)'],
  ]);
  const statusBox = el('div', { 'aria-live': 'polite' });
  const listBox = el('div', { 'data-testid': 'alerts-list' }, el('p', { class: 'loading' }, 'Loading…'));
  container.append(
    el('div', { class: 'form-row', role: 'group', 'aria-label': 'Filter alerts' },
      field('State', state), field('Severity', severity), field('Tenant', tenant)),
    statusBox, listBox);

  let page = 0;
  // Notes being typed survive the 5 s redraws.
  const drafts = new Map();

  async function acknowledge(alert, button) {
    button.disabled = true;
    try {
      const note = (drafts.get(alert.alertId) || '').trim();
      const done = await post(`alerts/${encodeURIComponent(alert.alertId)}/acknowledge`, note ? { note } : {});
      drafts.delete(alert.alertId);
      replace(statusBox, status(`Alert ${done.type} on ${source(done)} acknowledged by ${done.acknowledgedBy}.`,
        'alerts-status'));
    } catch (e) {
      replace(statusBox, errorBox(e, 'alerts-error'));
    }
    await load(true);
  }

  function actions(a) {
    if (a.state === 'ACKNOWLEDGED') {
      return el('span', { 'data-testid': `acknowledged-${a.alertId}` },
        `by ${a.acknowledgedBy || '—'} at `, time(a.acknowledgedAt), a.ackNote ? ` — ${a.ackNote}` : '');
    }
    if (!mayAck) return '—';
    const note = el('input', { type: 'text', maxlength: String(NOTE_MAX), 'data-testid': `alert-note-${a.alertId}`,
      'aria-label': `Note for acknowledging alert ${a.type} on ${source(a)} (optional)`, placeholder: 'note (optional)' });
    note.value = drafts.get(a.alertId) || '';
    note.addEventListener('input', () => drafts.set(a.alertId, note.value));
    const button = el('button', { type: 'button', class: 'primary', 'data-testid': `alert-ack-${a.alertId}`,
      'aria-label': `Acknowledge alert ${a.type} on ${source(a)}` }, 'Acknowledge');
    button.addEventListener('click', () => acknowledge(a, button));
    note.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') { e.preventDefault(); acknowledge(a, button); }
    });
    return el('div', { class: 'form-row' }, note, button);
  }

  async function load(force = false) {
    // A poll leaves the list alone while the user is in one of its controls.
    if (!force && listBox.contains(document.activeElement)) return;
    try {
      const result = await get('alerts', {
        state: state.value, severity: severity.value, tenant: tenant.value, page, size: PAGE_SIZE,
      });
      if (scope.closed) return;
      if (!force && listBox.contains(document.activeElement)) return;
      const prev = el('button', { type: 'button', 'data-testid': 'alerts-prev', disabled: page === 0 }, 'Previous');
      const next = el('button', { type: 'button', 'data-testid': 'alerts-next', disabled: page + 1 >= result.totalPages },
        'Next');
      prev.addEventListener('click', () => { page -= 1; load(true); });
      next.addEventListener('click', () => { page += 1; load(true); });
      replace(listBox,
        el('p', { class: 'hint', 'data-testid': 'alerts-total' }, `${result.totalItems} alerts`),
        table('Alerts, newest first', [
          { label: 'Severity', value: (a) => badge(a.severity, severityTone(a.severity), { 'data-testid': 'alert-severity' }) },
          { label: 'Raised', value: (a) => time(a.raisedAt) },
          { label: 'Type', value: (a) => a.type },
          { label: 'Tenant', value: (a) => a.tenant.toLowerCase() },
          { label: 'Source', value: (a) => source(a) },
          { label: 'Message', value: (a) => a.message },
          { label: 'Acknowledgement', value: actions },
        ], result.items, {
          empty: 'No alerts match these filters.',
          stack: true,
          rowTestId: (a) => `alert-${a.alertId}`,
        }),
        result.totalPages > 1
          ? el('div', { class: 'form-row' }, prev, el('span', {}, `page ${page + 1} of ${result.totalPages}`), next)
          : null);
    } catch (e) {
      if (!scope.closed) replace(listBox, errorBox(e));
    }
  }

  for (const control of [state, severity, tenant]) {
    control.addEventListener('change', () => { page = 0; statusBox.replaceChildren(); load(true); });
  }
  await load(true);
  scope.every(POLL_MS, () => load());
}
