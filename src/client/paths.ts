/**
 * The client's routes, the links people share: keep them stable. Keys travel in the fragment
 * (after `#`), which browsers never send to the server, so they stay out of its logs.
 */
export const ROUTES = {
  start: '/',
  join: '/join/:joinCode',
  play: '/play/:sessionId',
  facilitate: '/facilitate/:sessionId',
  display: '/display/:sessionId',
  debrief: '/debrief/:sessionId',
  evaluate: '/evaluate/:sessionId',
  author: '/author',
} as const;

const segment = encodeURIComponent;

export const paths = {
  start: () => '/',
  join: (joinCode: string) => `/join/${segment(joinCode)}`,
  play: (sessionId: string) => `/play/${segment(sessionId)}`,
  facilitate: (sessionId: string, key?: string) => `/facilitate/${segment(sessionId)}${key === undefined ? '' : `#key=${segment(key)}`}`,
  /** The display link carries its key and, so the projector can show it before play, the join code. */
  display: (sessionId: string, key: string, joinCode?: string) =>
    `/display/${segment(sessionId)}#key=${segment(key)}${joinCode === undefined ? '' : `&code=${segment(joinCode)}`}`,
  debrief: (sessionId: string) => `/debrief/${segment(sessionId)}`,
  evaluate: (sessionId: string, token?: string) => `/evaluate/${segment(sessionId)}${token === undefined ? '' : `#token=${segment(token)}`}`,
  author: () => '/author',
};

/** The session of a participant's play address (`/play/:sessionId`); undefined for any other address. */
export function playedSession(pathname: string): string | undefined {
  const [, screen, sessionId = '', ...rest] = pathname.split('/');
  return screen === 'play' && sessionId !== '' && rest.every((part) => part === '') ? decodeURIComponent(sessionId) : undefined;
}

/** The parameters in a URL fragment such as `#key=abc&code=K7MP2Q`. */
function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

/**
 * Takes the parameters out of the address bar once they are read (and kept on the device), so a
 * key never stands on a projected screen or in a link copied from the address bar.
 */
export function takeFragmentParams(): URLSearchParams {
  const params = fragmentParams(window.location.hash);
  if (window.location.hash !== '') window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return params;
}
