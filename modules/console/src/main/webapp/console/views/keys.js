// Keys: the links' pools (fill, secret key rate), the key classes policies allow, the telemetry
// master keys as they rotate, the latest key events, the SAEs.
// Key material never reaches the console: the API has no endpoint that returns it to people.
import { get } from '../api.js';
import { el, panel, table, badge, errorBox, time, num, percent } from '../dom.js';
import { chart, base, barOption } from '../charts.js';

function bits(value) {
  if (value >= 8 * 1024 * 1024) return `${num(value / 8 / 1024 / 1024, 1)} MiB`;
  if (value >= 8 * 1024) return `${num(value / 8 / 1024, 1)} KiB`;
  return `${num(value)} bit`;
}

async function part(container, title, testid, fill) {
  const body = el('div', { class: 'panel-body' }, el('p', { class: 'loading' }, 'Loading…'));
  container.append(panel(title, { 'data-testid': testid, class: 'panel wide' }, body));
  try {
    await fill(body);
  } catch (e) {
    body.replaceChildren(errorBox(e));
  }
}

async function pools(body, scope) {
  const [levels, health] = await Promise.all([get('key-vault/pools'), get('network/link-health').catch(() => [])]);
  const rateOf = Object.fromEntries(health.map((h) => [h.linkId, h.secretBitsPerSecond]));
  const holder = el('div', { class: 'chart', role: 'img',
    'aria-label': `Pool fill: ${levels.map((p) => `${p.linkId} ${percent(p.fillRatio)}`).join(', ')}` });
  body.replaceChildren(holder, table('Key pools per link', [
    { label: 'Link', value: (p) => p.linkId },
    { label: 'Stored', value: (p) => bits(p.storedBits) },
    { label: 'Capacity', value: (p) => bits(p.capacityBits) },
    { label: 'Fill', value: (p) => badge(percent(p.fillRatio), p.fillRatio < 0.1 ? 'bad' : p.fillRatio < 0.3 ? 'warn' : 'good') },
    { label: 'Secret key rate', value: (p) => (rateOf[p.linkId] != null ? `${num(rateOf[p.linkId], 0)} bit/s` : '—') },
    { label: 'Last deposit', value: (p) => time(p.lastDeposit) },
  ], levels, { empty: 'No key pools yet.', rowTestId: (p) => `pool-${p.linkId}` }));
  if (levels.length) {
    chart(holder, scope).setOption(barOption({
      categories: levels.map((p) => p.linkId), values: levels.map((p) => Math.round(p.fillRatio * 1000) / 10),
      name: 'fill %', max: 100, formatter: '{value} %',
    }));
  }
}

async function classes(body) {
  const policies = await get('policies');
  body.replaceChildren(table('Key classes and AEAD algorithms each policy allows', [
    { label: 'Tenant', value: (p) => p.tenant.toLowerCase() },
    { label: 'Domain', value: (p) => p.domain },
    { label: 'Key classes', value: (p) => (p.rules.allowedKeyClasses || []).join(', ') },
    { label: 'AEAD', value: (p) => (p.rules.allowedAeadAlgorithms || []).join(', ') },
    { label: 'Max key age', value: (p) => `${num(p.rules.maxKeyAgeSeconds)} s` },
    { label: 'Max messages per key', value: (p) => num(p.rules.maxMessagesPerKey) },
  ], policies, { empty: 'No policy is in force.' }));
}

const EVENT_TONES = { ALLOWED: 'good', RECORDED: 'neutral', DENIED: 'bad', ERROR: 'bad' };

async function rotation(body, scope) {
  const keys = await get('key-vault/master-keys', { size: 200 });
  const gateways = [...new Set(keys.map((k) => k.gateway))].sort();
  const newest = gateways.map((g) => keys.find((k) => k.gateway === g));
  const holder = el('div', { class: 'chart chart-small', role: 'img',
    'aria-label': `Master keys issued per gateway: ${gateways.map((g) => `${g} ${keys.filter((k) => k.gateway === g).length}`).join(', ')}` });
  body.replaceChildren(holder, table('The newest telemetry master key of each gateway', [
    { label: 'Gateway', value: (k) => k.gateway },
    { label: 'Domain', value: (k) => k.domain },
    { label: 'Tenant', value: (k) => k.tenant.toLowerCase() },
    { label: 'Class', value: (k) => k.keyClass },
    { label: 'Issued', value: (k) => time(k.issuedAt) },
    { label: 'Master keys listed', value: (k) => num(keys.filter((o) => o.gateway === k.gateway).length) },
  ], newest, { empty: 'No gateway has drawn a master key yet.', rowTestId: (k) => `master-key-${k.gateway}` }));
  if (keys.length) {
    // One dot per master key at the time it was drawn: the rotation cadence of each gateway.
    chart(holder, scope).setOption(base({
      tooltip: { trigger: 'item', formatter: (p) => `${p.value[1]}<br>${new Date(p.value[0]).toLocaleString()}` },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: gateways },
      series: [{ type: 'scatter', name: 'master key drawn', symbolSize: 8,
        data: keys.map((k) => [k.issuedAt, k.gateway]) }],
    }));
  }
}

async function events(body) {
  const list = await get('key-vault/events', { size: 50 });
  body.replaceChildren(table('The latest key events of the last day (from the audit trail)', [
    { label: 'Time', value: (e) => time(e.occurredAt) },
    { label: 'Event', value: (e) => e.type },
    { label: 'Outcome', value: (e) => badge(e.outcome, EVENT_TONES[e.outcome] || 'neutral') },
    { label: 'Subject', value: (e) => e.subject },
    { label: 'By', value: (e) => e.actor },
    { label: 'Tenant', value: (e) => e.tenant.toLowerCase() },
  ], list, { empty: 'No key event in the last day.' }));
}

async function saes(body) {
  const list = await get('key-vault/saes');
  body.replaceChildren(table('Secure application entities (ETSI GS QKD 014 clients)', [
    { label: 'SAE', value: (s) => s.saeId },
    { label: 'KME node', value: (s) => s.nodeId },
    { label: 'Tenant', value: (s) => s.tenant.toLowerCase() },
    { label: 'Domain', value: (s) => s.domain },
    { label: 'Roles', value: (s) => s.roles.join(', ') || '—' },
    { label: 'Registered', value: (s) => time(s.createdAt) },
  ], list, { empty: 'No SAE is registered.' }));
}

export async function render(container, { scope }) {
  container.append(el('h1', {}, 'Keys'),
    el('p', { class: 'hint' }, 'Pools, classes, rotation, events and consumers of QKD keys. The console never shows key material.'));
  const grid = el('div', { class: 'grid' });
  container.append(grid);
  await Promise.all([
    part(grid, 'Key pools', 'keys-pools', (b) => pools(b, scope)),
    part(grid, 'Key classes by policy', 'keys-classes', classes),
    part(grid, 'Master key rotation', 'keys-rotation', (b) => rotation(b, scope)),
    part(grid, 'Key events', 'keys-events', events),
    part(grid, 'SAEs', 'keys-saes', saes),
  ]);
}
