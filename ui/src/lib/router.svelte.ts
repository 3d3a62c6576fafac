// A tiny path router: the screens are top-level paths (`/faq`, `/tester`...), and the server
// answers every such path with index.html, so a reload keeps the screen.
export const screens = [
  'inbox',
  'conversations',
  'faq',
  'tester',
  'rules',
  'simulator',
  'schedule',
  'dashboard',
  'settings',
] as const;
export type Screen = (typeof screens)[number];

/** The screen named by a URL path; the inbox for `/` and anything unknown. */
export function screenOf(path: string): Screen {
  const first = path.split('/').filter(Boolean)[0] ?? '';
  return (screens as readonly string[]).includes(first) ? (first as Screen) : 'inbox';
}

export const route = $state({ screen: screenOf(location.pathname), query: location.search });

/** Goes to a screen (with an optional `?query`). */
export function go(screen: Screen, query = '') {
  history.pushState(null, '', `/${screen}${query}`);
  route.screen = screen;
  route.query = query;
}

window.addEventListener('popstate', () => {
  route.screen = screenOf(location.pathname);
  route.query = location.search;
});
