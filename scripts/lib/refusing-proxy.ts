// A proxy that lets nothing through and writes down everything that tried to leave the machine.
// Browsers under test send all non-local traffic here, including an extension's background and pages.
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RefusingProxy {
  port: number;
  /** Everything refused since the last reset, as "METHOD host/path". */
  attempts(): string[];
  reset(): void;
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  let attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    attempts.push(`${request.method} ${request.url}`);
    response.writeHead(403, { 'content-type': 'text/plain' });
    response.end('Blocked by the Counterpoint test proxy.');
  });
  server.on('connect', (request, socket: Socket) => {
    attempts.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    attempts: () => [...attempts],
    reset: () => {
      attempts = [];
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
