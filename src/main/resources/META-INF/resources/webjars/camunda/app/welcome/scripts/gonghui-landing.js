/*
 * gonghui-bpm: the first page after login is the user's own workplace, not Camunda's overview.
 *
 * "/" and "/camunda/app/" lead to the Welcome app (Camunda's own redirect), whose dashboard lists the
 * web apps a user may open. This plugin of the dashboard sends everybody but administrators on at once:
 *   - users who may open Cockpit (managers, analysts) go to Cockpit;
 *   - users who may open Tasklist (clerks) go to Tasklist;
 *   - administrators (who may open Admin) stay here and pick an app.
 * The profile page of the Welcome app ("我的资料") is not affected: it is a different route.
 * See docs/webapps-i18n.md.
 */
const appRoot = document.querySelector('base').getAttribute('app-root');

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
    const authentication = scope && scope.$root && scope.$root.authentication;
    const app = landingApp(authentication && authentication.authorizedApps);
    if (app) {
      const engine = (api && api.engine) || 'default';
      window.location.replace(`${appRoot}/app/${app}/${engine}/`);
    }
  }
};
