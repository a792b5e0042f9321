import type { Attachment } from 'svelte/attachments'

/**
 * Closes an inline form (or any open part of a screen) when Escape is pressed inside it:
 * `<form {@attach onEscape(close)}>`. The key stops there, so an outer part stays open.
 */
export function onEscape(close: () => void): Attachment<HTMLElement> {
  return (element) => {
    const listener = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return
      event.stopPropagation()
      close()
    }
    element.addEventListener('keydown', listener)
    return () => element.removeEventListener('keydown', listener)
  }
}
