import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRoute, routeHref, type Route } from '../../../src/renderer/src/lib/route'

// Any text a user or the data may put in a route: ids, searches and names with slashes,
// question marks, percent signs, commas, spaces and letters outside ASCII.
const text = fc.string({ unit: 'grapheme', maxLength: 20 })
const nonEmpty = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
const optional = fc.option(nonEmpty, { nil: undefined })
const day = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
// A role id never holds the list separator (ids are slugs), and the list has no empty ids.
const roleId = nonEmpty.filter((id) => !id.includes(','))

const route: fc.Arbitrary<Route> = fc.oneof(
  fc.record({
    name: fc.constant('library' as const),
    query: fc.record({
      text,
      industryId: optional,
      toolId: optional,
      familyId: optional,
      education: optional,
      minGrowth: fc.option(fc.integer({ min: -100, max: 1000 }), { nil: undefined }),
      minSalary: fc.option(fc.nat(), { nil: undefined }),
      sort: fc.option(fc.constantFrom('growth' as const, 'salary' as const, 'fit' as const), {
        nil: undefined,
      }),
    }),
  }),
  fc.record({ name: fc.constant('role' as const), id: nonEmpty }),
  fc.record({
    name: fc.constant('compare' as const),
    roleIds: fc.array(roleId, { maxLength: 4 }),
    differencesOnly: fc.boolean(),
    savedId: optional,
  }),
  fc.record({ name: fc.constant('transition' as const), fromId: text, toId: text }),
  fc.record({ name: fc.constant('saved' as const), text }),
  fc.record({ name: fc.constant('plans' as const), showArchived: fc.boolean() }),
  fc.record({
    name: fc.constant('plan' as const),
    id: nonEmpty,
    asOf: fc.option(day, { nil: undefined }),
  }),
  fc.record({ name: fc.constant('progress' as const), asOf: fc.option(day, { nil: undefined }) }),
  fc.record({ name: fc.constant('skills' as const), text }),
  fc.record({ name: fc.constant('fit-role' as const), roleId: nonEmpty }),
  fc.constantFrom<Route>(
    { name: 'fit' },
    { name: 'articleImport' },
    { name: 'data' },
    { name: 'about' },
  ),
)

describe('the route table', () => {
  it('reads back every route it writes', () => {
    fc.assert(
      fc.property(route, (written) => {
        expect(parseRoute(routeHref(written))).toEqual(written)
      }),
    )
  })

  it('writes a link that starts with "#/" and carries no raw space', () => {
    fc.assert(
      fc.property(route, (written) => {
        expect(routeHref(written)).toMatch(/^#\/[^ ]*$/)
      }),
    )
  })

  it('reads any hash without throwing, and the route it reads is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (hash) => {
        const read = parseRoute(hash)
        expect(parseRoute(routeHref(read))).toEqual(read)
      }),
    )
  })

  it('reads a malformed escape in an id as a page that is not there', () => {
    expect(parseRoute('#/plans/%E0%A4%A')).toEqual({ name: 'not-found', path: '/plans/%E0%A4%A' })
  })
})
