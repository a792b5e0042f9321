import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import {
  ToTestSchema,
  type DoubleRecord,
  type MainRequest,
  type ToMain,
} from '../electron-double/protocol'
import type { PackagedApp } from './app-layout'

const BOOTSTRAP = fileURLToPath(new URL('../electron-double/bootstrap.ts', import.meta.url))

/** Records `what` with `detail` narrowed to the fields a test reads. */
export type Recorded = DoubleRecord

/**
 * One launch of the packaged main process under the Electron double: a fresh Node process, as
 * each start of the installed app is a fresh Electron process. The test reads what the app did
 * to Electron from `records`, and acts as renderer and user through `request`.
 */
export class MainProcess {
  /** Everything the app did to Electron, in order. */
  readonly records: DoubleRecord[] = []
  /** What the process printed to stderr (main's console.error), for failure messages. */
  stderr = ''
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>
  private readonly child: ChildProcess
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void }
  >()
  private readonly watchers = new Set<() => void>()

  constructor(app: PackagedApp, userDataDir: string) {
    this.child = fork(app.mainEntry, [], {
      execArgv: ['--import', BOOTSTRAP, '--disable-warning=ExperimentalWarning'],
      // The installed app runs without the test runner's environment (NODE_ENV=test above all,
      // which would change how lowdb behaves), so only what a user's session has goes through.
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        ROLE_ATLAS_USER_DATA_DIR: userDataDir,
        ROLE_ATLAS_DOUBLE_APP_PATH: app.appPath,
        ROLE_ATLAS_DOUBLE_RESOURCES_PATH: app.resourcesPath,
      },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)))
    this.child.on('message', (raw) => this.receive(raw))
    void this.exited.then(() => {
      for (const { reject } of this.pending.values())
        reject(new Error(`main exited:\n${this.stderr}`))
      this.pending.clear()
      this.notify()
    })
  }

  private receive(raw: unknown): void {
    const message = ToTestSchema.parse(raw)
    if (message.kind === 'record') {
      this.records.push(message.record)
      this.notify()
      return
    }
    const waiting = this.pending.get(message.id)
    this.pending.delete(message.id)
    if (message.ok) waiting?.resolve(message.value)
    else waiting?.reject(new Error(message.message))
  }

  private notify(): void {
    for (const watcher of [...this.watchers]) watcher()
  }

  /** Sends what the renderer or the user did; resolves with the double's answer. */
  request(request: MainRequest): Promise<unknown> {
    const id = this.nextId++
    const message: ToMain = { kind: 'request', id, request }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.child.send(message)
    })
  }

  /** The records named `what`, in order. */
  recorded(what: string): DoubleRecord['detail'][] {
    return this.records.filter((record) => record.what === what).map((record) => record.detail)
  }

  /** Resolves with the first record named `what`; rejects when the process ends first. */
  waitFor(what: string): Promise<DoubleRecord['detail']> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.records.find((record) => record.what === what)
        if (found) {
          this.watchers.delete(check)
          resolve(found.detail)
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          this.watchers.delete(check)
          reject(new Error(`main ended before "${what}":\n${this.explainEnd()}`))
        }
      }
      this.watchers.add(check)
      check()
    })
  }

  /** What main said as it ended: error boxes it showed and what it printed, for the failure. */
  explainEnd(): string {
    const boxes = this.recorded('dialog.showErrorBox').map(
      (box) => `error box "${String(box['title'])}": ${String(box['content'])}`,
    )
    return [...boxes, this.stderr].join('\n')
  }

  /** Ends the process if a failed test left it running. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill()
  }
}
