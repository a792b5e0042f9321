/**
 * One Role Atlas instance for the two-instances test: `node app-instance.ts <data dir>
 * <catalog dir>` opens
 * the app's real container on the folder and prints `opened <pid>`, or `refused <message>`
 * and exits 3 when the folder is taken. It shuts down cleanly when its stdin closes.
 *
 * The tests run it bundled (see build-child.ts), so the catalog folder, which the source tree
 * finds beside its own files, is handed in.
 */
import { InstanceLockedError } from '../../../../src/main/store/instance-lock'
import { openTestContainer } from '../../ipc/test-container'

const [dataDir, catalogDir] = process.argv.slice(2)
if (!dataDir || !catalogDir) throw new Error('usage: app-instance.ts <data dir> <catalog dir>')

try {
  const container = await openTestContainer(dataDir, { catalogDir })
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
