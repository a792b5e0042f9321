import type { EntityKind } from '../../src/shared/domain/entity'
import type { Rating } from './onet-data'

/**
 * O*NET skills that every job draws on (its basic content and social skills, complex problem
 * solving, judgment, time management). The catalog keeps them apart from concrete skills so
 * that compare, fit and plans are about what sets roles apart. Mathematics and Science are
 * basic skills in O*NET's model but concrete subjects to learn, so they count as concrete.
 */
export function isGeneric(rating: Rating): boolean {
  const id = rating.elementId
  if (id === '2.A.1.e' || id === '2.A.1.f') return false
  return (
    id.startsWith('2.A.') ||
    id.startsWith('2.B.1.') ||
    id === '2.B.2.i' ||
    id === '2.B.4.e' ||
    id === '2.B.5.a'
  )
}

/** Reviewed links from O*NET element names to entities the hand-kept taxonomy already has. */
export const ELEMENT_LINKS: Readonly<Record<string, string>> = {
  Mathematics: 'mathematics',
  'Complex Problem Solving': 'problem-solving',
  Speaking: 'communication',
}

/** The kind of entity a skill or knowledge element becomes. */
export function elementKind(rating: Rating, knowledge: boolean): EntityKind {
  if (knowledge) return 'discipline'
  return isGeneric(rating) ? 'soft-skill' : 'concept'
}

/** O*NET's importance threshold for listing a skill: 3 of 5 (50 of 100 in O*NET OnLine). */
export const IMPORTANCE_FLOOR = 3

/** Short names for O*NET's required-level-of-education categories 1–12. */
const EDUCATION_LEVELS: Readonly<Record<string, string>> = {
  'Less than a High School Diploma': 'Less than high school',
  'High School Diploma - or the equivalent (for example, GED)': 'High school diploma',
  "Associate's Degree (or other 2-year degree)": "Associate's degree",
  'Some College Courses': 'Some college courses',
  "Bachelor's Degree": "Bachelor's degree",
  "Master's Degree": "Master's degree",
  'Doctoral Degree': 'Doctoral degree',
  'Post-Doctoral Training': 'Post-doctoral training',
}

/** The short name of an education category: the reviewed one, else the text before " - ". */
export function educationLabel(description: string): string {
  return EDUCATION_LEVELS[description] ?? (description.split(' - ')[0] as string)
}
