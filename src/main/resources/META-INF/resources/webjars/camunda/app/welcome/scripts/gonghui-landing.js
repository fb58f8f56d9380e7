/*
 * gonghui-bpm: the first page after login is the user's own workplace, not Camunda's overview.
 *
 * "/" and "/camunda/app/" lead to the Welcome app (Camunda's own redirect), whose dashboard lists the
 * web apps a user may open. When somebody has just logged in on this page, this plugin of the dashboard
 * sends them on at once:
 *   - users who may open Cockpit (managers, analysts) go to Cockpit;
 *   - users who may open Tasklist (clerks) go to Tasklist;
 *   - administrators (who may open Admin) stay here and pick an app.
 * Only right after a login here: the same dashboard is also the page "我的资料" (My profile) of every
 * app's user menu leads to (password, name), and that must stay reachable. See docs/webapps-i18n.md.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');

// The login form is the route #!/login of this page; after a successful login the app shows the
// dashboard without reloading, so a login seen by this page load means "just logged in".
let sawLoginForm = false;
function noteLoginForm() {
  if (/^#!?\/login/.test(window.location.hash)) {
    sawLoginForm = true;
  }
}
noteLoginForm();
window.addEventListener('hashchange', noteLoginForm);

function landingApp(authorizedApps) {
  const apps = authorizedApps || [];
  if (apps.includes('admin')) {
    return null;
  }
  return ['cockpit', 'tasklist'].find(app => apps.includes(app)) || null;
}

export default {
  id: 'gonghui-landing',
  pluginPoint: 'welcome.dashboard',
  priority: 100,
  render: (node, { api }, scope) => {
    if (!sawLoginForm) {
      return;
    }
    sawLoginForm = false;
    const authentication = scope && scope.$root && scope.$root.authentication;
    const app = landingApp(authentication && authentication.authorizedApps);
    if (app) {
      const engine = (api && api.engine) || 'default';
      window.location.replace(`${appRoot}/app/${app}/${engine}/`);
    }
  }
};
