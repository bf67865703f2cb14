import { describe, expect, it } from 'vitest';
import { offlineRoute } from '../../../src/client/offline/offlineRoute.ts';

const ORIGIN = 'https://oefening.example';
const SHELL = new Set(['/index.html', '/assets/index-abc.js', '/assets/PlayPage-def.js']);
const get = (path: string, mode = 'no-cors') => ({ method: 'GET', mode, url: `${ORIGIN}${path}` });

describe('what the service worker answers from its shell', () => {
  it('opens the participant’s and the evaluator’s screens from the network, else the shell', () => {
    expect(offlineRoute(get('/play/s1', 'navigate'), ORIGIN, SHELL)).toBe('page');
    expect(offlineRoute(get('/evaluate/s1', 'navigate'), ORIGIN, SHELL)).toBe('page');
  });

  it('leaves the other screens to the network', () => {
    for (const path of ['/', '/facilitate/s1', '/display/s1', '/author', '/play/s1/extra']) expect(offlineRoute(get(path, 'navigate'), ORIGIN, SHELL)).toBe('network');
  });

  it('serves the shell’s own files from the cache and nothing else', () => {
    expect(offlineRoute(get('/assets/PlayPage-def.js'), ORIGIN, SHELL)).toBe('asset');
    expect(offlineRoute(get('/assets/AuthorPage-xyz.js'), ORIGIN, SHELL)).toBe('network');
  });

  it('never touches the API, the live channel, another site or a request that writes', () => {
    expect(offlineRoute(get('/api/sessions/s1/state'), ORIGIN, SHELL)).toBe('network');
    expect(offlineRoute(get('/api/index.html'), ORIGIN, new Set(['/api/index.html']))).toBe('network');
    expect(offlineRoute(get('/ws'), ORIGIN, SHELL)).toBe('network');
    expect(offlineRoute({ method: 'GET', mode: 'no-cors', url: 'https://cdn.example/assets/index-abc.js' }, ORIGIN, SHELL)).toBe('network');
    expect(offlineRoute({ method: 'POST', mode: 'navigate', url: `${ORIGIN}/play/s1` }, ORIGIN, SHELL)).toBe('network');
  });
});
