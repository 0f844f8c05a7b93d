// A small local web server for the demo site, test fixtures and the real-pages suites.
// It binds 127.0.0.1 only, and serves files from the routes it is given.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Answers a path with a page, or undefined to let the next route try. */
export type Route = (path: string) => Promise<{ body: string | Buffer; type: string; headers?: Record<string, string> } | undefined>;

/** Serves the files under `directory` at `prefix`, with any extra response `headers` (a CSP, say). */
export function directoryRoute(prefix: string, directory: string, headers: Record<string, string> = {}): Route {
  return async (path) => {
    if (!path.startsWith(prefix)) return undefined;
    const relative = normalize(decodeURIComponent(path.slice(prefix.length))).replace(/^([/\\])+/, '');
    if (relative.split(sep).includes('..')) return undefined;
    try {
      const body = await readFile(join(directory, relative));
      return { body, type: CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream', headers };
    } catch {
      return undefined;
    }
  };
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is already in use. Stop whatever is using it, or pick another port with --port NUMBER (0 picks a free one).`);
  }
}

export interface RunningServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(routes: Route[], port = 0): Promise<RunningServer> {
  const server: Server = createServer((request, response) => void serve(request, response));
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    for (const route of routes) {
      const found = await route(path).catch(() => undefined);
      if (found) {
        response.writeHead(200, { ...found.headers, 'content-type': found.type, 'cache-control': 'no-store' });
        response.end(found.body);
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
