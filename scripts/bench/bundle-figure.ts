/**
 * `bundle.initial`: the gzipped size of out/renderer/index.html (with the styles written into
 * it) and the JavaScript and CSS it loads before the first paint (its module scripts, module
 * preloads and style sheets). The baseline is index.html and every JavaScript and CSS file of
 * the build, so the ratio is the share of the app the first screen costs; the rest loads when
 * a view is opened.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Measurement } from './results'

/** The local JS and CSS files `html` loads up front, as paths relative to the page. */
export function initialAssets(html: string): string[] {
  const tags = html.match(/<(?:script|link)\b[^>]*>/g) ?? []
  const assets = tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\btype="module"/.test(tag)
    const isPreload = /\brel="(?:modulepreload|stylesheet)"/.test(tag)
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    return (isScript || isPreload) && url && !/^[a-z]+:/i.test(url) ? [url] : []
  })
  return [...new Set(assets)]
}

async function gzippedKb(files: readonly string[]): Promise<number> {
  let bytes = 0
  for (const file of files) bytes += gzipSync(await readFile(file)).length
  return bytes / 1024
}

export async function measureBundle(rendererDir: string): Promise<Measurement> {
  const page = path.join(rendererDir, 'index.html')
  const html = await readFile(page, 'utf8')
  const initial = [page, ...initialAssets(html).map((asset) => path.join(rendererDir, asset))]
  const everything = (await readdir(rendererDir, { recursive: true }))
    .filter((file) => /\.(?:html|js|css)$/.test(file))
    .map((file) => path.join(rendererDir, file))
  return {
    name: 'bundle.initial',
    value: await gzippedKb(initial),
    unit: 'KB',
    baseline: await gzippedKb(everything),
  }
}
