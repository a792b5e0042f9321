import { describe, expect, it } from 'vitest'

// Every source of the renderer, as text. The route table is the one place a hash is spelled out.
const sources = import.meta.glob<string>('../../../src/renderer/src/**/*.{ts,svelte}', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const ROUTE_TABLE = '../../../src/renderer/src/lib/route.ts'

/** `href="#/plans"`, `'#/plans'`, `` `#/plans/${id}` ``: a link to a screen written by hand. */
const HAND_WRITTEN_HASH = /["'`]#\//

describe('internal links', () => {
  it('reads the renderer sources', () => {
    // Guards the scan itself: a glob that matched nothing would let every link through.
    expect(Object.keys(sources)).toContain(ROUTE_TABLE)
    expect(Object.keys(sources).some((path) => path.endsWith('/App.svelte'))).toBe(true)
  })

  it('are built from the route table, never written as a #/… string', () => {
    const handWritten = Object.entries(sources)
      .filter(([path]) => path !== ROUTE_TABLE)
      .flatMap(([path, text]) =>
        text
          .split('\n')
          .map((line, index) => ({ line, where: `${path.replace(/^(\.\.\/)+/, '')}:${index + 1}` }))
          .filter(({ line }) => HAND_WRITTEN_HASH.test(line))
          .map(({ line, where }) => `${where}: ${line.trim()}`),
      )
    expect(handWritten).toEqual([])
  })

  it('catches a link written by hand', () => {
    expect(HAND_WRITTEN_HASH.test('<a href="#/about">About</a>')).toBe(true)
    expect(HAND_WRITTEN_HASH.test("{ href: '#/plans', label: 'Plans' }")).toBe(true)
    expect(HAND_WRITTEN_HASH.test("<a href={screenHref('about')}>About</a>")).toBe(false)
  })
})
