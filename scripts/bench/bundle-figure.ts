/**
 * `bundle.initial`: the gzipped size of the JavaScript and CSS that out/renderer/index.html
 * loads before the first paint (its module scripts, module preloads and style sheets). The
 * baseline is every JavaScript and CSS file of the build, so the ratio is the share of the app
 * the first screen costs; the rest loads when a view is opened.
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
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8')
  const initial = initialAssets(html).map((asset) => path.join(rendererDir, asset))
  const everything = (await readdir(rendererDir, { recursive: true }))
    .filter((file) => /\.(?:js|css)$/.test(file))
    .map((file) => path.join(rendererDir, file))
  return {
    name: 'bundle.initial',
    value: await gzippedKb(initial),
    unit: 'KB',
    baseline: await gzippedKb(everything),
  }
}
