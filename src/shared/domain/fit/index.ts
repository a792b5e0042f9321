export { skillCatalog } from './catalog'
export { fitHistory } from './history'
export { roleNeeds } from './needs'
export { fitScore, roleFit, STRENGTH_LEVEL } from './score'
export { FIT_BANDS, FIT_FORMULA, FIT_TOP_LEVEL, fitBand } from './types'
export {
  FIT_WEIGHTS,
  type FitNeed,
  type RoleFit,
  type RoleFitDetail,
  type SkillEntry,
} from './types'
