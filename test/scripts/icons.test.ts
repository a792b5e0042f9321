import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeIcns, encodeIco, type IconImage } from '../../scripts/icons'

const root = path.resolve(import.meta.dirname, '../..')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The directory of an .ico: each image's size and its bytes. */
function readIco(file: Buffer): { size: number; data: Buffer }[] {
  expect(file.readUInt16LE(0)).toBe(0)
  expect(file.readUInt16LE(2)).toBe(1)
  return Array.from({ length: file.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + index * 16
    const offset = file.readUInt32LE(entry + 12)
    return {
      size: file.readUInt8(entry) || 256,
      data: file.subarray(offset, offset + file.readUInt32LE(entry + 8)),
    }
  })
}

/** The blocks of an .icns: each type and its bytes. */
function readIcns(file: Buffer): { type: string; data: Buffer }[] {
  expect(file.toString('latin1', 0, 4)).toBe('icns')
  expect(file.readUInt32BE(4)).toBe(file.length)
  const blocks: { type: string; data: Buffer }[] = []
  for (let at = 8; at < file.length; at += file.readUInt32BE(at + 4)) {
    blocks.push({
      type: file.toString('latin1', at, at + 4),
      data: file.subarray(at + 8, at + file.readUInt32BE(at + 4)),
    })
  }
  return blocks
}

/** A `size` px image, opaque red except a transparent top-left pixel; its "PNG" is a marker. */
function image(size: number): IconImage {
  const rgba = new Uint8Array(size * size * 4)
  for (let pixel = 1; pixel < size * size; pixel++) rgba.set([255, 0, 0, 255], pixel * 4)
  return { size, rgba, png: Buffer.concat([PNG_SIGNATURE, Buffer.from(`${size}px`)]) }
}

describe('encodeIco', () => {
  it('lists every size, smallest first, with 256 px as PNG and smaller as bitmaps', () => {
    const entries = readIco(encodeIco([image(256), image(16), image(32)]))

    expect(entries.map((entry) => entry.size)).toEqual([16, 32, 256])
    expect(entries[2]?.data.toString('latin1')).toContain('256px')
    expect(entries[0]?.data.readUInt32LE(0)).toBe(40)
    expect(entries[0]?.data.readInt32LE(8)).toBe(32) // colour rows plus mask rows
  })

  it('stores bitmap rows bottom-up in BGRA and masks the transparent pixel', () => {
    const [entry] = readIco(encodeIco([image(16)]))
    const bitmap = entry?.data as Buffer
    const topRow = 40 + 15 * 16 * 4
    // Top-left is transparent, the pixel beside it opaque red: stored blue, green, red, alpha.
    expect([...bitmap.subarray(topRow, topRow + 8)]).toEqual([0, 0, 0, 0, 0, 0, 255, 255])
    const maskTopRow = 40 + 16 * 16 * 4 + 15 * 4
    expect(bitmap[maskTopRow]).toBe(0x80)
  })

  it('refuses a size an .ico cannot hold', () => {
    expect(() => encodeIco([image(512)])).toThrow('1–256 px')
  })
})

describe('encodeIcns', () => {
  it('writes each size under its own type and as the Retina form of half its size', () => {
    const blocks = readIcns(encodeIcns([image(32), image(16)]))

    expect(blocks.map((block) => block.type)).toEqual(['icp4', 'icp5', 'ic11'])
    expect(blocks[2]?.data.toString('latin1')).toContain('32px')
  })
})

describe('the committed icon set (npm run icons)', () => {
  it('build/icon.ico holds 16 to 256 px, the 256 px one a real PNG', async () => {
    const entries = readIco(await readFile(path.join(root, 'build/icon.ico')))
    expect(entries.map((entry) => entry.size)).toEqual([16, 24, 32, 48, 64, 128, 256])
    expect(entries.at(-1)?.data.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  })

  it('build/icon.icns holds every size macOS asks for, up to 1024 px, as PNG', async () => {
    const blocks = readIcns(await readFile(path.join(root, 'build/icon.icns')))
    expect(blocks.map((block) => block.type).sort()).toEqual(
      [
        'ic07',
        'ic08',
        'ic09',
        'ic10',
        'ic11',
        'ic12',
        'ic13',
        'ic14',
        'icp4',
        'icp5',
        'icp6',
      ].sort(),
    )
    for (const block of blocks) expect(block.data.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  })

  it('build/icon.png is 1024 px square', async () => {
    const png = await readFile(path.join(root, 'build/icon.png'))
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024])
  })
})
