// Simulations: key-rate sweeps and network-architecture runs as background jobs of the platform
// (api/v1/simulations), their progress while they run (polled every second), and the plots of a
// finished job. Auditors see their (empty) job list read-only: RUN_SIMULATIONS is not theirs.
import { get, post, del } from '../api.js';
import { el, replace, panel, table, badge, errorBox, status, time, field, num, percent } from '../dom.js';
import { may } from '../access.js';
import { chart, base, barOption } from '../charts.js';

export const POLL_MS = 1000;
/** While nothing runs the list is refreshed every this many polls (jobs of other tabs). */
const IDLE_EVERY = 10;

// The engine's names (KeyRateSweepParameters, ArchitectureParameters; docs/operations.md).
export const PROTOCOLS = ['bb84-decoy', 'bb84', 'sarg04', 'e91', 'cv-gg02'];
export const ARCHITECTURES = ['central', 'distributed', 'hierarchical', 'hybrid'];

const STATE_TONES = { QUEUED: 'neutral', RUNNING: 'warn', SUCCEEDED: 'good', FAILED: 'bad', CANCELLED: 'neutral' };
const ACTIVE = ['QUEUED', 'RUNNING'];

/** A chart's scope of its own: the plot of one job, disposed when another is shown. */
class PlotScope {
  constructor() { this.closers = []; }

  onClose(fn) { this.closers.push(fn); }

  close() { this.closers.splice(0).forEach((fn) => fn()); }
}

function multiSelect(testid, names, chosen) {
  return el('select', { multiple: true, size: String(names.length), 'data-testid': testid },
    names.map((n) => el('option', { value: n, selected: chosen.includes(n) }, n)));
}

function number(testid, value, { min, max, step = 'any', placeholder } = {}) {
  return el('input', { type: 'number', 'data-testid': testid, value: value === undefined ? null : String(value),
    min, max, step, placeholder, inputmode: 'decimal' });
}

/** A form's controls by API field name, each with an error slot; shows a 400's field errors next to them. */
class Fields {
  constructor(prefix) {
    this.prefix = prefix;
    this.controls = {};
    this.slots = {};
  }

  field(name, label, control, hint) {
    this.controls[name] = control;
    const slot = el('span', { class: 'field-error', 'data-testid': `${this.prefix}-error-${name}`, hidden: true });
    slot.id = `${this.prefix}-error-${name}`;
    this.slots[name] = slot;
    return el('div', { class: 'field-wrap' }, field(label, control, hint), slot);
  }

  clear() {
    for (const [name, slot] of Object.entries(this.slots)) {
      slot.hidden = true;
      slot.textContent = '';
      this.controls[name].removeAttribute('aria-invalid');
      this.controls[name].removeAttribute('aria-describedby');
    }
  }

  /** Puts each field error next to its control ("protocols[1]" next to protocols); the rest stay in the box. */
  show(errors) {
    const unplaced = [];
    for (const e of errors) {
      const name = String(e.field || '').replace(/\[\d+\]$/, '');
      const slot = this.slots[name];
      if (!slot) { unplaced.push(e); continue; }
      slot.textContent = slot.textContent ? `${slot.textContent}; ${e.message}` : e.message;
      slot.hidden = false;
      this.controls[name].setAttribute('aria-invalid', 'true');
      this.controls[name].setAttribute('aria-describedby', slot.id);
    }
    return unplaced;
  }
}

function chosen(selectNode) {
  return [...selectNode.selectedOptions].map((o) => o.value);
}

/** The number in an input, or undefined when empty (the server's default applies). */
function value(input) {
  return input.value.trim() === '' ? undefined : Number(input.value);
}

function sweepForm(onSubmit) {
  const f = new Fields('sweep');
  const protocols = multiSelect('sweep-protocols', PROTOCOLS, ['bb84-decoy']);
  const toKm = number('sweep-to-km', 150, { min: 0, max: 300 });
  const points = number('sweep-points', 16, { min: 1, max: 200, step: 1 });
  const form = el('form', { class: 'sim-form', 'data-testid': 'sweep-form', 'aria-label': 'Key-rate sweep' },
    el('div', { class: 'form-row' },
      f.field('protocols', 'Protocols', protocols, 'Ctrl/⌘-click for several'),
      f.field('toKm', 'Max distance (km)', toKm, '0–300, from 0 km'),
      f.field('points', 'Points', points, '1–200 per protocol')),
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'sweep-submit' }, 'Run sweep'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(f, { kind: 'KEY_RATE_SWEEP', protocols: chosen(protocols), fromKm: 0, toKm: value(toKm), points: value(points) });
  });
  return form;
}

