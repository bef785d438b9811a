/**
 * End-to-end harness: Debian's Chromium driven by playwright-core, with the built
 * e2e extension (.output/chrome-mv3-e2e) loaded, fixture pages served on 127.0.0.1,
 * and helpers to open the popup and side panel as tabs aimed at a page tab.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'pages');
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
/** The same test build with the boards' host access granted at install (automatic analysis on). */
export const EXTENSION_BOARDS = join(ROOT, '.output', 'chrome-mv3-e2e-boards');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.js': 'text/javascript' };

/** A 5 MB posting: a real posting whose description then runs on for megabytes. */
export function hugePage(): string {
  const page = readFileSync(join(FIXTURES, 'greenhouse.html'), 'utf8');
  const filler = '<p>Our logistics network keeps growing and this paragraph repeats to make the posting very large indeed.</p>\n';
  const marker = '<p><strong>Benefits</strong></p>';
  return page.replace(marker, `${filler.repeat(Math.ceil(5_000_000 / filler.length))}${marker}`);
}

export interface Served {
  server: Server;
  /** Every path the browser asked this server for, in order. */
  requests: string[];
  origin: string;
  close(): Promise<void>;
}

/** Serve test/fixtures/pages on a free 127.0.0.1 port. Unknown paths answer the file `spa.html` serves for them. */
export async function serveFixtures(): Promise<Served> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.startsWith('/board/')) path = '/spa-board.html'; // the single-page board serves every route
    if (path === '/huge.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hugePage());
      return;
    }
    const file = join(FIXTURES, path);
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    server,
    requests,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, offline and quiet: no GPU, no QUIC, no first-run pages, no background traffic, updates or sync. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(options: { args?: string[]; extension?: string } = {}): Promise<Session> {
  const extension = options.extension ?? EXTENSION;
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`no e2e build at ${extension}: run npm run build:e2e`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'rolelens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1200, height: 900 },
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser's tab id of a page, asked of the extension's service worker (the page is brought to front). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await session.worker.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).chrome;
    const byUrl = (await api.tabs.query({})).find((t) => t.url === u);
    if (byUrl) return byUrl.id ?? -1;
    // without a host permission (chrome:// pages) the URL is hidden: take the active tab
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab for ${url}`);
  return id;
}

/** Open an extension page (popup.html, sidepanel.html) as a tab aimed at `target`'s tab. */
export async function openExtensionPage(session: Session, file: 'popup.html' | 'sidepanel.html', target: Page, extra = ''): Promise<Page> {
  const tabId = await tabIdOf(session, target);
  const page = await session.context.newPage();
  // the size the browser gives a popup or a side panel
  await page.setViewportSize(file === 'popup.html' ? { width: 380, height: 600 } : { width: 400, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/${file}?tab=${tabId}${extra}`);
  return page;
}

export const DOC_SHOTS = join(ROOT, 'docs', 'screenshots');

/** Save a screenshot under test-results/screenshots (and docs/screenshots with UPDATE_SCREENSHOTS=1). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const fullPage = options.fullPage ?? true;
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(DOC_SHOTS, { recursive: true });
    await page.screenshot({ path: join(DOC_SHOTS, `${name}.png`), fullPage });
  }
  return path;
}

/** A browser with the extension and the fixture server for one test file: started before, closed after. */
export function withBrowser(options: { args?: string[]; extension?: string } = {}): { session: Session; served: Served } {
  const ctx = {} as { session: Session; served: Served };
  before(async () => {
    ctx.served = await serveFixtures();
    ctx.session = await launch(options);
  });
  after(async () => {
    await ctx.session?.close();
    await ctx.served?.close();
  });
  return ctx;
}

/** A proxy that answers nothing and writes down every request the browser sends off this machine. */
export async function recordingProxy(): Promise<{ port: number; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  return { port: typeof addr === 'object' && addr ? addr.port : 0, seen, server };
}

/** Put history items into the extension's stored history (newest first), as earlier browsing would have. */
export async function seedHistory(session: Session, items: unknown[]): Promise<void> {
  await session.worker.evaluate(async (add: unknown[]) => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } } }
    ).chrome;
    const key = 'rolelens:history';
    const history = ((await api.storage.local.get(key))[key] as unknown[] | undefined) ?? [];
    await api.storage.local.set({ [key]: [...add, ...history] });
  }, items);
}
