import { describe, expect, it } from 'vitest'
import { committedCatalogIsCurrent } from '../../../scripts/catalog/main'

// CI has no ../shared/data, so this rebuilds from the extract committed in scripts/catalog/data
// (the rows of O*NET and BLS the build reads) and the hand-written content. A change to either
// without `npm run catalog:build`, or a hand edit of the catalog, fails here.
describe('the committed catalog', () => {
  it('is exactly what scripts/catalog builds from its committed inputs', async () => {
    expect(await committedCatalogIsCurrent()).toBe(true)
  })
})