function architectureForm(onSubmit) {
  const f = new Fields('arch');
  const architectures = multiSelect('arch-architectures', ARCHITECTURES, ARCHITECTURES);
  const devices = number('arch-devices', 1000, { min: 1, max: 100000, step: 1 });
  const gateways = number('arch-gateways', undefined, { min: 1, step: 1, placeholder: 'auto' });
  const hours = number('arch-hours', 1, { min: 0, max: 24 });
  const seed = number('arch-seed', 1, { step: 1 });
  const form = el('form', { class: 'sim-form', 'data-testid': 'arch-form', 'aria-label': 'Network architecture simulation' },
    el('div', { class: 'form-row' },
      f.field('architectures', 'Architectures', architectures, 'Ctrl/⌘-click for several'),
      f.field('devices', 'Devices', devices, '1–100,000'),
      f.field('gateways', 'Gateways', gateways, 'empty: one per 200 devices'),
      f.field('hours', 'Hours', hours, 'devices × hours ≤ 1,000,000'),
      f.field('seed', 'Seed', seed)),
    el('button', { type: 'submit', class: 'primary', 'data-testid': 'arch-submit' }, 'Run simulation'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onSubmit(f, {
      kind: 'NETWORK_ARCHITECTURE', architectures: chosen(architectures), devices: value(devices),
      gateways: value(gateways), hours: value(hours), seed: value(seed),
    });
  });
  return form;
}

function describe(job) {
  const p = job.parameters || {};
  if (job.kind === 'KEY_RATE_SWEEP') {
    return `Sweep: ${(p.protocols || []).join(', ')}, ${num(p.fromKm)}–${num(p.toKm)} km, ${p.points} points`;
  }
  return `Architectures: ${(p.architectures || []).join(', ')}, ${num(p.devices)} devices, ${num(p.hours)} h, seed ${p.seed}`;
}

// --- plots --------------------------------------------------------------------------------------

function sweepPlot(box, job, scope) {
  const series = job.result.series || [];
  const positive = (v) => (typeof v === 'number' && v > 0 ? v : null);
  const rateHolder = el('div', { class: 'chart chart-tall', role: 'img', 'data-testid': 'simulation-rate-chart',
    'aria-label': `Secret key rate in bits per second against distance in km, log scale: ${series.map((s) => {
      const last = [...s.points].reverse().find((pt) => positive(pt.secretKeyRateBps));
      return `${s.protocol} reaches ${last ? `${num(last.distanceKm)} km` : 'no distance'}`;
    }).join('; ')}` });
  const withQber = series.filter((s) => s.points.some((pt) => typeof pt.qber === 'number'));
  const qberHolder = el('div', { class: 'chart', role: 'img', 'data-testid': 'simulation-qber-chart',
    'aria-label': `QBER against distance: ${withQber.map((s) => s.protocol).join(', ') || 'no protocol reports one'}` });
  replace(box, el('h3', {}, 'Secret key rate'), rateHolder, el('h3', {}, 'QBER'), qberHolder);
  chart(rateHolder, scope).setOption(base({
    legend: { type: 'scroll', top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 48, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: 'distance (km)', nameLocation: 'middle', nameGap: 28, min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'log', name: 'key rate (bit/s)', logBase: 10 },
    series: series.map((s) => ({
      type: 'line', name: s.protocol, showSymbol: s.points.length <= 30, connectNulls: false,
      data: s.points.map((pt) => [pt.distanceKm, positive(pt.secretKeyRateBps)]),
    })),
  }));
  chart(qberHolder, scope).setOption(base({
    legend: { type: 'scroll', top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 48, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: 'distance (km)', nameLocation: 'middle', nameGap: 28, min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'value', name: 'QBER (%)' },
    series: withQber.map((s) => ({
      type: 'line', name: s.protocol, showSymbol: s.points.length <= 30,
      data: s.points.map((pt) => [pt.distanceKm, typeof pt.qber === 'number' ? Math.round(pt.qber * 1e5) / 1e3 : null]),
    })),
  }));
}

