// Devices and their certifications, with a warning for certifications expiring within 30 days.
import { get, all } from '../api.js';
import { el, panel, table, badge, errorBox, time, day, field, replace } from '../dom.js';
import { seesAllTenants, tenantsOf } from '../access.js';

const DAY_MS = 24 * 60 * 60 * 1000;
export const EXPIRY_WARNING_DAYS = 30;

/** The certification that counts for a device: one in force expiring last, else the latest. */
function mainCertification(device) {
  const certs = device.certifications || [];
  const inForce = certs.filter((c) => c.inForce).sort((a, b) => b.validTo.localeCompare(a.validTo));
  return inForce[0] || [...certs].sort((a, b) => b.validTo.localeCompare(a.validTo))[0] || null;
}

/** A badge saying how a certification stands: in force, expiring soon, expired, suspended... */
export function certificationBadge(c, now = Date.now()) {
  if (!c) return badge('NOT CERTIFIED', 'bad', { 'data-testid': 'cert-status' });
  const left = Math.floor((Date.parse(c.validTo) - now) / DAY_MS);
  if (c.status !== 'ACTIVE') return badge(c.status, 'bad', { 'data-testid': 'cert-status' });
  if (Date.parse(c.validTo) <= now) return badge('EXPIRED', 'bad', { 'data-testid': 'cert-status' });
  if (!c.inForce) return badge('NOT YET VALID', 'warn', { 'data-testid': 'cert-status' });
  if (left < EXPIRY_WARNING_DAYS) {
    return badge(left <= 0 ? 'EXPIRES TODAY' : `EXPIRES IN ${left} DAY${left === 1 ? '' : 'S'}`, 'warn',
      { 'data-testid': 'cert-expiring', title: `expires on ${day(c.validTo)}` });
  }
  return badge('IN FORCE', 'good', { 'data-testid': 'cert-status' });
}

function detail(box, id) {
  replace(box, el('p', { class: 'loading' }, 'Loading…'));
  get(`devices/${encodeURIComponent(id)}`).then((d) => {
    replace(box, panel(`Device ${d.id}`, { 'data-testid': 'device-detail' },
      el('dl', { class: 'facts' },
        el('dt', {}, 'Name'), el('dd', {}, d.name),
        el('dt', {}, 'Tenant'), el('dd', {}, d.tenant.toLowerCase()),
        el('dt', {}, 'Domain'), el('dd', {}, d.domain),
        el('dt', {}, 'Kind'), el('dd', {}, d.kind),
        el('dt', {}, 'Registered'), el('dd', {}, time(d.createdAt))),
      table('Certifications', [
        { label: 'Scheme', value: (c) => `${c.scheme} level ${c.level}` },
        { label: 'Issuer', value: (c) => c.issuer },
        { label: 'Number', value: (c) => c.certificateNumber },
        { label: 'Valid from', value: (c) => time(c.validFrom, day) },
        { label: 'Valid to', value: (c) => time(c.validTo, day) },
        { label: 'Status', value: (c) => certificationBadge(c) },
        { label: 'Reason', value: (c) => c.statusReason || '—' },
      ], d.certifications, { empty: 'This device holds no certification.' })));
  }).catch((e) => replace(box, errorBox(e)));
}

export async function render(container, { user }) {
  container.append(el('h1', {}, 'Devices and certifications'));
  const all_ = seesAllTenants(user);
  const mine = tenantsOf(user);
  const tenant = el('select', { 'data-testid': 'device-tenant' },
    all_ ? el('option', { value: '' }, 'All tenants') : null,
    mine.map((t) => el('option', { value: t }, t.toLowerCase())));
  const listBox = el('div', { 'aria-live': 'polite' });
  const detailBox = el('div');
  container.append(el('div', { class: 'form-row' }, field('Tenant', tenant)), listBox, detailBox);

  async function load() {
    replace(listBox, el('p', { class: 'loading' }, 'Loading…'));
    detailBox.replaceChildren();
    try {
      const devices = await all('devices', { tenant: tenant.value || undefined });
      replace(listBox, table('Devices', [
        { label: 'Device', value: (d) => d.id },
        { label: 'Name', value: (d) => d.name },
        { label: 'Tenant', value: (d) => d.tenant.toLowerCase() },
        { label: 'Domain', value: (d) => d.domain },
        { label: 'Kind', value: (d) => d.kind },
        { label: 'Certification', value: (d) => certificationBadge(mainCertification(d)) },
        { label: 'Expires', value: (d) => time(mainCertification(d)?.validTo, day) },
      ], devices, {
        empty: 'No devices registered for this tenant.',
        rowTestId: (d) => `device-${d.id}`,
        onRow: (d) => detail(detailBox, d.id),
        rowLabel: (d) => `Show device ${d.id}`,
      }));
    } catch (e) {
      replace(listBox, errorBox(e));
    }
  }
  tenant.addEventListener('change', load);
  if (mine.length === 0 && !all_) {
    replace(listBox, errorBox(new Error('You work for no tenant, so there are no devices to show.')));
    return;
  }
  await load();
}
