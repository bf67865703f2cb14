/**
 * The server's WebSocket address for a session, on the host that served the page. The session id
 * in the query is for the proxy in front of several instances: it sends every client of one
 * session to the instance that plays it (the server itself reads the id from the hello).
 */
export function socketUrl(sessionId: string, location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws?session=${encodeURIComponent(sessionId)}`;
}
