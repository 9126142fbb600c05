// Package metadata a user sees on npm: the LICENSE file exists and says what every manifest says (MIT), and no
// manifest (packages, the exchange template) points at a made-up domain (example.invalid, example.com, ...).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const problems = []
const license = join(root, 'LICENSE')
if (!existsSync(license) || !/^MIT License/.test(readFileSync(license, 'utf8')))
  problems.push('LICENSE: missing or not the MIT License')
const manifests = [
  ...readdirSync(join(root, 'packages')).map((dir) => join(root, 'packages', dir, 'package.json')),
  join(root, 'templates', 'exchange', 'package.json'),
].filter((file) => existsSync(file))
const fake = /https?:\/\/[^"\s]*\b(example\.(invalid|com|org|net)|\.invalid|\.test|\.localhost)\b/i
for (const file of manifests) {
  const text = readFileSync(file, 'utf8')
  const manifest = JSON.parse(text)
  const where = relative(root, file)
  if (!manifest.private && manifest.license !== 'MIT')
    problems.push(`${where}: license is ${manifest.license}`)
  const match = text.match(fake)
  if (match) problems.push(`${where}: made-up URL ${match[0]}`)
}
for (const problem of problems) console.log(problem)
console.log(`${manifests.length} manifests and the LICENSE checked; ${problems.length} problem(s)`)
process.exit(problems.length > 0 ? 1 : 0)
