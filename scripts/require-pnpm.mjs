// preinstall guard: a root `npm install` (or yarn) "succeeds" but ignores the workspace (toolchain trap 7).
// biome-ignore lint/suspicious/noUndeclaredEnvVars: pnpm's preinstall hook reads it, not a turbo task
if (!/\bpnpm\//.test(process.env.npm_config_user_agent ?? '')) {
  console.error('This repository installs with pnpm: npx -y pnpm@10.34.9 install --frozen-lockfile')
  process.exit(1)
}
