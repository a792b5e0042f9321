/**
 * Comparing roles: two to four side by side ({@link compareRoles}), the overlap of each pair
 * ({@link pairOverlap}), the move from one to another, and the exports.
 *
 * How a long tool list is weighted: the score is a Jaccard share taken within each group —
 * skills, tools, industries — and the three shares are weighted 45 / 35 / 20
 * ({@link SIMILARITY_WEIGHTS}). An O*NET role lists up to 40 tools and a seed role about five,
 * so the tools can never count for more than their 35 %, however many there are. Every tool
 * counts the same within its group: O*NET's Hot Technology and In Demand flags (carried on each
 * compared tool, see `ToolFlags`) order the compare grid — tools hot and in demand for a
 * compared role first, the rest collapsed — but do not weigh in the score, since seed and
 * user roles carry no flags and would otherwise look less alike than they are.
 */
export { compareRoles } from './compare-roles'
export { entityMatrixToCsv } from './export-csv'
export { comparisonToMarkdown } from './export-markdown'
export { transitionBetween } from './transition'
