/**
 * Role-comparison articles in the layout of the importer's seed articles ("A vs. B", a
 * "Comprehensive Comparison" heading, per-role bullet lists under each section, an outlook
 * with figures, tips, a conclusion and a featured-jobs trailer), written from word lists so
 * no real article is copied. About 10 KB each; the same for the same seed.
 */
import type { Entity } from '../../src/shared/domain/entity'
import type { Random } from './random'

const ROLE_WORDS = ['Data', 'Machine Learning', 'AI', 'Analytics', 'Platform', 'Research']
const ROLE_TITLES = ['Engineer', 'Analyst', 'Scientist', 'Manager', 'Architect', 'Specialist']
const DUTIES = [
  'Plan and review the data work of a product team',
  'Keep the pipelines that feed reporting healthy and on time',
  'Explain the results of experiments to people outside the team',
  'Write and maintain documentation for shared datasets',
  'Measure the quality of models once they are in production',
  'Work with engineers to turn prototypes into services',
  'Estimate the cost and effort of new data projects',
  'Look after access rules so sensitive data stays protected',
]
const INDUSTRIES = ['Technology', 'Finance', 'Healthcare', 'Retail', 'Manufacturing', 'Energy']
const DEGREES = [
  'A degree in computer science, statistics or a related subject',
  'Coursework in linear algebra and probability',
  'A portfolio of projects that shows practical skill',
]
const FILLER = [
  'Teams that work with data keep growing, and the two roles meet often in practice.',
  'Both paths reward curiosity, careful work and clear writing about results.',
  'The day-to-day work differs more than the job titles suggest.',
  'Many people move between these roles during their careers.',
]

const bullets = (lines: readonly string[]): string => lines.map((line) => `  • ${line}`).join('\n')

function roleName(random: Random): string {
  return `${random.pick(ROLE_WORDS)} ${random.pick(ROLE_TITLES)}`
}

function perRole(
  heading: string,
  intro: string,
  names: readonly [string, string],
  suffix: string,
  items: () => string[],
): string {
  const [first, second] = names
  return [
    heading,
    intro,
    `${first} ${suffix}`,
    bullets(items()),
    `${second} ${suffix}`,
    bullets(items()),
  ].join('\n\n')
}

/** One article of roughly `targetBytes` (10 KB by default). */
export function generateArticle(
  random: Random,
  entities: readonly Entity[],
  targetBytes = 10_000,
): string {
  const first = roleName(random)
  let second = roleName(random)
  while (second === first) second = roleName(random)
  const names = [first, second] as const
  const named = (count: number, phrase: (name: string) => string): string[] =>
    random.sample(entities, count).map((entity) => phrase(entity.name))
  const paragraph = (): string => random.sample(FILLER, 3).join(' ')
  const sections = [
    `${first} vs. ${second}`,
    `${first} vs ${second}: A Comprehensive Comparison`,
    `6 min read · Mar. ${random.int(1, 28)}, 2024`,
    'Table of contents',
    paragraph(),
    'Definitions',
    `A ${first} shapes how an organisation uses data day to day. ${paragraph()}`,
    `A ${second} turns questions into measurable work. ${paragraph()}`,
    perRole('Responsibilities', paragraph(), names, 'Responsibilities', () =>
      random.sample(DUTIES, 6),
    ),
    perRole('Required Skills', paragraph(), names, 'Required Skills', () =>
      named(7, (name) => `Practical experience with ${name}`),
    ),
    perRole('Educational Backgrounds', paragraph(), names, 'Educational Background', () =>
      random.sample(DEGREES, 3),
    ),
    perRole('Tools and Software Used', paragraph(), names, 'Tools and Software', () =>
      named(5, (name) => `${name} for daily work`),
    ),
    perRole('Common Industries', paragraph(), names, 'Common Industries', () =>
      random.sample(INDUSTRIES, 4),
    ),
    'Outlook',
    `According to the Bureau of Labor Statistics, employment of ${first}s is projected to grow ${random.int(5, 35)}% from 2022 to 2032. According to Glassdoor, the average salary for a ${second} in the United States is $${random.int(80, 190)},000 per year.`,
    perRole('Practical Tips for Getting Started', paragraph(), names, 'Practical Tips', () =>
      named(5, (name) => `Build a small project that uses ${name}`),
    ),
    'Conclusion',
    paragraph(),
  ]
  let text = sections.join('\n\n')
  const jobs: string[] = []
  // The trailer brings every article to about the target size, as real ones vary in length.
  while (text.length + jobs.join('\n').length < targetBytes) {
    const low = random.int(60, 150)
    jobs.push(
      'Featured Job 👀',
      `${roleName(random)}`,
      '',
      `@ Example Labs ${random.int(1, 99)} | Remote`,
      '',
      `Full Time Senior-level / Expert USD ${low}K - ${low + random.int(10, 60)}K`,
    )
  }
  text += `\n\n${jobs.join('\n')}\n`
  return text
}
