import type { Role } from './role'

/** The families the library groups roles into, in the order it shows them. */
export const roleFamilies = [
  { id: 'data-science', name: 'Data science and analytics' },
  { id: 'ml-ai', name: 'ML and AI' },
  { id: 'data-engineering', name: 'Data engineering and management' },
  { id: 'software', name: 'Software' },
  { id: 'security', name: 'Security' },
  { id: 'infrastructure', name: 'Infrastructure' },
  { id: 'management', name: 'Management' },
  { id: 'your-roles', name: 'Your roles' },
  { id: 'other', name: 'Other roles' },
] as const

export type RoleFamilyId = (typeof roleFamilies)[number]['id']

/**
 * The reviewed family of every built-in role, keyed by role id. A hand-written table, not a
 * guess from titles: "Management Analyst" is consulting work, not a data role, and "Clinical
 * Data Manager" runs data, not people. A built-in role missing here lands in "Other roles", and
 * a test keeps the committed catalog free of those.
 */
const builtinFamilies: Readonly<Record<string, RoleFamilyId>> = {
  // Data science and analytics: turning data into findings, models of the business and reports.
  'data-scientist': 'data-science',
  'data-analyst': 'data-science',
  'business-intelligence-analyst': 'data-science',
  'business-intelligence-engineer': 'data-science',
  'data-quality-analyst': 'data-science',
  statistician: 'data-science',
  biostatistician: 'data-science',
  'statistical-assistant': 'data-science',
  mathematician: 'data-science',
  'operations-research-analyst': 'data-science',
  'financial-quantitative-analyst': 'data-science',
  'market-research-analyst': 'data-science',
  'bioinformatics-scientist': 'data-science',
  'bioinformatics-technician': 'data-science',
  'gis-technologist': 'data-science',
  // ML and AI: building, researching and shipping learning systems.
  'ai-programmer': 'ml-ai',
  'machine-learning-engineer': 'ml-ai',
  'machine-learning-software-engineer': 'ml-ai',
  'lead-machine-learning-engineer': 'ml-ai',
  'machine-learning-scientist': 'ml-ai',
  'research-scientist': 'ml-ai',
  'ai-scientist': 'ml-ai',
  'ai-architect': 'ml-ai',
  'computer-vision-engineer': 'ml-ai',
  'computer-and-information-research-scientist': 'ml-ai',
  'robotics-engineer': 'ml-ai',
  // Data engineering and management: storing, moving, governing and curating data.
  'data-engineer': 'data-engineering',
  'data-manager': 'data-engineering',
  'data-operations-specialist': 'data-engineering',
  'database-administrator': 'data-engineering',
  'database-architect': 'data-engineering',
  'data-warehousing-specialist': 'data-engineering',
  'clinical-data-manager': 'data-engineering',
  'health-informatics-specialist': 'data-engineering',
  'document-management-specialist': 'data-engineering',
  // Software: designing, writing and testing programs.
  'software-developer': 'software',
  'software-quality-assurance-analyst': 'software',
  'web-developer': 'software',
  'web-and-digital-interface-designer': 'software',
  'computer-programmer': 'software',
  'computer-systems-analyst': 'software',
  'blockchain-engineer': 'software',
  // Security.
  'information-security-analyst': 'security',
  'information-security-engineer': 'security',
  'penetration-tester': 'security',
  'digital-forensics-analyst': 'security',
  // Infrastructure: the systems and networks the rest runs on.
  'computer-systems-engineer': 'infrastructure',
  'computer-network-architect': 'infrastructure',
  'network-and-computer-systems-administrator': 'infrastructure',
  'web-administrator': 'infrastructure',
  // Management: leading teams, projects and organisations.
  'data-operations-manager': 'management',
  'computer-and-information-systems-manager': 'management',
  'it-project-manager': 'management',
  'management-analyst': 'management',
}

/** The family a role is listed under: its reviewed one, or "Your roles" for roles the user added. */
export function familyOf(role: Pick<Role, 'id' | 'origin'>): RoleFamilyId {
  if (role.origin !== 'builtin') return 'your-roles'
  return builtinFamilies[role.id] ?? 'other'
}
