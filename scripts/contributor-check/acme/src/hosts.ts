import type { ProductDefinition } from '@signet/core'

// Acme (RULES.md): one REST host; the server time is GET /api/v1/time.

/** Acme hosts and server-time requests per product, as data. */
export const acmeHosts = {
  spot: {
    rest: { live: 'https://api.acme.invalid' },
    serverTime: { method: 'GET', path: '/api/v1/time', security: 'none' },
  },
} as const satisfies Record<string, ProductDefinition>
