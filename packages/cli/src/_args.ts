import { UsageError } from './_intent'

/**
 * The text of `--name value` or `--name=value` exactly as typed (last occurrence). cac's parser (mri) turns
 * number-looking values into numbers, which would change a secret such as `0012` or a signature of digits, so
 * string options are read back from argv. @internal
 */
export function rawOption(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`
  let value: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1)
    // `-` alone is a value (standard input), not a flag.
    else if (arg === flag && i + 1 < argv.length && (argv[i + 1] === '-' || !argv[i + 1]!.startsWith('-')))
      value = argv[++i]
  }
  return value
}

/** A string option, byte-exact. @internal */
export function stringOption(
  argv: readonly string[],
  options: Record<string, unknown>,
  name: string,
): string | undefined {
  const parsed = options[camel(name)]
  if (parsed === undefined || parsed === false) return undefined
  const raw = rawOption(argv, name)
  if (raw !== undefined) return raw
  if (parsed === true) throw new UsageError(`--${name} needs a value`)
  return String(Array.isArray(parsed) ? parsed.at(-1) : parsed)
}

/** An integer option within bounds. @internal */
export function integerOption(
  argv: readonly string[],
  options: Record<string, unknown>,
  name: string,
  bounds: { min?: number; max?: number } = {},
): number | undefined {
  const text = stringOption(argv, options, name)
  if (text === undefined) return undefined
  const value = Number(text)
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds
  if (!/^[+-]?\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be an integer between ${min} and ${max}`)
  }
  return value
}

/** `a,b, c` → `['a', 'b', 'c']`. @internal */
export function listOption(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}
