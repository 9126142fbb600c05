import { signetProject } from '../../vitest.shared.ts'

// The fleet tests measure achieved rates on a 2-core machine: the project runs after every other project has
// finished (groupOrder 1), and one file at a time, so no other test's servers and workers skew the rates.
export default signetProject('redis', { fileParallelism: false, sequence: { groupOrder: 1 } })
