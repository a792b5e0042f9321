/**
 * One Role Atlas instance for the two-instances test: `node app-instance.ts <data dir>` opens
 * the app's real container on the folder and prints `opened <pid>`, or `refused <message>`
 * and exits 3 when the folder is taken. It shuts down cleanly when its stdin closes.
 *
 * The tests run it bundled (see build-child.ts).
 */
import { InstanceLockedError } from '../../../../src/main/store/instance-lock'
import { openTestContainer } from '../../ipc/test-container'

const [dataDir] = process.argv.slice(2)
if (!dataDir) throw new Error('usage: app-instance.ts <data dir>')

try {
  const container = await openTestContainer(dataDir)
  process.stdout.write(`opened ${process.pid}\n`)
  process.stdin.resume()
  process.stdin.on('end', () => {
    void container.shutdown().then(() => process.exit(0))
  })
} catch (error) {
  if (!(error instanceof InstanceLockedError)) throw error
  process.stdout.write(`refused ${error.message}\n`)
  process.exitCode = 3
}
