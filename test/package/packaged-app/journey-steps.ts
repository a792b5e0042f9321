import { lstat, readdir, readFile, readlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import catalogJson from '../../../resources/catalog/catalog.json'
import { CatalogSchema } from '@shared/domain/catalog'

/**
 * The user's side of the packaged-app journey, shared by the run under the Electron double
 * (test/package) and the run in a real Electron (test/electron), so both walk the same path.
 */

const catalog = CatalogSchema.parse(catalogJson)

/** The data file main keeps in the user-data folder. */
export const DATA_FILE = 'role-atlas.json'

/** The library shows every built-in role, each once. */
export async function expectEveryBuiltInRole(page: Page): Promise<void> {
  const roles = page.getByRole('list', { name: 'Roles' }).getByRole('article')
  await expect.poll(() => roles.count()).toBe(catalog.roles.length)
  for (const role of catalog.roles) {
    expect(await page.getByRole('article', { name: role.name, exact: true }).count()).toBe(1)
  }
}

/** Makes a learning plan for AI Programmer and marks its Python item done. */
export async function tickPythonDone(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await page.getByRole('combobox', { name: 'For a role' }).selectOption({ label: 'AI Programmer' })
  await page.getByRole('button', { name: 'Create plan' }).click()
  await pythonDone(page).check()
}

/** Opens the AI Programmer plan and waits until its Python item shows as done. */
export async function expectPythonDoneInPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Plans', exact: true }).click()
  await page
    .getByRole('list', { name: 'Plans' })
    .getByRole('link', { name: /AI Programmer/ })
    .click()
  await expect.poll(() => pythonDone(page).isChecked()).toBe(true)
}

function pythonDone(page: Page) {
  return page
    .getByRole('radiogroup', { name: 'Status of Python' })
    .getByRole('radio', { name: 'Done' })
}

/** The parts of the data file the journey reads. */
export interface DataFileView {
  progress: { key: string; status: string }[]
  settings: Record<string, unknown>
}

/** Reads the data file as it is on disk now. */
export async function readDataFile(userData: string): Promise<DataFileView> {
  return JSON.parse(await readFile(join(userData, DATA_FILE), 'utf8')) as DataFileView
}

/** How many progress records on disk say "done". */
export async function doneOnDisk(userData: string): Promise<number> {
  return (await readDataFile(userData)).progress.filter((record) => record.status === 'done').length
}

/**
 * Every entry of the user-data folder that `include` accepts: a file's bytes and modification
 * time, a link's target; so a second instance that touched anything shows up as a difference.
 */
export async function snapshotFolder(
  folder: string,
  include: (name: string) => boolean = () => true,
): Promise<Record<string, string>> {
  const entries: Record<string, string> = {}
  for (const name of (await readdir(folder)).filter(include).sort()) {
    const path = join(folder, name)
    const info = await lstat(path)
    if (info.isSymbolicLink()) entries[name] = `link to ${await readlink(path)}`
    else if (info.isFile()) entries[name] = `${info.mtimeMs} ${await readFile(path, 'base64')}`
    else entries[name] = `folder changed ${info.mtimeMs}`
  }
  return entries
}
