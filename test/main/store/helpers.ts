import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { Role } from '@shared/domain/role'

/** A fresh temp directory per test, removed afterwards; call the result inside a test. */
export function useTempDir(): () => string {
  let dir: string | undefined
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'role-atlas-store-'))
  })
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
    dir = undefined
  })
  return () => {
    if (!dir) throw new Error('useTempDir() is only available inside a test')
    return dir
  }
}

/** Every file name under `dir`, recursively, relative to it and sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A data file as schema version 1 wrote it (before saved comparisons). */
export function v1Db(): Record<string, unknown> {
  return { schemaVersion: 1, catalogVersion: 0, roles: [], settings: {} }
}

/** A small valid user role. */
export function userRole(id: string, name = 'Analytics Translator'): Role {
  const provenance = { origin: 'user' as const, articleIds: [] }
  return {
    id,
    name,
    aliases: [],
    summary: 'Turns business questions into data work.',
    origin: 'user',
    sections: {
      responsibilities: [{ id: 'r1', text: 'Frames questions', entityIds: [], provenance }],
      skills: [{ id: 's1', text: 'SQL', entityIds: ['sql'], provenance }],
      education: [],
      tools: [],
      industries: [],
      tips: [],
    },
    outlook: { statements: [], figures: [] },
  }
}
