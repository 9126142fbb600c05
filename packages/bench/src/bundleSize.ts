// The bundled size of a minimal bot (Binance and OKX through @signet/client: create a client, call request),
// minified by esbuild, before and after the capability split (issue 20): an exchange's verifier, signature
// variants, signed-text rebuilder and examples moved from its definition to subpaths a bot never imports.
// `tsx src/bundleSize.ts` prints the table and writes results/bundle-size.md; `pnpm bench` appends the table to
// results/latest.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, type Plugin } from 'esbuild'

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const repo = join(benchDir, '..', '..')
/** The commit before the split; `git worktree add /tmp/signet-before 95367b6` makes its source available. */
export const BEFORE_COMMIT = '95367b6'
export const BEFORE_CHECKOUT = '/tmp/signet-before'

/** The bot: two exchanges, one client each, one signed request each (the network is never reached). */
const BOT = `
import { binance } from '@signet/binance'
import { createClient } from '@signet/client'
import { okx } from '@signet/okx'

const clients = [
  createClient({ exchange: binance, signer: binance.createSigner({ apiKey: 'key', secret: 'secret' }) }),
  createClient({ exchange: okx, signer: okx.createSigner({ apiKey: 'key', secret: 'secret', passphrase: 'pass' }) }),
]
export const balances = () => Promise.all([
  clients[0].request({ method: 'GET', path: '/api/v3/account', security: 'signed' }),
  clients[1].request({ method: 'GET', path: '/api/v5/account/balance', security: 'signed' }),
])
`

/** What the old definition referenced, imported from today's subpaths: the verifier, diagnosis and examples. */
const CAPABILITIES = `
import { binanceDiagnosis } from '@signet/binance/diagnose'
import { binanceExamples } from '@signet/binance/emulate'
import { binanceVerification } from '@signet/binance/verify'
import { okxDiagnosis } from '@signet/okx/diagnose'
import { okxExamples } from '@signet/okx/emulate'
import { okxVerification } from '@signet/okx/verify'

export const capabilities = [binanceVerification, binanceDiagnosis, binanceExamples, okxVerification, okxDiagnosis, okxExamples]
`

/** Resolves `@signet/<package>[/<subpath>]` to the TypeScript source of the checkout at `root`. */
function sourceOf(root: string): Plugin {
  return {
    name: 'signet-source',
    setup(b) {
      b.onResolve({ filter: /^@signet\// }, (args) => {
        const [, name, subpath] = /^@signet\/([^/]+)(?:\/(.+))?$/.exec(args.path)!
        const src = join(root, 'packages', name!, 'src')
        const path = (
          subpath ? [join(src, subpath, 'index.ts'), join(src, `${subpath}.ts`)] : [join(src, 'index.ts')]
        ).find(existsSync)
        return path ? { path } : undefined
      })
    },
  }
}

/**
 * Bytes of the minified bundle of `source`, with `@signet/*` taken from the checkout at `root`; third-party
 * packages (ky, undici) bundled too, or left out to weigh Signet's own code.
 */
export async function bundleBytes(
  source: string,
  root: string,
  thirdParty: 'bundled' | 'external' = 'bundled',
): Promise<{ bytes: number; gzip: number }> {
  const result = await build({
    ...(thirdParty === 'external' ? { packages: 'external' as const } : {}),
    stdin: { contents: source, loader: 'ts', resolveDir: benchDir },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [sourceOf(root)],
    // Third-party packages (ky) come from this workspace's install; the old checkout has none of its own.
    nodePaths: [join(repo, 'packages', 'client', 'node_modules'), join(repo, 'node_modules')],
  })
  const code = result.outputFiles[0]!.contents
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength }
}

/** One bot: its whole minified bundle, and Signet's own code in it (third-party packages left out). */
export type BundleSizeRow = { label: string; bytes: number; gzip: number; signetBytes: number }

async function measure(label: string, source: string, root: string): Promise<BundleSizeRow> {
  const whole = await bundleBytes(source, root)
  const signet = await bundleBytes(source, root, 'external')
  return { label, ...whole, signetBytes: signet.bytes }
}

/**
 * The bot's bundle before and after the split. Before: the same bot at 95367b6 when that checkout exists, and
 * always the bot plus today's capability subpaths (what the old definition dragged in). After: the bot today.
 */
export async function measureBundleSizes(): Promise<BundleSizeRow[]> {
  const rows: BundleSizeRow[] = []
  if (existsSync(join(BEFORE_CHECKOUT, 'packages', 'binance', 'src', 'definition.ts')))
    rows.push(await measure(`before: the bot at ${BEFORE_COMMIT}`, BOT, BEFORE_CHECKOUT))
  rows.push(
    await measure(
      'before, rebuilt: the bot + /verify, /diagnose and the examples it used to drag in',
      BOT + CAPABILITIES,
      repo,
    ),
  )
  rows.push(await measure('after: the bot now', BOT, repo))
  return rows
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`

/** The rows as a Markdown section: sizes, and the change from each "before" to "after". */
export function renderBundleSizes(rows: readonly BundleSizeRow[]): string {
  const after = rows.at(-1)!
  const change = (r: BundleSizeRow) =>
    r === after ? '' : `${(((after.signetBytes - r.signetBytes) / r.signetBytes) * 100).toFixed(1)} %`
  return [
    '## Bundle size of a minimal bot',
    '',
    'A bot importing `@signet/binance`, `@signet/okx` and `@signet/client` (one client per exchange, one `request`',
    'each), bundled with esbuild (`--bundle --minify --platform=node`, `@signet/*` from source). "Signet code" leaves',
    'the third-party packages out (`--packages=external`); "whole bundle" includes them (ky, and undici where the',
    'client uses it), which the split does not change.',
    `The ${BEFORE_COMMIT} row needs its source: \`git worktree add --detach ${BEFORE_CHECKOUT} ${BEFORE_COMMIT}\`, then`,
    '`pnpm --filter @signet/bench bench:bundle-size` (nothing to install or build: both sides are bundled from source).',
    '',
    '| bot | Signet code, minified | whole bundle, minified | whole, gzip | Signet code: after vs this |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${kb(r.signetBytes)} (${r.signetBytes} B) | ${kb(r.bytes)} | ${kb(r.gzip)} | ${change(r)} |`,
    ),
    '',
  ].join('\n')
}

/** The section `pnpm bench` appends to results/latest.md. */
export async function bundleSizeSection(): Promise<string> {
  return `\n${renderBundleSizes(await measureBundleSizes())}`
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const markdown = renderBundleSizes(await measureBundleSizes())
  mkdirSync(join(benchDir, 'results'), { recursive: true })
  writeFileSync(join(benchDir, 'results', 'bundle-size.md'), `# Signet bundle size\n\n${markdown}`)
  process.stdout.write(markdown)
}
