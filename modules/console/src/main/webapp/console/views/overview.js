// Overview: links by state, pool fill levels, devices per tenant, the telemetry pipeline, open alerts.
import { get } from '../api.js';
import { el, panel, table, badge, errorBox, num, percent } from '../dom.js';
import { chart, base, barOption } from '../charts.js';
import { tenantsOf } from '../access.js';
import { stateTone, stateColour } from '../states.js';

const SEVERITY_COLOURS = { CRITICAL: '#dc2626', WARNING: '#d97706', INFO: '#64748b' };

async function section(container, title, testid, fill) {
  const body = el('div', { class: 'panel-body' }, el('p', { class: 'loading' }, 'Loading…'));
  container.append(panel(title, { 'data-testid': testid }, body));
  try {
    await fill(body);
  } catch (e) {
    body.replaceChildren(errorBox(e));
  }
}

async function linkStates(body, scope) {
  // One health per visible link (IDLE before its first report): the count and the states in one call.
  const health = await get('network/link-health');
  const counts = {};
  health.forEach((h) => { counts[h.state] = (counts[h.state] || 0) + 1; });
  const states = Object.keys(counts).sort();
  const holder = el('div', { class: 'chart chart-small', role: 'img',
    'aria-label': `Links by state: ${states.map((s) => `${s} ${counts[s]}`).join(', ')}` });
  body.replaceChildren(
    el('p', { class: 'big', 'data-testid': 'link-count' }, `${health.length} links`),
    el('ul', { class: 'counts', 'data-testid': 'link-states' }, states.map((state) =>
      el('li', {}, badge(state, stateTone(state)), ` ${counts[state]}`))),
    holder,
    el('a', { href: '#/links' }, 'Open the QKD links view'));
  chart(holder, scope).setOption(base({
    tooltip: { trigger: 'item' },
    series: [{
      type: 'pie', name: 'links', radius: ['45%', '75%'],
      label: { formatter: '{b}: {c}' },
      data: states.map((s) => ({ name: s, value: counts[s], itemStyle: { color: stateColour(s) } })),
    }],
  }));
}

async function pools(body, scope) {
  const levels = await get('key-vault/pools');
  if (levels.length === 0) {
    body.replaceChildren(el('p', { class: 'empty' }, 'No key pools yet.'));
    return;
  }
  const holder = el('div', { class: 'chart', 'data-testid': 'pool-chart', role: 'img',
    'aria-label': `Key pool fill levels: ${levels.map((p) => `${p.linkId} ${percent(p.fillRatio)}`).join(', ')}` });
  body.replaceChildren(holder);
  chart(holder, scope).setOption(barOption({
    categories: levels.map((p) => p.linkId),
    values: levels.map((p) => Math.round(p.fillRatio * 1000) / 10),
    name: 'fill %',
    max: 100,
    formatter: '{value} %',
    colorOf: (i) => (levels[i].fillRatio < 0.1 ? '#dc2626' : levels[i].fillRatio < 0.3 ? '#d97706' : '#16a34a'),
  }));
}

async function devices(body, scope, user) {
  const tenants = tenantsOf(user);
  const counts = await Promise.all(tenants.map((t) => get('devices', { tenant: t, size: 1 }).then((p) => p.totalItems)));
  if (tenants.length === 0) {
    body.replaceChildren(el('p', { class: 'empty' }, 'You work for no tenant.'));
    return;
  }
  const holder = el('div', { class: 'chart chart-small', role: 'img', 'data-testid': 'devices-chart',
    'aria-label': `Devices per tenant: ${tenants.map((t, i) => `${t.toLowerCase()} ${counts[i]}`).join(', ')}` });
  body.replaceChildren(holder, el('a', { href: '#/devices' }, 'Open the devices view'));
  chart(holder, scope).setOption(barOption({
    categories: tenants.map((t) => t.toLowerCase()), values: counts, name: 'devices',
  }));
}

/** Open alerts by tenant × severity (api/v1/alerts/summary: every pair, zero included). */
async function openAlerts(body, scope) {
  const summary = await get('alerts/summary');
  const tenants = [...new Set(summary.counts.map((c) => c.tenant))];
  const severities = ['CRITICAL', 'WARNING', 'INFO'].filter((s) => summary.counts.some((c) => c.severity === s));
  const count = (t, s) => summary.counts.find((c) => c.tenant === t && c.severity === s)?.open || 0;
  const holder = el('div', { class: 'chart chart-small', role: 'img', 'data-testid': 'alerts-chart',
    'aria-label': `Open alerts: ${tenants.map((t) => `${t.toLowerCase()} ${severities.map((s) => `${count(t, s)} ${s.toLowerCase()}`).join(', ')}`).join('; ')}` });
  body.replaceChildren(
    el('p', { class: 'big', 'data-testid': 'alerts-open' }, `${summary.open} open`),
    holder, el('a', { href: '#/alerts' }, 'Open the alerts view'));
  chart(holder, scope).setOption(base({
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 32, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: tenants.map((t) => t.toLowerCase()) },
    yAxis: { type: 'value', minInterval: 1 },
    series: severities.map((s) => ({
      type: 'bar', name: s.toLowerCase(), stack: 'open', barMaxWidth: 48,
      itemStyle: { color: SEVERITY_COLOURS[s] }, data: tenants.map((t) => count(t, s)),
    })),
  }));
}

async function pipeline(body) {
  const status = await get('telemetry/pipeline');
  body.replaceChildren(
    table('Edge gateways', [
      { label: 'Domain', value: (g) => g.domain },
      { label: 'State', value: (g) => badge(g.running ? 'RUNNING' : 'WAITING', g.running ? 'good' : 'warn') },
      { label: 'Devices', value: (g) => num(g.devices) },
      { label: 'Sent', value: (g) => num(g.sent) },
      { label: 'Refused by policy', value: (g) => num(g.refusedByPolicy) },
      { label: 'Failed', value: (g) => num(g.failed) },
    ], status.gateways, { empty: 'No edge gateway has started on this instance.' }),
    table('Domain consumers', [
      { label: 'Domain', value: (c) => c.domain },
      { label: 'Accepted', value: (c) => num(c.accepted) },
      { label: 'Duplicates', value: (c) => num(c.duplicates) },
      { label: 'Rejected', value: (c) => num(Object.values(c.rejected || {}).reduce((a, b) => a + b, 0)) },
      { label: 'Malformed', value: (c) => num(c.malformed) },
      { label: 'Alerts', value: (c) => num(c.alerts) },
    ], status.consumers, { empty: 'No domain consumer runs on this instance.' }));
}

export async function render(container, { user, scope }) {
  container.append(el('h1', {}, 'Overview'));
  const grid = el('div', { class: 'grid' });
  container.append(grid);
  await Promise.all([
    section(grid, 'QKD links', 'overview-links', (b) => linkStates(b, scope)),
    section(grid, 'Key pool fill', 'overview-pools', (b) => pools(b, scope)),
    section(grid, 'Devices per tenant', 'overview-devices', (b) => devices(b, scope, user)),
    section(grid, 'Telemetry pipeline', 'overview-pipeline', pipeline),
    section(grid, 'Open alerts', 'overview-alerts', (b) => openAlerts(b, scope)),
  ]);
}
