import { describe, expect, it } from 'vitest'
import { roleNeeds } from '@shared/domain/fit'
import { testEntities, testRole } from '../fixtures'

const entities = new Map(testEntities.map((entity) => [entity.id, entity]))

describe('roleNeeds of an O*NET role', () => {
  it('leaves out general abilities, so a fit and its gaps are about what sets a role apart', () => {
    const role = testRole('onet', 'O*NET role', { skills: [['SQL', ['sql']]] })
    const [sql] = role.sections.skills
    if (!sql) throw new Error('no skill')
    role.sections.skills.push({
      ...sql,
      id: 'skill-r',
      text: 'R (general)',
      entityIds: ['r'],
      generic: true,
    })
    expect(roleNeeds(role, entities, new Map()).map((need) => need.entityId)).toEqual(['sql'])
  })
})
