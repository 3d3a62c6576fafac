// Who is signed in: the API token, and the one API client every screen uses.
// The token comes from the desktop shell (`window.__OWLDESK__.token`), a `#token=` link, or the
// login screen, and is remembered in localStorage. A 401 from the server signs out.
import { createApi } from './api/client';

const KEY = 'owldesk.token';

declare global {
  interface Window {
    __OWLDESK__?: { token?: string; baseUrl?: string };
  }
}

function initialToken(): string | null {
  const injected = window.__OWLDESK__?.token;
  if (injected) return injected;
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m?.[1]) {
    const token = decodeURIComponent(m[1]);
    localStorage.setItem(KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
    return token;
  }
  return localStorage.getItem(KEY);
}

export const session = $state({ token: initialToken(), live: false });

/** Keeps a token that the server accepted. */
export function signIn(token: string) {
  localStorage.setItem(KEY, token);
  session.token = token;
}

/** Forgets the token. */
export function signOut() {
  localStorage.removeItem(KEY);
  session.token = null;
}

/** The API client of the app. */
export const api = createApi({
  baseUrl: window.__OWLDESK__?.baseUrl ?? '',
  token: () => session.token,
  onUnauthorized: signOut,
});
