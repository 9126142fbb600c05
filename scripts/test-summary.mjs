// Prints the plain closing line CI counts, "N passed, N failed[, N skipped]", from vitest's JSON report plus
// the CI steps (`--steps-passed=N --steps-failed=N`), each counted as one check.
import { existsSync, readFileSync } from 'node:fs'

const flag = (name) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? 0)
const stepsPassed = flag('steps-passed')
const stepsFailed = flag('steps-failed')
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '.reports/vitest.json'
if (!existsSync(file)) {
  console.error(`no vitest report at ${file}`)
  console.log(`${stepsPassed} passed, ${stepsFailed + 1} failed`)
  process.exit(1)
}
const report = JSON.parse(readFileSync(file, 'utf8'))
// A test file that fails to load has no failed test in it, but it is a failure all the same.
const brokenFiles = (report.testResults ?? []).filter(
  (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
).length
const passed = (report.numPassedTests ?? 0) + stepsPassed
const failed = (report.numFailedTests ?? 0) + brokenFiles + stepsFailed
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || (report.numPassedTests ?? 0) === 0 ? 1 : 0)
