import type { CatalogFamilyId } from '../../../src/shared/domain/role-families'

/**
 * The reviewed library family of every role of the catalog, keyed by role id; `catalog:build`
 * writes it into each role as `family`. A hand-written table, not a guess from titles:
 * "Management Analyst" is consulting work, not a data role, and "Clinical Data Manager" runs
 * data, not people. The build stops on a role missing here or an id no role has.
 */
export const families: Readonly<Record<string, CatalogFamilyId>> = {
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
