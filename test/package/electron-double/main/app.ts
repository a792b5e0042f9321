import { EventEmitter } from 'node:events'
import { mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { hostname, homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotImplementedInDouble } from '../strict'
import { electronEvent } from './electron-event'
import type { MainState } from './state'

/** Where the packaged app lives, as Electron knows it before the main script runs. */
export interface AppLocation {
  /** `app.getAppPath()`: the folder (or app.asar) holding package.json. */
  appPath: string
  isPackaged: boolean
}

interface AppPackageJson {
  name: string
  productName?: string
  version: string
}

/** Chromium's process-singleton lock: a symlink in the user-data folder naming host and pid. */
const SINGLETON_LOCK = 'SingletonLock'

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The `app` module: paths, the single-instance lock, the ready and quit life cycle. Events come
 * in Electron's order: `will-finish-launching`, `ready`; on quit `before-quit`, every window's
 * `close`/`closed`, `will-quit` (a listener may hold the quit with `preventDefault`), `quit`,
 * and then the process ends without waiting for pending work, as Electron's does.
 */
export class App extends EventEmitter {
  readonly isPackaged: boolean
  private readonly state: MainState
  private readonly appPath: string
  private readonly packageJson: AppPackageJson
  private readonly paths = new Map<string, string>()
  private ready = false
  private readonly readyPromise: Promise<void>
  private readonly readyTimer: NodeJS.Immediate
  private heldLock: string | undefined

  constructor(state: MainState, location: AppLocation) {
    super()
    this.state = state
    this.appPath = location.appPath
    this.isPackaged = location.isPackaged
    this.packageJson = JSON.parse(
      readFileSync(join(location.appPath, 'package.json'), 'utf8'),
    ) as AppPackageJson
    let markReady = (): void => undefined
    this.readyPromise = new Promise((resolve) => (markReady = resolve))
    // Electron gets ready once the main script's first turn has run.
    this.readyTimer = setImmediate(() => {
      this.emit('will-finish-launching')
      this.ready = true
      state.channel.record('app.ready')
      this.emit('ready', electronEvent(), {})
      markReady()
    })
    state.onAllWindowsClosed = () => {
      const listened = this.listenerCount('window-all-closed') > 0
      state.channel.record('app.window-all-closed', { listened })
      // Without a listener Electron quits on its own; with one, the listener decides.
      if (listened) this.emit('window-all-closed')
      else this.quit()
    }
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  isReady(): boolean {
    return this.ready
  }

  getAppPath(): string {
    return this.appPath
  }

  getVersion(): string {
    return this.packageJson.version
  }

  getName(): string {
    return this.packageJson.productName ?? this.packageJson.name
  }

  getPath(name: string): string {
    const set = this.paths.get(name)
    if (set) return set
    const home = homedir()
    const appData = process.env['XDG_CONFIG_HOME'] ?? join(home, '.config')
    switch (name) {
      case 'home':
        return home
      case 'appData':
        return appData
      case 'userData':
        return join(this.getPath('appData'), this.getName())
      case 'documents':
        return join(home, 'Documents')
      case 'temp':
        return tmpdir()
      default:
        throw new NotImplementedInDouble(`app.getPath('${name}')`)
    }
  }

  setPath(name: string, path: string): void {
    this.state.channel.record('app.setPath', { name, path })
    this.paths.set(name, path)
  }

  /**
   * Takes Chromium's lock in the user-data folder, as it stands when called. A lock whose
   * owner is gone is taken over; a live owner's lock answers false and changes nothing.
   */
  requestSingleInstanceLock(): boolean {
    const userData = this.getPath('userData')
    const lockPath = join(userData, SINGLETON_LOCK)
    mkdirSync(userData, { recursive: true })
    const granted = this.tryLock(lockPath)
    this.state.channel.record('app.requestSingleInstanceLock', { granted, userData })
    return granted
  }

  private tryLock(lockPath: string): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        symlinkSync(`${hostname()}-${process.pid}`, lockPath)
        this.heldLock = lockPath
        process.once('exit', () => this.releaseLock())
        return true
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const owner = Number(readlinkSync(lockPath).split('-').pop())
      if (Number.isInteger(owner) && isRunning(owner)) return false
      unlinkSync(lockPath)
    }
    return false
  }

  private releaseLock(): void {
    if (this.heldLock) rmSync(this.heldLock, { force: true })
    this.heldLock = undefined
  }

  setAboutPanelOptions(options: Record<string, unknown>): void {
    this.state.channel.record('app.setAboutPanelOptions', options)
  }

  showAboutPanel(): void {
    this.state.channel.record('app.showAboutPanel')
  }

  /** Starts a quit; a quit already under way makes this a no-op, as in Electron. */
  quit(): void {
    if (this.state.quitting) return
    this.state.channel.record('app.quit')
    const beforeQuit = electronEvent()
    this.emit('before-quit', beforeQuit)
    if (beforeQuit.defaultPrevented) return
    this.state.quitting = true
    for (const window of [...this.state.windows]) window.close()
    // A window whose `close` was prevented stays open and cancels the quit.
    if (this.state.windows.some((window) => !window.isDestroyed())) {
      this.state.quitting = false
      return
    }
    const willQuit = electronEvent()
    this.emit('will-quit', willQuit)
    this.state.channel.record('app.will-quit', { held: willQuit.defaultPrevented })
    if (willQuit.defaultPrevented) {
      this.state.quitting = false
      return
    }
    this.emit('quit', electronEvent(), 0)
    this.end(0)
  }

  /** Ends at once, closing windows without asking and emitting no quit event. */
  exit(exitCode = 0): void {
    this.end(exitCode)
  }

  /** The process ends here; work the app left pending (an unawaited write, say) is lost. */
  private end(exitCode: number): void {
    clearImmediate(this.readyTimer)
    this.state.channel.record('app.exit', { exitCode })
    this.state.channel.exit(exitCode)
  }
}
