// Every spec reference in a README, the contributor guide, the template or the code resolves to a file in this
// repository: `spec <name>.md`, `spec/<name>.md` and `docs/spec/<name>.md` need docs/spec/<name>.md, and nothing
// may point outside it (`shared/spec/...`, the old notes `candidates.md` and `next.md`; a spec file may name them
// as its provenance). Exit 1 on any miss.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const specDir = join(root, 'docs', 'spec')
const skipDirs = new Set(['node_modules', 'dist', '.turbo', 'coverage', '.reports', 'results'])
const extensions = /\.(ts|mts|mjs|js|md|tpl|json)$/

const files = [
  join(root, 'README.md'),
  join(root, 'CONTRIBUTING.md'),
  ...walk(join(root, 'packages')),
  ...walk(join(root, 'templates')),
  ...walk(join(root, 'scripts')),
  ...walk(join(root, 'docs')),
].filter((file) => existsSync(file) && file !== join(root, 'scripts', 'check-spec-refs.mjs'))

const problems = []
let references = 0
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const inSpecDir = file.startsWith(specDir)
  lines.forEach((line, index) => {
    const where = `${relative(root, file)}:${index + 1}`
    for (const match of line.matchAll(/(?:docs\/)?spec[ /]([a-z0-9-]+)\.md/g)) {
      references++
      if (/shared\/spec/.test(line.slice(Math.max(0, match.index - 7), match.index + 5))) continue
      if (match[1] === 'candidates' || match[1] === 'next') continue // reported below
      if (match[1] === 'acme') continue // the contributor guide's example exchange
      if (!existsSync(join(specDir, `${match[1]}.md`)))
        problems.push(`${where}: ${match[0]} (no docs/spec/${match[1]}.md)`)
    }
    // A spec file may name the notes it was collected from (provenance); code and READMEs cite docs/spec.
    if (!inSpecDir && /shared\/spec/.test(line))
      problems.push(`${where}: points outside the repository (shared/spec)`)
    // The spec files themselves may mention the notes they came from; code and READMEs cite docs/spec.
    if (!inSpecDir && /\b(candidates|next)\.md\b/.test(line))
      problems.push(
        `${where}: cites ${line.match(/\b(candidates|next)\.md\b/)[0]}, which is not in the repository`,
      )
    for (const match of line.matchAll(/vectors\/([\w.-]+\.(?:mjs|pem))/g)) {
      references++
      if (!existsSync(join(specDir, 'vectors', match[1])))
        problems.push(`${where}: ${match[0]} (no docs/spec/vectors/${match[1]})`)
    }
  })
}
for (const problem of problems) console.log(problem)
console.log(`${references} spec references in ${files.length} files; ${problems.length} unresolved`)
process.exit(problems.length > 0 ? 1 : 0)

function walk(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    if (skipDirs.has(name) || name.startsWith('.')) return []
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : extensions.test(name) ? [full] : []
  })
}
