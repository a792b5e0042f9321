/**
 * An inline form that edits one text in place (a title, an item's label): open with the
 * current text, focus in the field, and on close focus back on the button that opened it, so
 * the keyboard never falls back to the page. Bind `opener` and `field` to those elements.
 */
export class InlineEdit {
  isOpen = $state(false)
  draft = $state('')
  opener = $state<HTMLElement | undefined>()
  field = $state<HTMLInputElement | HTMLTextAreaElement | undefined>()

  /** Opens the form on `text`; the field takes focus once it is drawn. */
  open(text: string): void {
    this.draft = text
    this.isOpen = true
    void Promise.resolve().then(() => this.field?.focus())
  }

  /** Closes the form, dropping the draft, and gives focus back to the opener once it is drawn. */
  close = (): void => {
    this.isOpen = false
    void Promise.resolve().then(() => this.opener?.focus())
  }
}
