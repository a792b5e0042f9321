import type { WindowBounds } from '../store/schema'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const
const MIN_VISIBLE = 100

function visibleOverlap(a: Rectangle, b: Rectangle): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= MIN_VISIBLE && height >= MIN_VISIBLE
}

/**
 * Where to open the window: the remembered bounds if enough of them is still on some display
 * (a monitor may have been unplugged since), else the remembered size, centred by Electron.
 */
export function restoreBounds(
  saved: WindowBounds | undefined,
  displays: readonly Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE }
  const size = { width: saved.width, height: saved.height }
  const { x, y } = saved
  return displays.some((display) => visibleOverlap(saved, display)) ? { x, y, ...size } : size
}
