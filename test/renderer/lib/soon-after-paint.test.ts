import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { soonAfterPaint } from '../../../src/renderer/src/lib/soon-after-paint'

// Frames come when a test says so: each callback asked for, by its id.
const frames = new Map<number, FrameRequestCallback>()
let lastFrame = 0

/** The browser's next frame: its callbacks run, then it paints. */
function paint(): void {
  const due = [...frames.values()]
  frames.clear()
  for (const callback of due) callback(0)
}

function hidePage(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
  } else {
    Reflect.deleteProperty(document, 'visibilityState')
  }
  document.dispatchEvent(new Event('visibilitychange'))
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++lastFrame, callback)
    return lastFrame
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id))
})

afterEach(() => {
  hidePage(false)
  // Whatever a test left waiting runs now, so the next test starts with nothing queued.
  vi.runAllTimers()
  vi.unstubAllGlobals()
  vi.useRealTimers()
  frames.clear()
})

describe('soonAfterPaint', () => {
  it('runs work once the next frame is painted, in the order it was queued, once', () => {
    const ran: string[] = []
    soonAfterPaint(() => ran.push('first'))
    soonAfterPaint(() => ran.push('second'))
    expect(ran).toEqual([])
    // The frame's callbacks run just before its paint: the work waits for the task after.
    paint()
    expect(ran).toEqual([])
    vi.advanceTimersByTime(0)
    expect(ran).toEqual(['first', 'second'])
    vi.advanceTimersByTime(2_000)
    paint()
    expect(ran).toEqual(['first', 'second'])
  })

  it('still runs work when no frame comes, as in a hidden window', () => {
    const ran: string[] = []
    soonAfterPaint(() => ran.push('saved'))
    vi.advanceTimersByTime(999)
    expect(ran).toEqual([])
    vi.advanceTimersByTime(1)
    expect(ran).toEqual(['saved'])
    paint()
    vi.advanceTimersByTime(0)
    expect(ran).toEqual(['saved'])
  })

  it('runs waiting work as soon as the page is hidden, and new work at once while it is', () => {
    const ran: string[] = []
    soonAfterPaint(() => ran.push('waiting'))
    hidePage(true)
    expect(ran).toEqual(['waiting'])
    soonAfterPaint(() => ran.push('while hidden'))
    expect(ran).toEqual(['waiting', 'while hidden'])
  })

  it('runs waiting work when the page is left', () => {
    const ran: string[] = []
    soonAfterPaint(() => ran.push('saved'))
    window.dispatchEvent(new Event('pagehide'))
    expect(ran).toEqual(['saved'])
  })

  it('runs the rest of the work when one piece fails, and lets that error show', () => {
    const thrown: (() => void)[] = []
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => thrown.push(callback))
    const ran: string[] = []
    soonAfterPaint(() => {
      throw new Error('could not send')
    })
    soonAfterPaint(() => ran.push('second'))
    paint()
    vi.advanceTimersByTime(0)
    expect(ran).toEqual(['second'])
    expect(thrown).toHaveLength(1)
    expect(() => thrown[0]?.()).toThrow('could not send')
    vi.restoreAllMocks()
  })
})
