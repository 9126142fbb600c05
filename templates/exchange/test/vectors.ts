import type { SignerVector } from '@signet/core/testing'

// TODO(new-exchange): every reproducible worked example from the exchange's own docs, each with its URL and
// section (recompute them with node:crypto first, as docs/spec/vectors/verify-vectors.mjs does). Where the docs
// publish none, take vectors from an independent implementation (ccxt or the official SDK) and say so here.

/** __Name__ vectors with their sources. */
export const vectors: SignerVector[] = []
