import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** Options of `readInput`. @internal */
export type ReadInputOptions = {
  /** Largest accepted input, in bytes. @default 65536 */
  maxBytes?: number
  /** How long to wait for a FIFO's writer or for piped stdin, in ms. @default 10000 */
  timeoutMs?: number
  /** Refuse a regular file that users other than its owner may read or write (a file holding a secret). */
  private?: boolean
  /** Standard input's file descriptor and whether it is a terminal (tests replace them). */
  stdin?: { fd: number; isTTY: boolean }
}

/** A file that cannot be used as input; `reason` is safe to print (never any of the file's content). @internal */
export class InputError extends Error {
  override name = 'InputError'
  readonly path: string
  readonly reason: string
  readonly code: string
  constructor(path: string, reason: string, code = 'EINPUT') {
    super(`${path}: ${reason}`)
    this.path = path
    this.reason = reason
    this.code = code
  }
}

const KiB = 1024

/**
 * Reads a small text input (a key, a secret, a credentials file) with a size limit: a regular file, a FIFO (waits
 * for a writer up to `timeoutMs`, then fails with a message instead of hanging), a device such as /dev/zero (read
 * up to the limit, then refused), or `-` for standard input. @internal
 */
export function readInput(path: string, options: ReadInputOptions = {}): string {
  const { maxBytes = 64 * KiB, timeoutMs = 10_000 } = options
  const stdin = options.stdin ?? { fd: 0, isTTY: process.stdin.isTTY === true }
  const label = path === '-' ? 'standard input' : path
  if (path === '-' && stdin.isTTY) return readAll(stdin.fd, label, maxBytes) // typed by hand, ends with Ctrl+D
  let fd: number
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of blocking this thread forever.
    // For `-`, /dev/fd/0 reopens the pipe with its own flags (Linux), so the wait below has a deadline too.
    fd = openSync(path === '-' ? `/dev/fd/${stdin.fd}` : path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    if (path === '-') return readAll(stdin.fd, label, maxBytes)
    const code = (error as { code?: string }).code ?? 'EIO'
    throw new InputError(label, describeOpenError(code), code)
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory()) throw new InputError(label, 'is a directory', 'EISDIR')
    if (stat.isFile()) {
      if (stat.size > maxBytes) throw tooLarge(label, maxBytes)
      // Group or other bits: the secret is readable (or replaceable) by other users of this machine.
      if (options.private && process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
        const mode = (stat.mode & 0o777).toString(8)
        throw new InputError(
          label,
          `is accessible to other users (mode ${mode}); run: chmod 600 ${path}`,
          'EPERM',
        )
      }
      return readAll(fd, label, maxBytes)
    }
    if (stat.isFIFO() || stat.isSocket()) return readPipe(fd, label, maxBytes, timeoutMs)
    return readAll(fd, label, maxBytes)
  } finally {
    closeSync(fd)
  }
}

function readAll(fd: number, label: string, maxBytes: number): string {
  const buffer = Buffer.alloc(maxBytes + 1)
  let length = 0
  for (;;) {
    let n: number
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null)
    } catch (error) {
      if ((error as { code?: string }).code === 'EAGAIN') {
        sleep(20)
        continue
      }
      throw new InputError(label, `cannot be read (${(error as { code?: string }).code ?? 'EIO'})`)
    }
    if (n === 0) break
    length += n
    if (length > maxBytes) throw tooLarge(label, maxBytes)
  }
  return buffer.subarray(0, length).toString('utf8')
}

// A non-blocking pipe: read 0 bytes before any data means "no writer yet" (or none so far), EAGAIN means a writer
// is connected but silent; either way wait until the deadline. After data, 0 bytes is the end of the input.
function readPipe(fd: number, label: string, maxBytes: number, timeoutMs: number): string {
  const buffer = Buffer.alloc(maxBytes + 1)
  const deadline = Date.now() + timeoutMs
  let length = 0
  for (;;) {
    let n = -1
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null)
    } catch (error) {
      if ((error as { code?: string }).code !== 'EAGAIN') {
        throw new InputError(label, `cannot be read (${(error as { code?: string }).code ?? 'EIO'})`)
      }
    }
    if (n > 0) {
      length += n
      if (length > maxBytes) throw tooLarge(label, maxBytes)
      continue
    }
    if (n === 0 && length > 0) break
    if (Date.now() >= deadline) {
      throw new InputError(
        label,
        length > 0
          ? `the writer stopped without closing for ${timeoutMs / 1000} s`
          : `nothing was written to it within ${timeoutMs / 1000} s (a FIFO or pipe with no writer?)`,
        'ETIMEDOUT',
      )
    }
    sleep(20)
  }
  return buffer.subarray(0, length).toString('utf8')
}

function tooLarge(label: string, maxBytes: number): InputError {
  return new InputError(
    label,
    `is larger than ${maxBytes / KiB} KiB; a key, secret or credentials file is a few KiB at most`,
    'EFBIG',
  )
}

function describeOpenError(code: string): string {
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return `cannot be opened (${code})`
}

const pause = new Int32Array(new SharedArrayBuffer(4))
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms)
}
