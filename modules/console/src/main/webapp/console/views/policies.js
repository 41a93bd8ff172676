// Policies: what is in force per tenant and domain, each policy's history, and (security officers,
// administrators) editing the rules as JSON with a line diff shown before saving.
import { get, put } from '../api.js';
import { el, panel, table, errorBox, status, field, time, replace } from '../dom.js';
import { may } from '../access.js';
import { lineDiff, changes } from '../diff.js';

const pretty = (rules) => JSON.stringify(rules, null, 2);
const path = (p) => `policies/${encodeURIComponent(p.tenant)}/${encodeURIComponent(p.domain)}`;

function diffView(diff) {
  return el('ol', { class: 'diff', 'data-testid': 'policy-diff', 'aria-label': 'Changes against the version in force' },
    diff.map((line) => el('li', { class: line.op === '+' ? 'add' : line.op === '-' ? 'del' : 'same',
      'data-op': line.op }, `${line.op} ${line.text}`)));
}

function editor(policy, done) {
  const original = pretty(policy.rules);
  const text = el('textarea', { rows: '16', spellcheck: 'false', 'data-testid': 'policy-editor', class: 'code' });
  text.value = original;
  const reason = el('input', { type: 'text', maxlength: '500', required: true, 'data-testid': 'policy-reason',
    placeholder: 'why (goes into the audit trail)' });
  const review = el('button', { type: 'button', 'data-testid': 'policy-review' }, 'Review changes');
  const save = el('button', { type: 'button', class: 'primary', 'data-testid': 'policy-save', disabled: true }, 'Save new version');
  const diffBox = el('div');
  const out = el('div', { 'aria-live': 'polite' });
  let reviewed = null;

  text.addEventListener('input', () => { reviewed = null; save.disabled = true; });
  review.addEventListener('click', () => {
    out.replaceChildren();
    let parsed;
    try {
      parsed = JSON.parse(text.value);
    } catch (e) {
      replace(out, errorBox(new Error(`The rules are not valid JSON: ${e.message}`), 'policy-error'));
      return;
    }
    const diff = lineDiff(original, pretty(parsed));
    if (!changes(diff)) {
      replace(diffBox, status('Nothing changed.', 'policy-nochange'));
      return;
    }
    replace(diffBox, el('h3', {}, 'Changes'), diffView(diff));
    reviewed = parsed;
    save.disabled = false;
  });
  save.addEventListener('click', async () => {
    if (!reviewed) return;
    if (!reason.value.trim()) {
      replace(out, errorBox(new Error('Give a reason for the change: it goes into the audit trail.'), 'policy-error'));
      return;
    }
    save.disabled = true;
    try {
      const saved = await put(path(policy), { ...reviewed, version: policy.version, reason: reason.value.trim() });
      done(saved, `Saved: version ${saved.version} is in force.`);
    } catch (e) {
      if (e.status === 409) {
        replace(out, el('div', { class: 'error', role: 'alert', 'data-testid': 'policy-conflict' },
          'Someone changed this policy since you read it. Reload to see their version, then edit again. ',
          el('span', { class: 'detail' }, e.detail), ' ',
          el('button', { type: 'button', 'data-testid': 'policy-reload', onclick: () => done(null) }, 'Reload')));
      } else {
        replace(out, errorBox(e, 'policy-error'));
        save.disabled = false;
      }
    }
  });
  return panel(`Edit ${policy.tenant.toLowerCase()} / ${policy.domain} (version ${policy.version})`, { 'data-testid': 'policy-edit-panel' },
    field('Rules (JSON)', text), field('Reason', reason), el('div', { class: 'form-row' }, review, save), diffBox, out);
}

async function show(box, policy, user, notice) {
  replace(box, el('p', { class: 'loading' }, 'Loading…'));
  try {
    const [current, versions] = await Promise.all([get(path(policy)), get(`${path(policy)}/versions`)]);
    const editBox = el('div');
    const edit = may(user, 'EDIT_POLICIES')
      ? el('button', { type: 'button', 'data-testid': 'policy-edit', onclick: () => {
        replace(editBox, editor(current, (saved, message) => show(box, saved || current, user, message)));
        editBox.querySelector('textarea').focus();
      } }, 'Edit')
      : null;
    replace(box,
      panel(`${current.tenant.toLowerCase()} / ${current.domain}`,
        { 'data-testid': 'policy-current', 'data-policy': `${current.tenant}/${current.domain}` },
        notice ? status(notice, 'policy-saved') : null,
        el('p', {}, `Version ${current.version}, changed by ${current.changedBy} on `, time(current.changedAt),
          current.changeReason ? ` — ${current.changeReason}` : ''),
        el('pre', { class: 'code', 'data-testid': 'policy-json' }, pretty(current.rules)),
        edit),
      editBox,
      panel('History', { 'data-testid': 'policy-versions' }, table('Versions, newest first', [
        { label: 'Version', value: (v) => String(v.version) },
        { label: 'Changed by', value: (v) => v.changedBy },
        { label: 'When', value: (v) => time(v.changedAt) },
        { label: 'Reason', value: (v) => v.changeReason || '—' },
      ], [...versions].sort((a, b) => b.version - a.version))));
  } catch (e) {
    replace(box, errorBox(e));
  }
}

export async function render(container, { user }) {
  container.append(el('h1', {}, 'Policies'));
  const policies = await get('policies');
  if (policies.length === 0) {
    container.append(el('p', { class: 'empty' }, 'No policy is in force.'));
    return;
  }
  const key = (p) => `${p.tenant}/${p.domain}`;
  const select = el('select', { id: 'policy-select', 'data-testid': 'policy-select' },
    policies.map((p) => el('option', { value: key(p) }, `${p.tenant.toLowerCase()} / ${p.domain} (v${p.version})`)));
  const box = el('div');
  container.append(
    table('Policies in force', [
      { label: 'Tenant', value: (p) => p.tenant.toLowerCase() },
      { label: 'Domain', value: (p) => p.domain },
      { label: 'Version', value: (p) => String(p.version) },
      { label: 'Changed by', value: (p) => p.changedBy },
      { label: 'When', value: (p) => time(p.changedAt) },
    ], policies, {
      rowTestId: (p) => `policy-${p.tenant}-${p.domain}`,
      onRow: (p) => { select.value = key(p); show(box, p, user); },
      rowLabel: (p) => `Show the ${p.tenant.toLowerCase()} ${p.domain} policy`,
    }),
    el('div', { class: 'form-row' }, field('Policy', select)),
    box);
  select.addEventListener('change', () => show(box, policies.find((p) => key(p) === select.value), user));
  await show(box, policies[0], user);
}
