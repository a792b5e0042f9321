import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DurableTextFile } from '../../../src/main/store/durable-text-file'
import { JsonFile } from '../../../src/main/store/json-file'
import { DbSchema, defaultDb } from '../../../src/main/store/schema'
import { useTempDir } from './helpers'

describe('JsonFile', () => {
  const tempDir = useTempDir()

  it('writes indented JSON and reads it back through its parser', async () => {
    const filePath = path.join(tempDir(), 'db.json')
    const file = new JsonFile(new DurableTextFile(filePath), (value) => DbSchema.parse(value))
    expect(await file.read()).toBeNull()
    await file.write(defaultDb())
    expect(await readFile(filePath, 'utf8')).toBe(`${JSON.stringify(defaultDb(), null, 2)}\n`)
    expect(await file.read()).toEqual(defaultDb())
  })

  it('rejects what its parser rejects', async () => {
    const filePath = path.join(tempDir(), 'db.json')
    const file = new JsonFile(new DurableTextFile(filePath), (value) => DbSchema.parse(value))
    await new DurableTextFile(filePath).write('{"schemaVersion":1}')
    await expect(file.read()).rejects.toThrow()
  })
})
