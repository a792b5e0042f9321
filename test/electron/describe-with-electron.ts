import { describe } from 'vitest'
import { findElectron } from './installed-app'

/**
 * `describe` for journeys that need a real Electron binary, which cannot be downloaded on the
 * machines CI runs on. Without one the suite is skipped, loudly, with the reason and the way
 * to run it; `body` receives the unpacked Electron's folder.
 */
export function describeWithElectron(name: string, body: (dist: string) => void): void {
  const electron = findElectron()
  if ('dist' in electron) {
    describe(name, () => body(electron.dist))
    return
  }
  console.warn(
    `\n*** SKIPPED "${name}": no real Electron (${electron.missing}).\n` +
      '*** Run it where Electron exists: ELECTRON_OVERRIDE_DIST_PATH=<unpacked Electron folder> ' +
      'npm run test:electron\n' +
      '*** (on Linux without a desktop, prefix xvfb-run). ROLE_ATLAS_PACKAGED_RESOURCES=' +
      '<dist/linux-unpacked/resources> runs it on the app electron-builder built.\n',
  )
  describe.skip(name, () => body(''))
}
