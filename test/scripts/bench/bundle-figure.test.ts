import { describe, expect, it } from 'vitest'
import { initialAssets } from '../../../scripts/bench/bundle-figure'

describe('initialAssets', () => {
  it('lists the module scripts, module preloads and style sheets a page loads up front', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
      <link rel="icon" href="./favicon.svg">
      <script src="https://example.com/remote.js"></script>
    </head><body><div id="app"></div></body></html>`
    expect(initialAssets(html)).toEqual([
      './assets/index-abc.js',
      './assets/vendor-def.js',
      './assets/index-ghi.css',
    ])
  })
})
