import type { EntityKind } from '@shared/domain/entity-kinds'
import type { SkillEntry } from '@shared/domain/fit/types'
import { normaliseSearchText } from '@shared/domain/library-search'
import { errorMessage, type Client } from '../../lib/api'
import { AsyncResource } from '../../lib/state/async-resource.svelte'
import type { Toasts } from '../../lib/state/toasts.svelte'

/** What the skills screen needs from the app: main and the notifications. */
export interface SkillsScreenDeps {
  client: Pick<Client, 'skills' | 'progress'>
  toasts: Pick<Toasts, 'show'>
}

/** The order the kinds are listed in: what people learn first, soft skills last. */
const kindOrder: readonly EntityKind[] = [
  'language',
  'framework',
  'tool',
  'platform',
  'concept',
  'discipline',
  'soft-skill',
]

/** The skills of one kind that match the search, as the screen lists them. */
export interface SkillGroup {
  kind: EntityKind
  skills: SkillEntry[]
}

/**
 * The "My skills" screen apart from the DOM: every skill and tool with the user's level,
 * searched by name or alias and grouped by kind, and rating one. The search text is read
 * through a function, as it lives in the route.
 */
export class SkillsScreen {
  readonly skills = new AsyncResource<SkillEntry[]>()

  constructor(
    private readonly text: () => string,
    private readonly deps: SkillsScreenDeps,
  ) {}

  load = (): Promise<void> => this.skills.load(() => this.deps.client.skills.list())

  /** The matching skills by kind, empty kinds left out. */
  readonly groups = $derived.by((): SkillGroup[] => {
    const query = normaliseSearchText(this.text())
    const matching = (this.skills.value ?? []).filter(
      (skill) =>
        query === '' ||
        [skill.name, ...skill.aliases].some((name) => normaliseSearchText(name).includes(query)),
    )
    return kindOrder
      .map((kind) => ({ kind, skills: matching.filter((skill) => skill.kind === kind) }))
      .filter((group) => group.skills.length > 0)
  })

  /** How many skills the user has rated at all (a rating of 0, "none", counts). */
  readonly rated = $derived(
    (this.skills.value ?? []).filter((skill) => skill.level !== null).length,
  )

  /** Rates a skill; a refusal is said in a notification, and the list is fetched again either way. */
  async rate(skill: SkillEntry, level: number): Promise<void> {
    try {
      await this.deps.client.progress.set({ key: skill.key, level })
    } catch (error) {
      this.deps.toasts.show(errorMessage(error))
    }
    await this.load()
  }
}
