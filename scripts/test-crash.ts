/**
 * Runs the crash test (test/main/store/crash/crash.test.ts) with more kills than CI does:
 * `npm run test:crash -- --cycles 5000 [--seed 1234]`. A failure names the seed and the
 * cycle, and `--seed` replays the same kill moments.
 */
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: { cycles: { type: 'string', default: '300' }, seed: { type: 'string' } },
})
for (const [name, value] of Object.entries(values)) {
  if (value !== undefined && !/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, not "${value}".`)
    process.exit(2)
  }
}

const result = spawnSync(
  'vitest',
  ['run', '--project', 'slow', 'test/main/store/crash/crash.test.ts'],
  {
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: {
      ...process.env,
      ROLE_ATLAS_CRASH_CYCLES: values.cycles,
      ...(values.seed !== undefined && { ROLE_ATLAS_CRASH_SEED: values.seed }),
    },
  },
)
process.exit(result.status ?? 1)
