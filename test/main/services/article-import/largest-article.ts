import { readFileSync } from 'node:fs'
import path from 'node:path'

const JOURNEY = path.resolve(
  import.meta.dirname,
  '../../../fixtures/articles/journey-data-manager-vs-analytics-engineer.txt',
)
const VERBS = ['Review', 'Automate', 'Document', 'Test', 'Migrate', 'Monitor', 'Tune', 'Audit']
const OBJECTS = ['reports', 'pipelines', 'dashboards', 'models', 'schemas', 'jobs', 'alerts']
const TOOLS = ['SQL', 'Python', 'dbt', 'Tableau', 'Airflow', 'Spark', 'Excel', 'Git']

/** About the largest article the importer accepts (its limit is 2 MiB of UTF-8). */
export const LARGEST_ARTICLE_BYTES = 1_650_000

/**
 * The journey article with distinct responsibilities added to its first role until it is
 * about {@link LARGEST_ARTICLE_BYTES}: every bullet a different sentence naming known tools,
 * so the parser reads, links and keeps each one.
 */
export function largestArticle(): string {
  const text = readFileSync(JOURNEY, 'utf8')
  const bullets: string[] = []
  let bytes = text.length
  for (let index = 0; bytes < LARGEST_ARTICLE_BYTES; index++) {
    const verb = VERBS[index % VERBS.length] ?? ''
    const object = OBJECTS[Math.floor(index / VERBS.length) % OBJECTS.length] ?? ''
    const tool = TOOLS[index % TOOLS.length] ?? ''
    const bullet = `  • ${verb} the ${object} of team ${index} with ${tool}, keeping a written record of each change so the next person can follow it`
    bullets.push(bullet)
    bytes += bullet.length + 1
  }
  return text.replace(
    'Data Manager Responsibilities\n\n',
    (heading) => `${heading}${bullets.join('\n')}\n`,
  )
}
