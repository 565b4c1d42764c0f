/**
 * `BENCH_ONLY=client-size npm run bench`: what the login page makes the
 * browser download, gzipped (issue 10: JS + CSS ≤ 200 kB).
 *
 * Builds the web client with Vite into a temporary folder with a manifest,
 * then follows it from index.html's entry: the entry chunk, every chunk it
 * imports statically (they load before the first render), the CSS of those,
 * and the default locale's core texts (main.tsx fetches them before rendering).
 * Pages loaded with lazy() and the other locale are not counted: the login
 * page does not load them. Writes bench/results/client-size.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const RESULTS_FILE = new URL('./results/client-size.json', import.meta.url);
const BUDGET_GZIP_BYTES = 200 * 1000;
const webConfig = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface ClientSizeAsset {
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface ClientSizeReport {
  measuredAt: string;
  node: string;
  loginPage: {
    assets: ClientSizeAsset[];
    jsGzipBytes: number;
    cssGzipBytes: number;
    totalGzipBytes: number;
    totalBytes: number;
  };
  budgetGzipBytes: number;
  withinBudget: boolean;
  allJsGzipBytes: number;
  chunkCount: number;
}

/** The manifest keys the page loads before its first render: the entry, its static imports, and `extra` with theirs. */
export function loginPageChunks(manifest: Manifest, extra: string[] = []): ManifestChunk[] {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry && chunk.src?.endsWith('index.html'));
  if (!entry) throw new Error('the manifest has no index.html entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry[0]);
  for (const key of extra) visit(key);
  return [...seen].map((key) => manifest[key]!);
}

function measure(dir: string, file: string): ClientSizeAsset {
  const bytes = readFileSync(join(dir, file));
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
}

export async function runClientSizeBench(log: (line: string) => void = console.log): Promise<ClientSizeReport> {
  const outDir = mkdtempSync(join(tmpdir(), 'indsats-client-size-'));
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: webConfig,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const defaultLocale = Object.keys(manifest).find((key) => /i18n\/da\.core\.ts$/.test(key));
    if (!defaultLocale) throw new Error('the Danish core texts are not a chunk of their own (web/src/i18n/da.core.ts)');
    const chunks = loginPageChunks(manifest, [defaultLocale]);
    const files = new Set<string>();
    for (const chunk of chunks) {
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
    }
    const assets = [...files].map((file) => measure(outDir, file)).sort((a, b) => b.gzipBytes - a.gzipBytes);
    const sum = (list: ClientSizeAsset[], key: 'bytes' | 'gzipBytes') => list.reduce((total, a) => total + a[key], 0);
    const js = assets.filter((a) => a.kind === 'js');
    const css = assets.filter((a) => a.kind === 'css');
    const allJs = Object.values(manifest)
      .map((c) => c.file)
      .filter((f, i, all) => f.endsWith('.js') && all.indexOf(f) === i)
      .map((file) => measure(outDir, file));
    const report: ClientSizeReport = {
      measuredAt: new Date().toISOString(),
      node: process.version,
      loginPage: {
        assets,
        jsGzipBytes: sum(js, 'gzipBytes'),
        cssGzipBytes: sum(css, 'gzipBytes'),
        totalGzipBytes: sum(assets, 'gzipBytes'),
        totalBytes: sum(assets, 'bytes'),
      },
      budgetGzipBytes: BUDGET_GZIP_BYTES,
      withinBudget: sum(assets, 'gzipBytes') <= BUDGET_GZIP_BYTES,
      allJsGzipBytes: sum(allJs, 'gzipBytes'),
      chunkCount: allJs.length,
    };
    const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    log('Web-klient: hvad login-siden henter (gzip, niveau 9)');
    for (const a of assets) log(`  ${a.file.padEnd(40)} ${kB(a.bytes).padStart(10)} → ${kB(a.gzipBytes).padStart(9)}`);
    log(
      `  i alt: JS ${kB(report.loginPage.jsGzipBytes)} + CSS ${kB(report.loginPage.cssGzipBytes)} = ${kB(report.loginPage.totalGzipBytes)}; ` +
        `mål ≤ ${kB(BUDGET_GZIP_BYTES)}: ${report.withinBudget ? 'nået' : 'IKKE nået'}`,
    );
    log(`  hele klienten: ${report.chunkCount} JS-filer, ${kB(report.allJsGzipBytes)} gzip`);
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(outDir, { recursive: true, force: true });
  }
}
