import { describe, expect, it } from 'vitest'
import {
  compareHref,
  librarySearchHref,
  parseRoute,
  routeHref,
  screenHref,
  type Route,
} from '../../../src/renderer/src/lib/route'

describe('routes', () => {
  it('opens the library by default', () => {
    expect(parseRoute('')).toEqual({
      name: 'library',
      query: {
        text: '',
        industryId: undefined,
        toolId: undefined,
        familyId: undefined,
        education: undefined,
        minGrowth: undefined,
        minSalary: undefined,
        sort: undefined,
      },
    })
    expect(parseRoute('#/')).toMatchObject({ name: 'library' })
  })

  it.each<Route>([
    {
      name: 'library',
      query: {
        text: 'Power BI & SQL',
        industryId: 'finance',
        toolId: 'tableau',
        familyId: 'ml-ai',
        education: "Master's degree",
        minGrowth: 0,
        minSalary: 150_000,
        sort: 'growth',
      },
    },
    {
      name: 'library',
      query: {
        text: '',
        industryId: undefined,
        toolId: undefined,
        familyId: undefined,
        education: undefined,
        minGrowth: undefined,
        minSalary: undefined,
        sort: 'salary',
      },
    },
    { name: 'role', id: 'data-manager' },
    {
      name: 'compare',
      roleIds: ['ai-programmer', 'data-manager'],
      differencesOnly: true,
      savedId: 'abc',
    },
    { name: 'compare', roleIds: [], differencesOnly: false, savedId: undefined },
    { name: 'compare', roleIds: ['a', 'b', 'c'], differencesOnly: false, view: 'text' },
    { name: 'transition', fromId: 'data-manager', toId: 'ai-programmer' },
    { name: 'saved', text: 'career change' },
    { name: 'plans', showArchived: true },
    { name: 'plans', showArchived: false },
    { name: 'plan', id: 'a1b2', asOf: undefined },
    { name: 'plan', id: 'a1b2', asOf: '2026-09-30' },
    { name: 'progress', asOf: '2026-10-01' },
    { name: 'progress', asOf: undefined },
    { name: 'about' },
    { name: 'articleImport' },
    { name: 'data' },
    { name: 'skills', text: 'py' },
    { name: 'fit' },
    { name: 'fit-role', roleId: 'data-manager' },
    { name: 'not-found', path: '/nowhere' },
  ])('reads back what it writes: %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route)
  })

  it('reads a hand-edited growth or sort it does not know as no choice', () => {
    expect(parseRoute('#/library?growth=fast&salary=&sort=pay')).toMatchObject({
      query: { minGrowth: undefined, minSalary: undefined, sort: undefined },
    })
    expect(parseRoute('#/library?family=security&growth=-5')).toMatchObject({
      query: { familyId: 'security', minGrowth: -5 },
    })
  })

  it('links a library search for an entity name', () => {
    expect(librarySearchHref('C++')).toBe('#/library?q=C%2B%2B')
  })

  it('reads only the views a comparison has', () => {
    expect(parseRoute('#/compare?roles=a,b&view=grid')).toMatchObject({ view: 'grid' })
    expect(parseRoute('#/compare?roles=a,b&view=table')).toMatchObject({ view: undefined })
  })

  it('keeps the column order of a comparison', () => {
    expect(parseRoute(compareHref(['c', 'a', 'b']))).toMatchObject({ roleIds: ['c', 'a', 'b'] })
  })

  it('links each menu screen to the route it parses back to, with nothing chosen', () => {
    expect(screenHref('library')).toBe('#/library')
    expect(screenHref('compare')).toBe('#/compare')
    expect(screenHref('plans')).toBe('#/plans')
    expect(parseRoute(screenHref('saved'))).toEqual({ name: 'saved', text: '' })
    expect(parseRoute(screenHref('fit'))).toEqual({ name: 'fit' })
  })
})
