import { strict } from '../strict'

/** Electron's event object: listeners call `preventDefault()` to stop what the event announces. */
export class ElectronEvent {
  defaultPrevented = false

  preventDefault(): void {
    this.defaultPrevented = true
  }
}

/** A fresh, strict event, as Electron passes one to every listener of an emitted event. */
export function electronEvent(): ElectronEvent {
  return strict('Event', new ElectronEvent())
}
