// QKD links: topology graph, per-link QBER and secret key rate, health, and (by role) a simulated
// eavesdropper and clearing a compromise. Polls every 2 s while open, so detection shows live.
import { get, post, del, all } from '../api.js';
import { el, panel, badge, errorBox, status, field, time, num, percent, replace } from '../dom.js';
import { chart, base } from '../charts.js';
import { may } from '../access.js';
import { stateTone, stateColour } from '../states.js';

const POLL_MS = 2000;
const WINDOW_MS = 10 * 60 * 1000;
const ROLE_COLOURS = { CORE_KME: '#2563eb', TRUSTED_RELAY: '#9333ea', EDGE_GATEWAY: '#0891b2' };

function graphOption(nodes, links, health, selected) {
  return base({
    tooltip: { trigger: 'item' },
    legend: [{ data: Object.keys(ROLE_COLOURS), top: 0 }],
    series: [{
      type: 'graph',
      // Circular, not geographic: metro nodes a few km apart would sit on top of each other.
      layout: 'circular',
      circular: { rotateLabel: false },
      top: 48, bottom: 40, left: 80, right: 80,
      roam: false,
      label: { show: true, position: 'bottom', formatter: '{b}' },
      edgeLabel: { show: true, fontSize: 11,
        formatter: (p) => (p.data.state === 'COMPROMISED' ? `${p.data.id} · COMPROMISED` : p.data.id) },
      symbolSize: 26,
      categories: Object.keys(ROLE_COLOURS).map((name) => ({ name, itemStyle: { color: ROLE_COLOURS[name] } })),
      data: nodes.map((n) => ({
        id: n.id,
        name: n.id,
        category: n.role,
        value: `${n.name} (${String(n.tenant).toLowerCase()})`,
      })),
      links: links.map((l) => {
        const state = (health[l.id] && health[l.id].state) || 'UNKNOWN';
        return {
          id: l.id,
          source: l.endpointA,
          target: l.endpointB,
          state,
          value: `${state}, ${l.protocol}, ${num(l.channel && l.channel.lengthKm)} km`,
          lineStyle: { color: stateColour(state), width: l.id === selected ? 6 : 3, type: state === 'COMPROMISED' ? 'dashed' : 'solid' },
        };
      }),
    }],
  });
}

const compactFormat = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const compact = (value) => compactFormat.format(value);

function seriesOption(samples) {
  return base({
    tooltip: { trigger: 'axis' },
    legend: { data: ['QBER %', 'Secret key rate bit/s'], top: 0 },
    grid: { left: 16, right: 16, top: 48, bottom: 16, containLabel: true },
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', name: 'QBER %', min: 0, axisLabel: { formatter: '{value} %' } },
      { type: 'value', name: 'bit/s', min: 0, splitLine: { show: false }, axisLabel: { formatter: compact } },
    ],
    series: [
      { name: 'QBER %', type: 'line', showSymbol: false, yAxisIndex: 0,
        data: samples.filter((s) => s.qber != null).map((s) => [s.at, Math.round(s.qber * 10000) / 100]) },
      { name: 'Secret key rate bit/s', type: 'line', showSymbol: false, yAxisIndex: 1,
        data: samples.map((s) => [s.at, Math.round(s.secretBitsPerSecond)]) },
    ],
  });
}

function healthDetails(h) {
  return el('dl', { class: 'facts', 'data-testid': 'link-health', 'data-link': h.linkId },
    el('dt', {}, 'State'), el('dd', {}, badge(h.state, stateTone(h.state), { 'data-testid': 'link-state' })),
    el('dt', {}, 'Keys may be used'), el('dd', {}, h.usable ? 'yes' : 'no'),
    el('dt', {}, 'QBER'), el('dd', { 'data-testid': 'link-qber' }, h.qber == null ? '—' : percent(h.qber, 2)),
    el('dt', {}, 'Secret key rate'), el('dd', {}, h.secretBitsPerSecond == null ? '—' : `${num(h.secretBitsPerSecond, 0)} bit/s`),
    el('dt', {}, 'Updated'), el('dd', {}, time(h.updatedAt)),
    h.compromisedAt ? [el('dt', {}, 'Compromised at'), el('dd', {}, time(h.compromisedAt))] : null,
    h.compromiseReason ? [el('dt', {}, 'Reason'), el('dd', { 'data-testid': 'compromise-reason' }, h.compromiseReason)] : null,
    el('dt', {}, 'Eavesdropper'),
    el('dd', { 'data-testid': 'link-eavesdropper' }, h.eavesdropper
      ? `${h.eavesdropper.attack}${h.eavesdropper.attack === 'PNS' ? '' : ` on ${percent(h.eavesdropper.fraction, 0)} of pulses`}, attached by ${h.eavesdropper.attachedBy}`
      : 'none'));
}

