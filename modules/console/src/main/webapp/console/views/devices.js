// Devices and their certifications, with a warning for certifications expiring within 30 days.
import { get } from '../api.js';
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

const PAGE_SIZE = 100;

/**
 * Devices whose certification in force runs out within 30 days, across the tenant chosen (the
 * device list itself is paged by id, so they could sit on any page of it).
 */
async function expiring(box, tenant, detailBox) {
  try {
    const result = await get('devices', { tenant: tenant || undefined, expiringWithinDays: EXPIRY_WARNING_DAYS, size: 100 });
    const rows = result.items.map((d) => ({ device: d, cert: mainCertification(d) }))
      .sort((a, b) => (a.cert?.validTo || '').localeCompare(b.cert?.validTo || ''));
    replace(box, panel(`Certifications expiring within ${EXPIRY_WARNING_DAYS} days`, { 'data-testid': 'devices-expiring' },
      result.totalItems > rows.length ? el('p', { class: 'hint' }, `${rows.length} of ${result.totalItems} shown`) : null,
      table('Soonest first', [
        { label: 'Device', value: (r) => r.device.id },
        { label: 'Tenant', value: (r) => r.device.tenant.toLowerCase() },
        { label: 'Scheme', value: (r) => (r.cert ? `${r.cert.scheme} level ${r.cert.level}` : '—') },
        { label: 'Valid to', value: (r) => time(r.cert?.validTo, day) },
        { label: 'Left', value: (r) => certificationBadge(r.cert) },
      ], rows, {
        empty: `None: every certification in force runs for at least ${EXPIRY_WARNING_DAYS} more days.`,
        rowTestId: (r) => `expiring-${r.device.id}`,
        onRow: (r) => detail(detailBox, r.device.id),
        rowLabel: (r) => `Show device ${r.device.id}`,
      })));
  } catch (e) {
    replace(box, errorBox(e));
  }
}

export async function render(container, { user }) {
  container.append(el('h1', {}, 'Devices and certifications'));
  const everyTenant = seesAllTenants(user);
  const mine = tenantsOf(user);
  const tenant = el('select', { 'data-testid': 'device-tenant' },
    everyTenant ? el('option', { value: '' }, 'All tenants') : null,
    mine.map((t) => el('option', { value: t }, t.toLowerCase())));
  const id = el('input', { type: 'search', 'data-testid': 'device-id', placeholder: 'e.g. pmu-north-1', maxlength: '63' });
  const find = el('form', { class: 'form-row', 'aria-label': 'Find a device by id' }, field('Device id', id),
    el('button', { type: 'submit', 'data-testid': 'device-find' }, 'Show'));
  const listBox = el('div', { 'aria-live': 'polite' });
  const detailBox = el('div');
  const expiringBox = el('div');
  container.append(el('div', { class: 'form-row' }, field('Tenant', tenant), find), detailBox, expiringBox, listBox);
  let page = 0;

  find.addEventListener('submit', (e) => {
    e.preventDefault();
    if (id.value.trim()) detail(detailBox, id.value.trim());
  });

  async function load() {
    replace(listBox, el('p', { class: 'loading' }, 'Loading…'));
    try {
      const result = await get('devices', { tenant: tenant.value || undefined, page, size: PAGE_SIZE });
      const prev = el('button', { type: 'button', 'data-testid': 'devices-prev', disabled: page === 0 }, 'Previous');
      const next = el('button', { type: 'button', 'data-testid': 'devices-next', disabled: page + 1 >= result.totalPages }, 'Next');
      prev.addEventListener('click', () => { page -= 1; load(); });
      next.addEventListener('click', () => { page += 1; load(); });
      replace(listBox,
        el('p', { class: 'hint', 'data-testid': 'devices-total' }, `${result.totalItems} devices`),
        table('Devices', [
          { label: 'Device', value: (d) => d.id },
          { label: 'Name', value: (d) => d.name },
          { label: 'Tenant', value: (d) => d.tenant.toLowerCase() },
          { label: 'Domain', value: (d) => d.domain },
          { label: 'Kind', value: (d) => d.kind },
          { label: 'Certification', value: (d) => certificationBadge(mainCertification(d)) },
          { label: 'Expires', value: (d) => time(mainCertification(d)?.validTo, day) },
        ], result.items, {
          empty: 'No devices registered for this tenant.',
          stack: true,
          rowTestId: (d) => `device-${d.id}`,
          onRow: (d) => detail(detailBox, d.id),
          rowLabel: (d) => `Show device ${d.id}`,
        }),
        result.totalPages > 1
          ? el('div', { class: 'form-row' }, prev, el('span', {}, `page ${page + 1} of ${result.totalPages}`), next)
          : null);
    } catch (e) {
      replace(listBox, errorBox(e));
    }
  }
  tenant.addEventListener('change', () => { page = 0; detailBox.replaceChildren(); expiring(expiringBox, tenant.value, detailBox); load(); });
  if (mine.length === 0 && !everyTenant) {
    replace(listBox, errorBox(new Error('You work for no tenant, so there are no devices to show.')));
    return;
  }
  expiring(expiringBox, tenant.value, detailBox);
  await load();
}
