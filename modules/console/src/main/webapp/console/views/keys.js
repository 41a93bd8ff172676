// Keys: the links' pools (fill, secret key rate), the key classes policies allow, the SAEs.
// Key material never reaches the console: the API has no endpoint that returns it to people.
import { get } from '../api.js';
import { el, panel, table, badge, errorBox, time, num, percent } from '../dom.js';
import { chart, barOption } from '../charts.js';

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
    el('p', { class: 'hint' }, 'Pools, classes and consumers of QKD keys. The console never shows key material.'));
  const grid = el('div', { class: 'grid' });
  container.append(grid);
  await Promise.all([
    part(grid, 'Key pools', 'keys-pools', (b) => pools(b, scope)),
    part(grid, 'Key classes by policy', 'keys-classes', classes),
    part(grid, 'SAEs', 'keys-saes', saes),
  ]);
}
