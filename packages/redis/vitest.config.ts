import { signetProject } from '../../vitest.shared.ts'

// One file at a time: the fleet tests measure rates on a 2-core machine, and the other files' servers would skew them.
export default signetProject('redis', { fileParallelism: false })
