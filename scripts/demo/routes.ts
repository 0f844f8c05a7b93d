// Serves the demo site (rendered from data/ on each request, so edits show on reload).
import { resolve } from 'node:path';
import type { Route } from '../lib/static-server';
import { loadDemoArticles, renderArticlePage, renderFrontPage } from './site';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export function demoRoute(dataDir = resolve(PROJECT_ROOT, 'data')): Route {
  const html = (body: string) => ({ body, type: 'text/html; charset=utf-8' });
  return async (path) => {
    const articles = loadDemoArticles(dataDir);
    if (path === '/' || path === '/index.html') return html(renderFrontPage(articles));
    const match = /^\/articles\/([\w-]+)\.html$/.exec(path);
    const article = match && articles.find((candidate) => candidate.slug === match[1]);
    return article ? html(renderArticlePage(articles, article)) : undefined;
  };
}
