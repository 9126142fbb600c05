import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { exchanges } from '../src/index'

// A bot imports an exchange's root entry: its verifier, signature variants and signed-text rebuilder are optional
// capabilities on `./verify` and `./diagnose`, and must not be bundled with it. Each root entry is bundled from
// source (not minified, so function names survive) and searched for the capabilities' functions.
const packages = fileURLToPath(new URL('../../', import.meta.url))
const capitalized = (id: string) => id[0]!.toUpperCase() + id.slice(1)

async function bundle(id: string, entry: string): Promise<string> {
  const result = await build({
    entryPoints: [`${packages}${id}/src/${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    // Core is shared by every entry; only the exchange's own code is searched.
    external: ['@signet/core', '@signet/core/*'],
  })
  return result.outputFiles.map((f) => f.text).join('\n')
}

describe.each(exchanges.map((e) => e.id))('%s root entry', (id) => {
  const name = capitalized(id)
  const capabilities = [
    `function create${name}Verifier`,
    `function ${id}SignatureVariants`,
    `function ${id}StringToSign`,
  ]

  it('behavior: bundles none of the verify and diagnose capabilities', async () => {
    const root = await bundle(id, 'index.ts')
    expect(root).toContain(`create${name}Signer`)
    for (const code of capabilities) expect(root, code).not.toContain(code)
  })

  it('behavior: the capability subpaths do carry them (the check above can fail)', async () => {
    const capabilityCode = (await bundle(id, 'verify/index.ts')) + (await bundle(id, 'diagnose/index.ts'))
    for (const code of capabilities) expect(capabilityCode, code).toContain(code)
  })
})

describe.each(exchanges.map((e) => e.id))('%s capability subpaths', (id) => {
  const name = capitalized(id)
  const load = (entry: string) =>
    import(`${packages}${id}/src/${entry}/index.ts`) as Promise<Record<string, any>>

  it('default: every exchange names them alike, and its emulation carries the same capabilities', async () => {
    const [root, verify, diagnose, emulate] = await Promise.all([
      import(`${packages}${id}/src/index.ts`) as Promise<Record<string, any>>,
      load('verify'),
      load('diagnose'),
      load('emulate'),
    ])
    expect(typeof verify[`create${name}Verifier`]).toBe('function')
    expect(typeof verify[`${id}Verification`].createVerifier).toBe('function')
    expect(diagnose[`${id}Diagnosis`]).toEqual({
      stringToSign: diagnose[`${id}StringToSign`],
      signatureVariants: diagnose[`${id}SignatureVariants`],
    })
    const emulation = emulate[`${id}Emulation`]
    expect(emulation.definition).toBe(root[id])
    expect(emulation.verification).toBe(verify[`${id}Verification`])
    expect(emulation.diagnosis).toBe(diagnose[`${id}Diagnosis`])
    expect(emulation.examples).toBe(emulate[`${id}Examples`])
    for (const capability of ['createVerifier', 'testKey', 'stringToSign', 'signatureVariants', 'examples'])
      expect(root[id], capability).not.toHaveProperty(capability)
  })
})