/** The figures of an architecture run the charts show: label, unit, how to read it from a run. */
const ARCHITECTURE_METRICS = [
  { label: 'Rekeys served', unit: '%', of: (r) => (r.rekeys?.servedShare ?? null) === null ? null : r.rekeys.servedShare * 100 },
  { label: 'Rekey latency p99', unit: 's', of: (r) => r.latencySeconds?.p99 ?? null },
  { label: 'Busiest node utilisation', unit: '%', of: (r) => (r.busiestNode?.utilisation ?? null) === null ? null : r.busiestNode.utilisation * 100 },
  { label: 'QKD power', unit: 'W', of: (r) => r.energy?.qkdPowerWatts ?? null },
  { label: 'Capital cost', unit: '€', of: (r) => r.energy?.capitalEuros ?? null },
  { label: 'QKD links', unit: '', of: (r) => r.topology?.links ?? null },
];

function architecturePlot(box, job, scope) {
  const runs = job.result.runs || [];
  const names = runs.map((r) => r.architecture);
  const holders = ARCHITECTURE_METRICS.map((m) => {
    const values = runs.map((r) => m.of(r));
    const title = m.unit ? `${m.label} (${m.unit})` : m.label;
    const holder = el('div', { class: 'chart chart-small', role: 'img',
      'aria-label': `${title}: ${names.map((n, i) => `${n} ${num(values[i], 3)}`).join(', ')}` });
    return { m, title, values, holder };
  });
  replace(box, el('div', { class: 'grid' },
    holders.map((h) => el('section', { class: 'panel' }, el('h3', {}, h.title), h.holder))));
  for (const h of holders) {
    chart(h.holder, scope).setOption(barOption({
      categories: names, values: h.values.map((v) => (v === null ? null : Math.round(v * 1000) / 1000)), name: h.title,
    }));
  }
}

// --- the view -----------------------------------------------------------------------------------

