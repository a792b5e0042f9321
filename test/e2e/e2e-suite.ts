import { describe } from 'vitest'
import { browserAvailable, CHROMIUM_PATH } from './harness'

/**
 * `describe` for browser journeys. On CI a missing browser fails the run; elsewhere the
 * suite is skipped with a loud message saying how to install it.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (browserAvailable()) {
    describe(name, body)
    return
  }
  if (process.env['CI']) {
    throw new Error(`Chromium is required on CI but ${CHROMIUM_PATH} does not exist.`)
  }
  console.warn(
    `\n*** SKIPPED end-to-end suite "${name}": no browser at ${CHROMIUM_PATH}.\n` +
      '*** Install it with: sudo apt-get install -y chromium (or set ROLE_ATLAS_CHROMIUM).\n',
  )
  describe.skip(name, body)
}
