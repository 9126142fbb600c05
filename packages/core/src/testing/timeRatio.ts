/**
 * How many times longer `run` takes on the large input than on the small one, for linear-time checks of hostile input
 * (20x the input takes about 20x as long when the work is linear, 400x when it is quadratic): each side's best of
 * `runs` timings in ms of this process's CPU time (at least 0.05), taken in turns, so that other processes on a busy
 * machine count on neither side. When `run` copies its input into a new string (`JSON.parse` does), keep both inputs
 * over 128 kB: V8 puts larger strings in its large-object space, on fresh pages, which can cost 8x as much per byte as
 * the regular heap on a virtual machine, so a 50 kB to 1 MB ratio reads 60-170x for linear work there.
 *
 * @example
 * expect(timeRatio(redactText, 'a'.repeat(50_000), 'a'.repeat(1_000_000))).toBeLessThan(60)
 */
export function timeRatio<input>(
  run: (input: input) => unknown,
  small: input,
  large: input,
  runs = 7,
): number {
  const time = (value: input) => {
    // CPU time, not the wall clock: a test runner's other workers share the machine.
    const start = process.cpuUsage()
    run(value)
    const used = process.cpuUsage(start)
    return (used.user + used.system) / 1000
  }
  // Warm-up: the first call compiles what the timed ones measure.
  time(small)
  let bestSmall = Number.POSITIVE_INFINITY
  let bestLarge = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    bestSmall = Math.min(bestSmall, time(small))
    bestLarge = Math.min(bestLarge, time(large))
  }
  return Math.max(bestLarge, 0.05) / Math.max(bestSmall, 0.05)
}
