import { signetProject } from '../../vitest.shared.ts'

export default signetProject('exchanges')
