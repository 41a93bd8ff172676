// Live telemetry: the newest decrypted reading of each device of a domain, refreshed every 2 s, and
// the last minute of one device as charts. The tabs are the domains of the user's tenants
// (access.js); whether the user may read one is its policy's decision, shown as the API's 403
// detail, never guessed here. The readings live in memory on the instance consuming the topic.
import { get } from '../api.js';
import { el, table, errorBox, field, time, clock, replace } from '../dom.js';
import { chart, base } from '../charts.js';
import { telemetryDomains } from '../access.js';

const POLL_MS = 2000;
const MAX_CHARTS = 12;

/** Which numeric values a domain charts: the grid its frequency and ROCOF, others all but counters. */
const CHARTED = {
  grid: (name) => name === 'frequencyHz' || name === 'rocofHzPerS',
  health: () => true,
  industrial: (name) => name !== 'seq',
};

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });
const value = (v) => (v === null || v === undefined ? '—' : typeof v === 'number' ? numbers.format(v) : String(v));

/** The value names of the readings, in the order the API first gives them. */
function names(readings) {
  const seen = new Set();
  readings.forEach((r) => Object.keys(r.values || {}).forEach((n) => seen.add(n)));
  return [...seen];
}

/**
 * The table's value columns: one per name where devices share their names (grid, health); where
 * each device names its own (industrial tags carry their path), one cell listing name and value.
 */
function valueColumns(readings) {
  const all = names(readings);
  const most = Math.max(0, ...readings.map((r) => Object.keys(r.values || {}).length));
  if (all.length <= most + 4) {
    return all.map((n) => ({ label: n, header: breakable(n), value: (r) => value(r.values[n]) }));
  }
  return [{ label: 'Values', value: (r) => el('ul', { class: 'values' }, Object.entries(r.values || {}).map(([n, v]) =>
    el('li', {}, el('span', { class: 'value-name' }, n), ' ', value(v)))) }];
}

/** A value name with line-break opportunities between its words: "systolic<wbr>Blood<wbr>Pressure". */
function breakable(name) {
  const unit = name.slice(bare(name).length);
  const words = bare(name).split(/(?<=[a-z])(?=[A-Z][a-z])|(?<=\/)/);
  return [...words.flatMap((word, i) => (i ? [el('wbr'), word] : [word])), unit];
}

/** True if the filter text is in the device id or one of its text values (a patient pseudonym). */
function matches(reading, text) {
  if (!text) return true;
  const wanted = text.toLowerCase();
  return reading.deviceId.toLowerCase().includes(wanted)
    || Object.values(reading.values || {}).some((v) => typeof v === 'string' && v.toLowerCase().includes(wanted));
}

/** The unit a value name carries, "heartRate (/min)" → "/min"; values without one chart alone. */
function unitOf(name) {
  const match = /\(([^()]+)\)\s*$/.exec(name);
  return match ? match[1] : null;
}

/** A value name without its unit: "systolicBloodPressure (mmHg)" → "systolicBloodPressure". */
const bare = (name) => name.replace(/\s*\([^()]+\)\s*$/, '');

/** The charts of a device: one series per numeric value, values of one unit on one chart. */
function chartGroups(domain, readings) {
  const charted = CHARTED[domain] || (() => true);
  const numeric = names(readings).filter((n) => charted(n) && readings.some((r) => typeof r.values[n] === 'number'));
  const groups = new Map();
  numeric.forEach((n) => {
    const key = unitOf(n) ? `unit:${unitOf(n)}` : `name:${n}`;
    if (!groups.has(key)) groups.set(key, { key, title: unitOf(n) ? unitOf(n) : n, series: [] });
    groups.get(key).series.push(n);
  });
  groups.forEach((g) => {
    g.title = g.series.length === 1 ? g.series[0] : `${g.series.map(bare).join(', ')} (${g.title})`;
  });
  return [...groups.values()].slice(0, MAX_CHARTS);
}

function lineOption(group, readings) {
  return base({
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        return [clock(list[0].value[0]), ...list.map((p) => `${p.seriesName}: ${value(p.value[1])}`)].join('\n');
      },
    },
    // The caption names the unit: the legend only tells the lines apart.
    legend: group.series.length > 1
      ? { data: group.series, top: 0, left: 0, itemWidth: 14, itemGap: 8, textStyle: { fontSize: 11 }, formatter: bare }
      : { show: false },
    grid: { left: 16, right: 24, top: group.series.length > 1 ? 48 : 12, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: { formatter: (t) => clock(t), hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v) => value(v) } },
    series: group.series.map((name) => ({
      name,
      type: 'line',
      showSymbol: false,
      data: readings.filter((r) => typeof r.values[name] === 'number').map((r) => [r.time, r.values[name]]),
    })),
  });
}

