#!/usr/bin/env node
import { runCli } from './runCli'

runCli(process.argv).then((code) => {
  process.exitCode = code
})
