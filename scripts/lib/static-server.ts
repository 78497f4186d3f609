import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { declaredCharset } from './charset';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.php': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(relativePath: string): string;
  close(): Promise<void>;
}

/** Serves files under `roots` (first hit wins) on 127.0.0.1 at a free port: pages for tests, demo and bench. */
export async function serveStatic(roots: string[]): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = roots
      .map((root) => path.resolve(root, `.${path.posix.normalize(relative)}`))
      .find(
        (candidate, index) =>
          candidate.startsWith(path.resolve(roots[index] ?? '')) &&
          existsSync(candidate) &&
          statSync(candidate).isFile(),
      );
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body = readFileSync(file);
    // The charset the page's <meta> declares, so GBK pages are served as GBK (corpus/README.md).
    const charset = type === 'text/html' ? `; charset=${declaredCharset(body)}` : '';
    response.writeHead(200, { 'content-type': type + charset, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (relativePath) => `${origin}/${relativePath.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
