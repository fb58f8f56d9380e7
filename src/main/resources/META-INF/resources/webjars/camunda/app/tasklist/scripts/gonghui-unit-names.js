/*
 * gonghui-bpm: Tasklist shows org units by name (城关镇东街社区工会), not by code (SFX-CG-DJ).
 *
 * Every org unit is a Camunda tenant and a group, both with the unit's code as id and its name as name
 * (organisation/OrgUnitService). Tasklist shows two of these ids as they are:
 *   - the task's tenant, at the top right of the open task;
 *   - a candidate group whose name the user may not read (Tasklist shows the name of the groups the
 *     user belongs to, the id of the others).
 * (The task cards' 所属单位 is the case variable orgUnitName, which the platform writes with the name.)
 * The user may read the tenants of exactly the units whose cases and tasks they see (a clerk their unit,
 * a manager their unit and every unit below), so this module asks the engine for those tenants
 * (GET …/tenant, under the user's own authorizations) and writes the name in place of the code in those
 * places. It changes the text of Tasklist's own text nodes only, so Tasklist keeps updating them; a
 * code the user may not read stays a code. See docs/webapps-i18n.md.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');
const TENANTS = `${appRoot}/api/engine/engine/default/tenant`;

/** Where Tasklist writes a unit code: task header (tenant), candidate groups. */
const PLACES = ['.task-card .tenant-id', '.meta .groups a'].join(', ');

let names = null;
let loading = null;

function loadNames() {
  if (!loading) {
    loading = fetch(TENANTS, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(response => (response.ok ? response.json() : null))
      .then(tenants => {
        names = new Map((tenants || []).map(tenant => [tenant.id, tenant.name || tenant.id]));
        loading = null;
        rename();
      })
      .catch(() => {
        loading = null;
      });
  }
}

/** "SFX-CG-DJ" or "SFX-CG-DJ, SFX-CG" (the groups list) with every known code replaced by its name. */
function withNames(text) {
  return text.replace(/[A-Za-z0-9][A-Za-z0-9._-]*/g, code => (names.has(code) ? names.get(code) : code));
}

function rename() {
  if (!names) {
    return;
  }
  for (const element of document.querySelectorAll(PLACES)) {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.nodeValue.trim()) {
        const renamed = withNames(node.nodeValue);
        if (renamed !== node.nodeValue) {
          node.nodeValue = renamed;
        }
      }
    }
  }
}

new MutationObserver(() => {
  if (document.querySelector("form[name='signinForm']")) {
    names = null; // logged out: the next user has other units
  } else if (document.querySelector(PLACES)) {
    if (names) {
      rename();
    } else {
      loadNames();
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
