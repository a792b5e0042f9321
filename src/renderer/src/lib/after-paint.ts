/**
 * Runs `work` just after the browser paints its next frame: a frame callback runs right
 * before that paint, and a task it queues runs once the paint is done. Returns a function
 * that cancels the work if it has not run yet.
 */
export function afterNextPaint(work: () => void): () => void {
  let task: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    task = setTimeout(work, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(task)
  }
}
