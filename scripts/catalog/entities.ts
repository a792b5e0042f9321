import type { Entity, EntityKind } from '../../src/shared/domain/entity'

/** Lower-case words joined by hyphens, the shape of every id in the catalog. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, '-sharp')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const key = (spelling: string): string => spelling.trim().toLowerCase()

// Vendor names O*NET puts before a product ("Microsoft Excel"); the product alone is an alias.
const VENDORS = [
  'Adobe',
  'Amazon',
  'Apache',
  'Atlassian',
  'Autodesk',
  'Google',
  'IBM',
  'Microsoft',
  'Oracle',
  'SAP',
]

// Single product words that are safe aliases although they look like ordinary words.
const SAFE_SINGLE_WORDS = new Set(['Excel'])

/** True when a spelling cannot be mistaken for an ordinary word: several words, or a capital or digit inside. */
function distinctive(alias: string): boolean {
  return alias.includes(' ') || /.[A-Z0-9]/.test(alias) || SAFE_SINGLE_WORDS.has(alias)
}

/**
 * The entities the catalog links to: the hand-kept taxonomy plus those the build adds for O*NET
 * technologies, skills and knowledge. Every spelling (name or alias, any case) belongs to one
 * entity only, so the importer's linker never has to choose.
 */
export class EntityRegistry {
  readonly #base: ReadonlyMap<string, Entity>
  readonly #added = new Map<string, Entity>()
  readonly #bySpelling = new Map<string, string>()

  constructor(base: readonly Entity[]) {
    this.#base = new Map(base.map((entity) => [entity.id, entity]))
    for (const entity of base) {
      for (const spelling of [entity.name, ...entity.aliases]) {
        if (!this.#bySpelling.has(key(spelling))) this.#bySpelling.set(key(spelling), entity.id)
      }
    }
  }

  /** True when `id` is in the hand-kept taxonomy or was added. */
  has(id: string): boolean {
    return this.#base.has(id) || this.#added.has(id)
  }

  /**
   * The id of the entity for `name`: the `linked` id when the reviewed table names one, an
   * entity already spelled this way, or a new entity of `kind` with derived aliases.
   */
  resolve(name: string, kind: EntityKind, linked?: string): string {
    if (linked !== undefined) {
      if (!this.has(linked)) throw new Error(`the link table names an unknown entity "${linked}"`)
      return linked
    }
    const known = this.#bySpelling.get(key(name))
    if (known !== undefined) return known
    let id = slug(name)
    for (let n = 2; this.has(id); n++) id = `${slug(name)}-${n}`
    const aliases = this.#aliasesFor(name)
    const entity: Entity = { id, name, kind, aliases }
    this.#added.set(id, entity)
    for (const spelling of [name, ...aliases]) this.#bySpelling.set(key(spelling), id)
    return id
  }

  /**
   * Shorter spellings people use for an O*NET product name ("Microsoft Excel" → "Excel",
   * "Amazon Web Services AWS software" → "Amazon Web Services AWS"), if no other entity has
   * them. A shortening that could be an ordinary word ("Reporting", "Word", "Project") is not
   * made an alias, since the importer's linker would then find it in any article.
   */
  #aliasesFor(name: string): string[] {
    const candidates: string[] = []
    const bare = name.replace(/ software$/i, '')
    if (bare !== name) candidates.push(bare)
    for (const vendor of VENDORS) {
      if (bare.startsWith(`${vendor} `)) candidates.push(bare.slice(vendor.length + 1))
    }
    return [...new Set(candidates)].filter(
      (alias) => alias.length >= 4 && distinctive(alias) && !this.#bySpelling.has(key(alias)),
    )
  }

  /** The entities added by this build, sorted by id so the output is the same every time. */
  added(): Entity[] {
    return [...this.#added.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
}
