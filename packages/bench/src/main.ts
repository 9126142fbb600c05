import { runChild } from './runChild'

const [, , mode, kind, arg] = process.argv
if (mode === 'child') {
  await runChild(kind!, arg)
  process.exit(0)
} else {
  const { runAll } = await import('./run')
  await runAll(process.argv.slice(2))
}
