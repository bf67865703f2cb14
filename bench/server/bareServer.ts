import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor of the server benchmarks: a bare `ws` server with no sessions, no engine, no storage.
 * A client that sends `{"broadcast": n, "bytes": b}` makes it send one message of `b` bytes to
 * every other client (the fan-out floor); any other message is sent straight back to its sender
 * (the acknowledgement floor). Run as a child process; prints its port when ready.
 */
const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

server.on('connection', (socket: WebSocket) => {
  socket.on('message', (data, isBinary) => {
    const text = data.toString();
    const order = text.startsWith('{"broadcast"') ? (JSON.parse(text) as { broadcast: number; bytes: number }) : undefined;
    if (!order) {
      socket.send(text, { binary: isBinary });
      return;
    }
    const payload = payloadOf(order.broadcast, order.bytes);
    for (const client of server.clients) if (client !== socket) client.send(payload);
  });
});

/** A JSON message of `bytes` bytes naming broadcast `n`, serialized once and sent to all, as a server would. */
function payloadOf(n: number, bytes: number): string {
  const head = JSON.stringify({ type: 'update', broadcast: n, pad: '' });
  return JSON.stringify({ type: 'update', broadcast: n, pad: 'x'.repeat(Math.max(0, bytes - head.length)) });
}

server.on('listening', () => {
  const address = server.address();
  console.log(`bare ws server listening on port ${typeof address === 'object' && address ? address.port : '?'}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
