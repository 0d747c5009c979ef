// Hash routes: '#/lead/abc' matches '/lead/:uuid'. A route's view module exports
// render(root, params), which may return a function that undoes its listeners.

let cleanup = null;

function match(routes, path) {
  for (const [pattern, route] of Object.entries(routes)) {
    const names = [];
    const re = new RegExp(`^${pattern.replace(/:(\w+)/g, (_, n) => { names.push(n); return '([^/]+)'; })}$`);
    const found = path.match(re);
    if (found) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1])])) };
  }
  return null;
}

export function currentPath() {
  return location.hash.replace(/^#/, '') || '/';
}

export function go(path) {
  location.hash = `#${path}`;
}

export function startRouter(routes, root, { guard, onRoute }) {
  async function show() {
    const redirect = await guard(currentPath());
    if (redirect && redirect !== currentPath()) return go(redirect);
    const found = match(routes, currentPath()) ?? match(routes, '/');
    const view = await found.route.load();
    cleanup?.();
    root.replaceChildren();
    cleanup = (await view.render(root, found.params)) ?? null;
    onRoute(currentPath());
  }
  addEventListener('hashchange', show);
  addEventListener('langchange', show);
  return show();
}
