// What the console shows to whom. A copy of the platform's role matrix
// (modules/platform/.../domain/access/Role.java; ConsoleRoleMatrixTest keeps them equal): it only
// decides which navigation and controls appear. The API enforces the same matrix and the tenant
// scope on every call, whatever is shown.

export const TENANTS = ['UTILITY', 'HOSPITAL', 'PLANT'];

const MATRIX = {
  'grid-operator': ['VIEW', 'REGISTER_DEVICES', 'ACKNOWLEDGE_ALERTS', 'RUN_SIMULATIONS'],
  'hospital-operator': ['VIEW', 'REGISTER_DEVICES', 'ACKNOWLEDGE_ALERTS', 'RUN_SIMULATIONS'],
  'plant-operator': ['VIEW', 'REGISTER_DEVICES', 'ACKNOWLEDGE_ALERTS', 'RUN_SIMULATIONS'],
  'security-officer': ['VIEW', 'READ_AUDIT', 'CERTIFY_DEVICES', 'EDIT_POLICIES', 'MANAGE_KEYS', 'ACKNOWLEDGE_ALERTS',
    'RUN_SIMULATIONS'],
  auditor: ['VIEW', 'READ_AUDIT'],
  'platform-admin': ['VIEW', 'READ_AUDIT', 'REGISTER_DEVICES', 'CERTIFY_DEVICES', 'EDIT_POLICIES', 'MANAGE_KEYS',
    'MANAGE_NETWORK', 'ACKNOWLEDGE_ALERTS', 'RUN_SIMULATIONS', 'READ_METRICS'],
  monitoring: ['READ_METRICS'],
};

/**
 * The live telemetry domains, by the tenant whose gateways write them. Reading them decrypted is
 * not a permission of the matrix above: each domain's policy names its reader roles, and the API
 * answers 403 with the policy's reason to anyone else. The console offers a domain to the people of
 * its tenant and shows that answer; it never guesses the policy.
 */
export const TELEMETRY_DOMAINS = [
  { domain: 'grid', tenant: 'UTILITY', label: 'Grid' },
  { domain: 'health', tenant: 'HOSPITAL', label: 'Health' },
  { domain: 'industrial', tenant: 'PLANT', label: 'Industrial' },
];

/** The telemetry domains of the user's tenants. */
export function telemetryDomains(user) {
  return TELEMETRY_DOMAINS.filter((d) => user.tenants.includes(d.tenant));
}

/** The roles qgate knows among the user's groups. */
export function knownRoles(user) {
  return user.roles.filter((role) => Object.hasOwn(MATRIX, role));
}

/** Whether any of the user's roles grants the permission (VIEW, READ_AUDIT, EDIT_POLICIES, ...). */
export function may(user, permission) {
  return knownRoles(user).some((role) => MATRIX[role].includes(permission));
}

/** The tenants whose objects the user works with (upper case, as the API names them). */
export function tenantsOf(user) {
  return TENANTS.filter((t) => user.tenants.includes(t));
}

/** True when the user works for every tenant: lists need no tenant filter. */
export function seesAllTenants(user) {
  return TENANTS.every((t) => user.tenants.includes(t));
}