export async function render(container, { user, scope }) {
  container.append(el('h1', {}, 'Simulations'));
  const mayRun = may(user, 'RUN_SIMULATIONS');
  const isAdmin = user.roles.includes('platform-admin');
  const formStatus = el('div', { 'aria-live': 'polite', 'data-testid': 'simulation-form-status' });
  const listBox = el('div', { 'aria-live': 'off' }, el('p', { class: 'loading' }, 'Loading…'));
  const plotBox = el('div', { 'data-testid': 'simulation-plot-box' });
  let plotScope = new PlotScope();
  scope.onClose(() => plotScope.close());
  let jobs = [];
  let selected = null; // the job whose plot is (to be) shown
  let plotted = null;
  let idle = 0;

  async function submit(fields, body) {
    fields.clear();
    formStatus.replaceChildren();
    const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    try {
      const job = await post('simulations', clean);
      selected = job.id;
      replace(formStatus, status(`Job submitted: ${describe(job)}.`, 'simulation-submitted'));
      await refresh();
    } catch (e) {
      const unplaced = fields.show(e.errors || []);
      replace(formStatus, errorBox({ ...e, detail: e.detail, message: e.message, errors: unplaced }, 'simulation-error'));
    }
  }

  async function cancel(job, button) {
    button.disabled = true;
    try {
      await del(`simulations/${encodeURIComponent(job.id)}`);
    } catch (e) {
      replace(formStatus, errorBox(e, 'simulation-error'));
    }
    await refresh();
  }

  async function show(id) {
    selected = id;
    plotted = id;
    plotScope.close();
    plotScope = new PlotScope();
    replace(plotBox, el('p', { class: 'loading' }, 'Loading the result…'));
    try {
      const job = await get(`simulations/${encodeURIComponent(id)}`);
      if (scope.closed || selected !== id) return;
      const box = el('div', { 'data-testid': 'simulation-chart', 'data-job': job.id });
      replace(plotBox, panel(`Result: ${describe(job)}`, { 'data-testid': 'simulation-result' },
        el('p', { class: 'hint' }, `Finished `, time(job.finishedAt), ` · requested by ${job.requestedBy}`), box));
      if (job.kind === 'KEY_RATE_SWEEP') sweepPlot(box, job, plotScope);
      else architecturePlot(box, job, plotScope);
    } catch (e) {
      if (!scope.closed) replace(plotBox, errorBox(e));
    }
  }

  function progressCell(job) {
    const bar = el('progress', { max: '1', value: String(job.progress ?? 0), 'data-testid': 'simulation-progress',
      'aria-label': `Progress of ${job.kind === 'KEY_RATE_SWEEP' ? 'sweep' : 'architecture run'} submitted ${new Date(job.submittedAt).toLocaleTimeString()}` });
    bar.textContent = percent(job.progress ?? 0, 0);
    return el('div', { class: 'sim-progress' }, bar, el('span', { class: 'hint' }, ` ${percent(job.progress ?? 0, 0)} ${job.phase || ''}`));
  }

  function actions(job) {
    const cells = [];
    if (ACTIVE.includes(job.state) && mayRun && (job.requestedBy === user.name || isAdmin)) {
      const b = el('button', { type: 'button', class: 'danger', 'data-testid': `simulation-cancel-${job.id}`,
        'aria-label': `Cancel ${describe(job)}` }, 'Cancel');
      b.addEventListener('click', () => cancel(job, b));
      cells.push(b);
    }
    if (job.state === 'SUCCEEDED') {
      const b = el('button', { type: 'button', 'data-testid': `simulation-show-${job.id}`,
        'aria-label': `Show the plot of ${describe(job)}` }, 'Show plot');
      b.addEventListener('click', () => show(job.id));
      cells.push(b);
    }
    if (job.state === 'FAILED') cells.push(el('span', { class: 'hint' }, job.error || 'failed'));
    return cells.length ? el('div', { class: 'form-row' }, cells) : '—';
  }

  async function refresh() {
    try {
      jobs = await get('simulations');
      if (scope.closed) return;
      replace(listBox, table('Recent jobs, newest first', [
        { label: 'Submitted', value: (j) => time(j.submittedAt) },
        { label: 'Job', value: (j) => describe(j) },
        { label: 'By', value: (j) => j.requestedBy },
        { label: 'State', value: (j) => badge(j.state, STATE_TONES[j.state] || 'neutral', { 'data-testid': 'simulation-state' }) },
        { label: 'Progress', value: progressCell },
        { label: 'Actions', value: actions },
      ], jobs, {
        empty: mayRun ? 'No simulations yet: run one above.' : 'No simulations of yours.',
        stack: true,
        rowTestId: (j) => `simulation-job-${j.id}`,
      }));
      const chosenJob = jobs.find((j) => j.id === selected);
      if (chosenJob && chosenJob.state === 'SUCCEEDED' && plotted !== chosenJob.id) await show(chosenJob.id);
    } catch (e) {
      if (!scope.closed) replace(listBox, errorBox(e));
    }
  }

  if (mayRun) {
    container.append(el('div', { class: 'grid' },
      panel('Key-rate sweep', { 'data-testid': 'simulation-sweep' },
        el('p', { class: 'hint' }, 'Secret key rate and QBER against fibre length on the GYS link, settings optimised per distance.'),
        sweepForm(submit)),
      panel('Network architectures', { 'data-testid': 'simulation-architecture' },
        el('p', { class: 'hint' }, 'Discrete-event runs of central, distributed, hierarchical and hybrid designs with the same devices and seed.'),
        architectureForm(submit))),
    formStatus);
  } else {
    container.append(el('p', { class: 'hint', 'data-testid': 'simulation-read-only' },
      'Your role may look at simulations but not run them.'));
  }
  container.append(panel('Jobs', { 'data-testid': 'simulation-jobs' }, listBox), plotBox);
  await refresh();
  scope.every(POLL_MS, async () => {
    idle += 1;
    if (jobs.some((j) => ACTIVE.includes(j.state)) || idle >= IDLE_EVERY) {
      idle = 0;
      await refresh();
    }
  });
}