/** The API's answer as the view shows it: a policy refusal, a domain not consumed here, or else. */
function failure(e, domain) {
  if (e.status === 403) {
    return el('div', { class: 'error', role: 'alert', 'data-testid': 'telemetry-refused' },
      el('p', {}, `Your role is not among the readers the ${domain} policy names for its decrypted telemetry.`),
      el('p', { class: 'detail' }, e.detail));
  }
  if (e.status === 404) {
    return el('div', { class: 'error', role: 'alert', 'data-testid': 'telemetry-unavailable' },
      el('p', {}, `This instance does not consume ${domain} telemetry.`),
      el('p', { class: 'detail' }, e.detail));
  }
  return errorBox(e, 'telemetry-error');
}

/** A scope of its own for the charts of one device, closed when another is shown. */
function childScope() {
  const closers = [];
  return {
    closed: false,
    onClose(fn) { closers.push(fn); },
    close() { this.closed = true; closers.splice(0).forEach((fn) => fn()); },
  };
}

export async function render(container, { user, scope }) {
  const domains = telemetryDomains(user);
  const params = new URLSearchParams(window.location.hash.split('?')[1] || '');
  let domain = domains.some((d) => d.domain === params.get('domain')) ? params.get('domain') : domains[0].domain;
  let device = params.get('device');
  let refused = null; // the domain whose policy refused the user: no polling until asked again
  let generation = 0; // bumped when the domain or device changes: answers to older requests are dropped
  let charts = null; // { key of the groups, scope, instances by group key }

  const tabs = domains.map((d) => el('button', {
    type: 'button', role: 'tab', id: `telemetry-tab-${d.domain}`, 'aria-controls': 'telemetry-panel',
    'data-testid': `telemetry-tab-${d.domain}`, 'data-domain': d.domain,
    onclick: () => choose(d.domain, null),
  }, d.label));
  const tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Telemetry domain', 'data-testid': 'telemetry-tabs' }, tabs);
  tablist.addEventListener('keydown', (e) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    const next = tabs[(tabs.findIndex((t) => t.dataset.domain === domain) + step + tabs.length) % tabs.length];
    next.focus();
    choose(next.dataset.domain, null);
  });
  const notice = el('p', { class: 'hint', 'data-testid': 'telemetry-audit-notice' });
  const filter = el('input', { type: 'search', maxlength: '100', 'data-testid': 'telemetry-filter',
    placeholder: 'device id or patient pseudonym' });
  const finder = el('div', { class: 'form-row', hidden: true }, field('Find a device', filter));
  const latestBox = el('div');
  const deviceBox = el('div');
  let last = [];
  filter.addEventListener('input', () => drawLatest(last));
  const tabPanel = el('section', { class: 'panel', role: 'tabpanel', id: 'telemetry-panel', 'data-testid': 'telemetry-panel' },
    notice, finder, deviceBox, latestBox);
  container.append(
    el('h1', {}, 'Live telemetry'),
    el('p', { class: 'hint' }, 'Decrypted readings of the last minute, one a second per device, refreshed every 2 seconds.'),
    tablist, tabPanel);

  function closeCharts() {
    if (charts) charts.scope.close();
    charts = null;
  }
  scope.onClose(closeCharts);

  function showTabs() {
    tabs.forEach((t) => {
      const selected = t.dataset.domain === domain;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    });
    tabPanel.setAttribute('aria-labelledby', `telemetry-tab-${domain}`);
    tabPanel.dataset.domain = domain;
    notice.textContent = domain === 'health' ? 'Reads of vital signs are recorded in the audit trail.' : '';
    notice.hidden = domain !== 'health';
  }

  function remember() {
    const query = new URLSearchParams({ domain });
    if (device) query.set('device', device);
    window.history.replaceState(null, '', `#/telemetry?${query}`);
  }

  function choose(nextDomain, nextDevice) {
    if (nextDomain !== domain) {
      latestBox.replaceChildren();
      last = [];
      filter.value = '';
    }
    domain = nextDomain;
    device = nextDevice;
    refused = null;
    generation += 1;
    closeCharts();
    deviceBox.replaceChildren();
    showTabs();
    remember();
    refresh();
  }

  function drawLatest(readings) {
    last = readings;
    finder.hidden = readings.length === 0;
    if (readings.length === 0) {
      replace(latestBox,
        el('p', { class: 'empty', 'data-testid': 'telemetry-empty' }, 'No readings yet on this instance.'),
        el('p', { class: 'hint' }, 'The last minute is kept in memory by the instance that consumes this domain’s topic; '
          + 'readings appear here as a gateway sends them.'));
      return;
    }
    const focused = latestBox.contains(document.activeElement) ? document.activeElement.dataset.device : null;
    const shown = readings.filter((r) => matches(r, filter.value.trim()));
    const columns = [
      { label: 'Device', value: (r) => r.deviceId },
      { label: 'Time', value: (r) => time(r.time, clock) },
      ...valueColumns(readings),
    ];
    const wrap = table(shown.length === readings.length ? `Newest reading per device (${readings.length})`
      : `Newest reading per device (${shown.length} of ${readings.length})`, columns, shown, {
      empty: 'No device matches.',
      stack: true,
      rowTestId: (r) => `telemetry-device-${r.deviceId}`,
      onRow: (r) => choose(domain, r.deviceId),
      rowLabel: (r) => `Chart the last minute of ${r.deviceId}`,
    });
    if (shown.length === 0) {
      replace(latestBox, wrap);
      return;
    }
    const tableEl = wrap.querySelector('table');
    tableEl.setAttribute('data-testid', 'telemetry-table');
    tableEl.classList.add('telemetry');
    wrap.querySelectorAll('tbody tr').forEach((tr, i) => {
      tr.dataset.device = shown[i].deviceId;
      if (shown[i].deviceId === device) {
        tr.classList.add('selected');
        tr.setAttribute('aria-current', 'true');
      }
    });
    replace(latestBox, wrap);
    // The table is redrawn on every poll: keep the keyboard where it was.
    if (focused) {
      const row = [...latestBox.querySelectorAll('tbody tr')].find((tr) => tr.dataset.device === focused);
      if (row) row.focus({ preventScroll: true });
    }
  }

  function drawDevice(readings) {
    const groups = chartGroups(domain, readings);
    const key = `${device}|${groups.map((g) => `${g.key}=${g.series.join(',')}`).join(';')}`;
    if (!charts || charts.key !== key) {
      const shownBefore = charts && charts.device === device;
      closeCharts();
      const childs = childScope();
      const holders = groups.map((g) => el('div', { class: 'chart chart-small', role: 'img', 'data-testid': 'telemetry-chart',
        'aria-label': `${g.series.join(', ')} of ${device} over the last minute` }));
      replace(deviceBox, el('section', { class: 'panel', 'data-testid': 'telemetry-device-detail', 'data-device': device },
        el('h2', {}, `${device}, last minute`),
        groups.length === 0
          ? el('p', { class: 'empty' }, readings.length ? 'This device sends no numeric values to chart.' : 'No readings of this device yet on this instance.')
          : el('div', { class: 'charts' }, groups.map((g, i) => el('figure', { class: 'chart-figure' },
            el('figcaption', {}, g.title), holders[i]))),
        el('button', { type: 'button', 'data-testid': 'telemetry-device-close', onclick: () => choose(domain, null) }, 'Hide the charts')));
      charts = { key, device, scope: childs, instances: new Map(groups.map((g, i) => [g.key, chart(holders[i], childs)])) };
      // Chosen from far down a long table: bring the charts (above it) into view.
      if (!shownBefore) deviceBox.scrollIntoView({ block: 'nearest' });
    }
    groups.forEach((g) => charts.instances.get(g.key).setOption(lineOption(g, readings), { notMerge: true }));
  }

  async function refresh() {
    if (refused === domain || scope.closed) return;
    const asked = generation;
    const path = `telemetry/live/${encodeURIComponent(domain)}`;
    try {
      const [latest, series] = await Promise.all([
        get(path),
        device ? get(`${path}/${encodeURIComponent(device)}`) : null,
      ]);
      if (scope.closed || asked !== generation) return;
      drawLatest(latest);
      if (device) drawDevice(series);
    } catch (e) {
      if (scope.closed || asked !== generation) return;
      // A refusal is audited: asking again every 2 s would only fill the trail. Wait for a click.
      if (e.status === 403 || e.status === 404) {
        refused = domain;
        closeCharts();
        deviceBox.replaceChildren();
      }
      finder.hidden = true;
      replace(latestBox, failure(e, domain));
    }
  }

  showTabs();
  remember();
  await refresh();
  scope.every(POLL_MS, refresh);
}