function eavesdropperForm(linkId, after) {
  const attack = el('select', { 'data-testid': 'attack-kind' },
    el('option', { value: 'INTERCEPT_RESEND' }, 'Intercept-resend'),
    el('option', { value: 'PNS' }, 'Photon-number splitting'));
  const fraction = el('input', { type: 'number', min: '0.01', max: '1', step: '0.01', value: '0.3', 'data-testid': 'attack-fraction' });
  attack.addEventListener('change', () => { fraction.disabled = attack.value === 'PNS'; });
  const out = el('div', { 'aria-live': 'polite' });
  const attach = el('button', { type: 'button', class: 'danger', 'data-testid': 'attach-eavesdropper' }, 'Attach eavesdropper');
  const detach = el('button', { type: 'button', 'data-testid': 'detach-eavesdropper' }, 'Detach eavesdropper');
  attach.addEventListener('click', () => act(out, after, () => post(`network/links/${encodeURIComponent(linkId)}/eavesdropper`,
    attack.value === 'PNS' ? { attack: 'PNS' } : { attack: attack.value, fraction: Number(fraction.value) }), 'Eavesdropper attached.'));
  detach.addEventListener('click', () => act(out, after, () => del(`network/links/${encodeURIComponent(linkId)}/eavesdropper`), 'Eavesdropper detached.'));
  return panel('Simulated eavesdropper (demonstration)', { 'data-testid': 'eavesdropper-controls' },
    el('div', { class: 'form-row' }, field('Attack', attack), field('Fraction of pulses', fraction), attach, detach), out);
}

function clearForm(linkId, after) {
  const reason = el('input', { type: 'text', maxlength: '500', required: true, 'data-testid': 'clear-reason',
    placeholder: 'e.g. fibre inspected, tap removed' });
  const out = el('div', { 'aria-live': 'polite' });
  const button = el('button', { type: 'button', 'data-testid': 'clear-link' }, 'Clear compromise');
  button.addEventListener('click', () => {
    if (!reason.value.trim()) {
      replace(out, errorBox(new Error('Give a reason: it goes into the audit trail.')));
      return;
    }
    act(out, after, () => post(`network/links/${encodeURIComponent(linkId)}/clear`, { reason: reason.value.trim() }), 'Link cleared.');
  });
  return panel('Clear a compromised link', { 'data-testid': 'clear-controls' },
    el('div', { class: 'form-row' }, field('Reason (audited)', reason), button), out);
}

async function act(out, after, request, done) {
  try {
    await request();
    replace(out, status(done, 'action-status'));
    await after();
  } catch (e) {
    replace(out, errorBox(e, 'action-error'));
  }
}

export async function render(container, { user, scope }) {
  container.append(el('h1', {}, 'QKD links'));
  const [nodes, links] = await Promise.all([all('network/nodes'), all('network/links')]);
  if (links.length === 0) {
    container.append(el('p', { class: 'empty' }, 'No QKD links are registered.'));
    return;
  }
  const wanted = new URLSearchParams(window.location.hash.split('?')[1] || '').get('link');
  let selected = links.some((l) => l.id === wanted) ? wanted : links[0].id;
  let health = {};

  const graphBox = el('div', { class: 'chart chart-tall', 'data-testid': 'topology', role: 'img',
    'aria-label': `Network topology: ${nodes.length} nodes, ${links.length} links` });
  const select = el('select', { id: 'link-select', 'data-testid': 'link-select' },
    links.map((l) => el('option', { value: l.id }, `${l.id} (${l.endpointA} – ${l.endpointB})`)));
  select.value = selected;
  const healthBox = el('div', { 'aria-live': 'polite' });
  const seriesBox = el('div', { class: 'chart', 'data-testid': 'link-series', role: 'img',
    'aria-label': 'QBER and secret key rate of the selected link over the last 10 minutes' });
  const pollError = el('div');
  const controls = el('div', { class: 'stack' });

  container.append(
    el('div', { class: 'grid' },
      panel('Topology', { 'data-testid': 'topology-panel', class: 'panel wide' }, graphBox,
        el('p', { class: 'hint' }, 'Edge colour: link state. Select a link on the graph or below.')),
      panel('Link', { 'data-testid': 'link-panel' }, field('Link', select), healthBox, pollError),
      panel('QBER and secret key rate, last 10 minutes', {}, seriesBox)),
    controls);

  const graph = chart(graphBox, scope);
  const series = chart(seriesBox, scope);
  graph.on('click', (p) => {
    if (p.dataType === 'edge') choose(p.data.id);
  });

  function drawControls() {
    controls.replaceChildren();
    if (may(user, 'MANAGE_NETWORK')) controls.append(eavesdropperForm(selected, refresh));
    if (may(user, 'MANAGE_KEYS')) controls.append(clearForm(selected, refresh));
  }

  async function refresh() {
    const from = new Date(Date.now() - WINDOW_MS).toISOString();
    try {
      const [states, telemetry] = await Promise.all([
        get('network/link-health'),
        get(`network/links/${encodeURIComponent(selected)}/telemetry`, { from, step: 5 }),
      ]);
      if (scope.closed) return;
      health = Object.fromEntries(states.map((h) => [h.linkId, h]));
      graph.setOption(graphOption(nodes, links, health, selected), { notMerge: true });
      series.setOption(seriesOption(telemetry.samples), { notMerge: true });
      // A link removed since the view opened has no health: show it as UNKNOWN, as the graph does.
      replace(healthBox, healthDetails(health[selected] || { linkId: selected, state: 'UNKNOWN' }));
      pollError.replaceChildren();
    } catch (e) {
      if (!scope.closed) replace(pollError, errorBox(e, 'poll-error'));
    }
  }

  function choose(id) {
    selected = id;
    select.value = id;
    window.history.replaceState(null, '', `#/links?link=${encodeURIComponent(id)}`);
    drawControls();
    refresh();
  }
  select.addEventListener('change', () => choose(select.value));

  drawControls();
  await refresh();
  scope.every(POLL_MS, refresh);
}
