/**
 * `npm run icons`: renders the app icon, drawn once in build/icon.svg, to every file packaging
 * and the window need. The outputs are committed, so packaging converts nothing (electron-builder
 * would download a converter for that).
 *   build/icon.png   1024 px: Linux packages, and electron-builder's source of last resort
 *   build/icon.icns  16–1024 px: the macOS app bundle and dmg
 *   build/icon.ico   16–256 px: the Windows executable, installer and shortcuts
 *   resources/icon.png  512 px: the window icon on Linux, shipped as an extra resource
 *
 * The .ico and .icns writers are here too (tested in test/scripts/icons.test.ts): both formats
 * are a small header over PNG or bitmap images, simpler to write than to depend on.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

/** One square icon image, both as PNG and as raw RGBA pixels (row by row, top first). */
export interface IconImage {
  size: number
  png: Uint8Array
  rgba: Uint8Array
}

const HEADER_BYTES = 6
const ENTRY_BYTES = 16
const BITMAP_INFO_BYTES = 40

/**
 * A 32-bit bitmap as an .ico stores it: BITMAPINFOHEADER with the height doubled (colour rows
 * and the 1-bit mask), rows bottom-up in BGRA, then the mask with transparent pixels set.
 */
function bitmapImage({ size, rgba }: IconImage): Buffer {
  if (rgba.length !== size * size * 4) throw new Error(`${size} px image: wrong pixel count`)
  const maskRowBytes = Math.ceil(size / 32) * 4
  const pixelBytes = size * size * 4
  const out = Buffer.alloc(BITMAP_INFO_BYTES + pixelBytes + maskRowBytes * size)
  out.writeUInt32LE(BITMAP_INFO_BYTES, 0)
  out.writeInt32LE(size, 4)
  out.writeInt32LE(size * 2, 8)
  out.writeUInt16LE(1, 12) // planes
  out.writeUInt16LE(32, 14) // bits per pixel
  out.writeUInt32LE(pixelBytes + maskRowBytes * size, 20)
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4
      const to = BITMAP_INFO_BYTES + (row * size + x) * 4
      out[to] = rgba[from + 2] ?? 0
      out[to + 1] = rgba[from + 1] ?? 0
      out[to + 2] = rgba[from] ?? 0
      out[to + 3] = rgba[from + 3] ?? 0
      if (rgba[from + 3] === 0) {
        const maskByte = BITMAP_INFO_BYTES + pixelBytes + row * maskRowBytes + (x >> 3)
        out[maskByte] = (out[maskByte] ?? 0) | (0x80 >> (x & 7))
      }
    }
  }
  return out
}

/**
 * A Windows .ico holding the given sizes, smallest first. 256 px is stored as PNG (as Windows
 * Vista and later expect); smaller sizes as 32-bit bitmaps, which every Windows tool reads,
 * NSIS's installer icon included.
 */
export function encodeIco(images: readonly IconImage[]): Buffer {
  const sorted = [...images].sort((a, b) => a.size - b.size)
  const payloads = sorted.map((image) => {
    if (image.size < 1 || image.size > 256)
      throw new Error(`.ico sizes are 1–256 px, not ${image.size}`)
    return image.size === 256 ? Buffer.from(image.png) : bitmapImage(image)
  })
  const header = Buffer.alloc(HEADER_BYTES + ENTRY_BYTES * sorted.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2) // 1 = icon
  header.writeUInt16LE(sorted.length, 4)
  let offset = header.length
  sorted.forEach((image, index) => {
    const entry = HEADER_BYTES + ENTRY_BYTES * index
    const payload = payloads[index] as Buffer
    // A width or height of 256 is written as 0.
    header.writeUInt8(image.size % 256, entry)
    header.writeUInt8(image.size % 256, entry + 1)
    header.writeUInt16LE(1, entry + 4) // planes
    header.writeUInt16LE(32, entry + 6) // bits per pixel
    header.writeUInt32LE(payload.length, entry + 8)
    header.writeUInt32LE(offset, entry + 12)
    offset += payload.length
  })
  return Buffer.concat([header, ...payloads])
}

/**
 * The PNG-holding .icns types for each pixel size, as Apple's iconutil writes them: a size
 * serves both as an icon of its own and as the Retina (@2x) form of half its size.
 */
export const ICNS_TYPES: Readonly<Record<number, readonly string[]>> = {
  16: ['icp4'],
  32: ['icp5', 'ic11'],
  64: ['icp6', 'ic12'],
  128: ['ic07'],
  256: ['ic08', 'ic13'],
  512: ['ic09', 'ic14'],
  1024: ['ic10'],
}

/** A macOS .icns: the magic and total length, then one (type, length, PNG) block per type. */
export function encodeIcns(images: readonly IconImage[]): Buffer {
  const blocks: Buffer[] = []
  for (const image of [...images].sort((a, b) => a.size - b.size)) {
    const types = ICNS_TYPES[image.size]
    if (!types) throw new Error(`.icns has no type for ${image.size} px`)
    for (const type of types) {
      const head = Buffer.alloc(8)
      head.write(type, 0, 'latin1')
      head.writeUInt32BE(8 + image.png.length, 4)
      blocks.push(head, Buffer.from(image.png))
    }
  }
  const body = Buffer.concat(blocks)
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'latin1')
  head.writeUInt32BE(8 + body.length, 4)
  return Buffer.concat([head, body])
}

/** Renders build/icon.svg and writes every output file. */
async function main(): Promise<void> {
  const root = path.resolve(import.meta.dirname, '..')
  const svg = await readFile(path.join(root, 'build/icon.svg'))

  /** The icon at one size, drawn from the vector at that size rather than scaled from a bitmap. */
  async function render(size: number): Promise<IconImage> {
    // The SVG is 1024 px at 72 dpi; render at the density that gives `size` px directly.
    const image = sharp(svg, { density: (72 * size) / 1024 }).resize(size, size)
    const png = await image.clone().png({ compressionLevel: 9 }).toBuffer()
    const rgba = await image.clone().ensureAlpha().raw().toBuffer()
    return { size, png, rgba }
  }

  const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
  const images = new Map<number, IconImage>()
  for (const size of sizes) images.set(size, await render(size))
  const pick = (...wanted: number[]): IconImage[] =>
    wanted.map((size) => images.get(size) as IconImage)

  const outputs: [string, Uint8Array][] = [
    ['build/icon.png', (images.get(1024) as IconImage).png],
    ['build/icon.icns', encodeIcns(pick(16, 32, 64, 128, 256, 512, 1024))],
    ['build/icon.ico', encodeIco(pick(16, 24, 32, 48, 64, 128, 256))],
    ['resources/icon.png', (images.get(512) as IconImage).png],
  ]
  for (const [file, data] of outputs) {
    await writeFile(path.join(root, file), data)
    console.warn(`${file}  ${(data.length / 1024).toFixed(0)} KB`)
  }
}

if (import.meta.main) await main()
