import { formatMs, type ReportedError, signedMs } from './_format'
import type { Style } from './_style'
import { formatTable } from './_table'
import type { DoctorReport } from './runDoctor'

type Status = 'ok' | 'warn' | 'fail' | 'skip'

/** `✓`, `!`, `✗`, `–` coloured by status. @internal */
export function statusMark(status: Status, style: Style): string {
  switch (status) {
    case 'ok':
      return style.green('✓')
    case 'warn':
      return style.yellow('!')
    case 'fail':
      return style.red('✗')
    case 'skip':
      return style.dim('–')
  }
}

function errorLines(error: ReportedError | undefined, style: Style): string[] {
  if (!error) return []
  const code = [
    error.code !== undefined ? `code ${error.code}` : '',
    error.status ? `HTTP ${error.status}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  const lines = [`    ${style.dim('error:')} ${error.name}${code ? ` (${code})` : ''}: ${error.message}`]
  if (error.cause) lines.push(`    ${style.dim('cause:')} ${error.cause}`)
  return lines
}

/** The clock line with offset and bound: `offset +2500.3 ms ± 0.8 ms (server − local)`. @internal */
export function offsetLine(report: DoctorReport): string {
  const { offsetMs, uncertaintyMs } = report.clock
  if (offsetMs === undefined || uncertaintyMs === undefined) return 'offset unknown'
  return `offset ${signedMs(offsetMs)} ms ± ${uncertaintyMs.toFixed(1)} ms (server − local)`
}

/** The human form of a doctor report: sample table, then one line per check with its hint. @internal */
export function renderDoctor(
  report: DoctorReport,
  style: Style,
  options: { samples?: boolean } = {},
): string {
  const { clock, credentials, call } = report
  const lines = [
    style.bold(`${report.name}`) +
      style.dim(`  ${report.product} · ${report.environment} · ${report.baseUrl}`),
  ]
  if (options.samples !== false && clock.samples.length > 0) {
    lines.push(
      '',
      formatTable(
        clock.samples.map((s, i) => [
          String(i + 1),
          s.rttMs.toFixed(1),
          signedMs(s.offsetMs),
          `±${s.halfWidthMs.toFixed(1)}`,
        ]),
        { header: ['#', 'rtt ms', 'offset ms', 'bound ms'], align: ['right', 'right', 'right', 'right'] },
        style,
      ),
      '',
    )
  }
  const { aheadMs, behindMs } = clock.tolerance
  const window =
    aheadMs === Number.POSITIVE_INFINITY && behindMs === Number.POSITIVE_INFINITY
      ? 'no timestamp window (a nonce per key)'
      : `window ${formatMs(aheadMs)} ahead, ${formatMs(behindMs)} behind`
  lines.push(
    `${statusMark(clock.status, style)} clock        ${offsetLine(report)}; ${window}`,
    `    ${clock.message}`,
  )
  if (clock.hint && clock.status !== 'ok') lines.push(`    ${style.dim('hint:')} ${clock.hint}`)
  lines.push(...errorLines(clock.error, style))

  lines.push(`${statusMark(credentials.status, style)} credentials  ${credentials.message}`)
  for (const field of credentials.fields) {
    const about = field.problem
      ? style.red(field.problem)
      : field.detail
        ? style.green(`ok (${field.detail})`)
        : style.green('ok')
    lines.push(
      `    ${field.field.padEnd(11)} ${style.dim(`${field.origin}, ${field.length} chars`)}  ${about}`,
    )
  }
  if (credentials.hint && credentials.status !== 'ok')
    lines.push(`    ${style.dim('hint:')} ${credentials.hint}`)
  lines.push(...errorLines(credentials.error, style))

  lines.push(`${statusMark(call.status, style)} signed call  ${call.message}`)
  lines.push(...errorLines(call.error, style))
  if (call.error?.hint) lines.push(`    ${style.dim('hint:')} ${call.error.hint}`)
  return lines.join('\n')
}
