import { randomBytes } from 'node:crypto'

/** A key made up for tests, in Kraken's shape (56-character public key, 64-byte base64 private key). */
export const testKey = {
  apiKey: 'TESTkeyAbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijKL',
  secret: randomBytes(64).toString('base64'),
}
