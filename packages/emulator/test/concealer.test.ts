import { expect, it } from 'vitest'
import { createConcealer } from '../src/inspector/_createConcealer'

const r = `0x${'ab'.repeat(32)}`
const s = `0x${'cd'.repeat(32)}`

it('behavior: a signature nested in a JSON body is shortened wherever it shows', () => {
  const body = JSON.stringify({ action: { type: 'order' }, nonce: 1796000000000, signature: { r, s, v: 27 } })
  const conceal = createConcealer(() => [])
  const shown = JSON.stringify(
    conceal({ body, echoed: `rejected ${r}` }, { method: 'POST', url: '/exchange', headers: {}, body }),
  )
  expect(shown).not.toContain(r)
  expect(shown).not.toContain(s)
  expect(shown).toContain('0xab…')
  expect(shown).toContain('1796000000000')
})

it('behavior: secrets and passphrases of every key are removed, API keys shortened, from any value', () => {
  const key = { apiKey: 'inspector-api-key-1', secret: 'S3cr3t+/=value', passphrase: 'pass phrase' }
  const conceal = createConcealer(() => [key])
  const shown = JSON.stringify(
    conceal({
      [key.apiKey]: [
        key.secret,
        encodeURIComponent(key.secret),
        `x${key.passphrase}y`,
        encodeURIComponent(key.passphrase),
      ],
    }),
  )
  for (const value of Object.values(key)) expect(shown).not.toContain(value)
  expect(shown).not.toContain(encodeURIComponent(key.secret))
  expect(shown).toContain('insp…')
})
