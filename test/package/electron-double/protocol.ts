import { z } from 'zod'

/**
 * The wire between the Electron double (inside the child process that runs the packaged main)
 * and the test. The child reports what the app did to Electron as records; the test plays the
 * renderer and the user by sending requests, which the double turns into Electron events.
 */

/** Something the app did to Electron, or an event Electron delivered to it, in order. */
export interface DoubleRecord {
  what: string
  detail: Record<string, unknown>
}

/** What the renderer side or the user does to the running main process. */
export type MainRequest =
  /** `ipcRenderer.invoke` from the window's frame at `frameUrl`. */
  | {
      type: 'invoke'
      windowId: number
      frameUrl: string
      isMainFrame: boolean
      channel: string
      args: unknown[]
    }
  /** The page has painted: Electron emits `ready-to-show` and settles `loadURL`. */
  | { type: 'renderer-ready'; windowId: number }
  /** The page asked to leave (a link, `location.href = …`, a server redirect). */
  | { type: 'navigate'; windowId: number; event: 'will-navigate' | 'will-redirect'; url: string }
  /** The page asked for a new window (`window.open`, a `target="_blank"` link). */
  | { type: 'open-window'; windowId: number; url: string }
  /** The page tried to attach a `<webview>`. */
  | { type: 'attach-webview'; windowId: number }
  /** The user closed the window. */
  | { type: 'close-window'; windowId: number }
  /** Another launch was refused the single-instance lock (Chromium tells the first one). */
  | { type: 'second-instance'; argv: string[]; workingDirectory: string }
  /** The user chose the application-menu item labelled `label`. */
  | { type: 'menu-click'; label: string }
  /** The page asked for a permission (camera, notifications, …). */
  | { type: 'permission-request'; windowId: number; permission: string }

/** Messages from the child to the test. */
export type ToTest =
  | { kind: 'record'; record: DoubleRecord }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; message: string }

/** Messages from the test to the child. */
export interface ToMain {
  kind: 'request'
  id: number
  request: MainRequest
}

/** Checks what the child sends: it is another process, so its messages are a boundary. */
export const ToTestSchema: z.ZodType<ToTest> = z.union([
  z.object({
    kind: z.literal('record'),
    record: z.object({ what: z.string(), detail: z.record(z.string(), z.unknown()) }),
  }),
  z.object({ kind: z.literal('reply'), id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ kind: z.literal('reply'), id: z.number(), ok: z.literal(false), message: z.string() }),
])

/**
 * The double's side of the wire, injected so the double also runs inside a unit test, where
 * an in-memory channel stands in for the process boundary.
 */
export interface TestChannel {
  record(what: string, detail?: Record<string, unknown>): void
  /** Installs the one function that answers the test's requests. */
  serve(answer: (request: MainRequest) => Promise<unknown>): void
  /** Ends the process once every record has left, as Electron ends after `quit`. */
  exit(code: number): void
}
