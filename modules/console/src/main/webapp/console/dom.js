// DOM helpers: every text goes through textContent, never innerHTML.

/**
 * el('button', {type: 'button', 'data-testid': 'x', onclick: fn}, 'Text', child...)
 * Attributes starting with "on" become listeners; others setAttribute (false/null skipped).
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** An ISO instant in the viewer's locale and time zone; '—' when absent. */
export function when(iso) {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

export function day(iso) {
  return iso ? dateOnly.format(new Date(iso)) : '—';
}

export function clock(iso) {
  return iso ? timeOnly.format(new Date(iso)) : '—';
}

/** A <time> element showing an instant in the viewer's locale, the instant in datetime. */
export function time(iso, format = when) {
  return iso ? el('time', { datetime: iso }, format(iso)) : '—';
}

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
export function num(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return digits === undefined
    ? numbers.format(value)
    : new Intl.NumberFormat(undefined, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function percent(ratio, digits = 1) {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/**
 * A table: columns [{label, value: row => node|text, header?}] (header: the heading's nodes when
 * they are more than the label's text), rows; an empty-state line. With stack: true its rows
 * become labelled cards on narrow screens (wide tables such as the audit trail, which would
 * otherwise scroll sideways at tablet width).
 */
export function table(caption, columns, rows, { empty = 'Nothing to show.', rowTestId, onRow, rowLabel, stack = false } = {}) {
  if (rows.length === 0) return el('p', { class: 'empty' }, empty);
  const head = el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c.header || c.label)));
  const body = rows.map((row) => {
    const tr = el('tr', { 'data-testid': rowTestId ? rowTestId(row) : null },
      columns.map((c) => el('td', { 'data-label': c.label }, c.value(row))));
    if (onRow) {
      tr.classList.add('clickable');
      tr.tabIndex = 0;
      if (rowLabel) tr.setAttribute('aria-label', rowLabel(row));
      tr.addEventListener('click', () => onRow(row));
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onRow(row); }
      });
    }
    return tr;
  });
  return el('div', { class: 'table-wrap' },
    el('table', { class: stack ? 'cards' : null }, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, body)));
}

/** A coloured state label, e.g. badge('COMPROMISED', 'bad'). */
export function badge(text, tone = 'neutral', attributes = {}) {
  return el('span', { class: `badge badge-${tone}`, ...attributes }, text);
}

/** A section with a heading. */
export function panel(title, attributes, ...children) {
  return el('section', { class: 'panel', ...attributes }, el('h2', {}, title), ...children);
}

/** The server's problem detail (or the error's message) in an alert box. */
export function errorBox(error, testid = 'error') {
  const text = error && error.detail ? error.detail : error && error.message ? error.message : String(error);
  const box = el('div', { class: 'error', role: 'alert', 'data-testid': testid }, text);
  if (error && Array.isArray(error.errors) && error.errors.length) {
    box.append(el('ul', {}, error.errors.map((f) => el('li', {}, `${f.field}: ${f.message}`))));
  }
  return box;
}

/** A status line politely announced to screen readers. */
export function status(text, testid) {
  return el('p', { class: 'status', role: 'status', 'data-testid': testid }, text);
}

/** A label wrapping a control: accessible name and click target in one. */
export function field(label, control, hint) {
  return el('label', { class: 'field' }, el('span', { class: 'field-label' }, label), control, hint ? el('span', { class: 'hint' }, hint) : null);
}
