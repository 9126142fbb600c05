import { signetProject } from '../../vitest.shared'

export default signetProject('emulator')
