import exchangeBuild from '../../tsup.exchange.ts'

export default exchangeBuild
