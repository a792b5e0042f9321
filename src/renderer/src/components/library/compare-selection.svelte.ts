/** The most roles one comparison holds. */
const MAX_COMPARED = 4

/** A role picked to compare, with its name for the compare bar. */
export interface PickedRole {
  id: string
  name: string
}

/**
 * The roles picked in the library to compare. The app holds one and passes it to the library
 * screen, so the picks outlive that screen: they are still there after opening a role, or the
 * Compare tab, and coming back. Names are kept with the ids, as a search may leave a picked
 * role out of the list on screen.
 */
export class CompareSelection {
  /** In the order they were picked: the order of the comparison's columns. */
  picked = $state<PickedRole[]>([])

  /** The picked roles' ids, in order. */
  get ids(): string[] {
    return this.picked.map((role) => role.id)
  }

  /** True once the selection holds as many roles as a comparison can. */
  get full(): boolean {
    return this.picked.length >= MAX_COMPARED
  }

  has(id: string): boolean {
    return this.picked.some((role) => role.id === id)
  }

  /** Adds or removes a role; a fifth pick is refused, as the library's checkboxes say. */
  pick(role: PickedRole, selected: boolean): void {
    if (!selected) this.picked = this.picked.filter((other) => other.id !== role.id)
    else if (!this.has(role.id) && !this.full)
      this.picked = [...this.picked, { id: role.id, name: role.name }]
  }

  clear(): void {
    this.picked = []
  }
}
