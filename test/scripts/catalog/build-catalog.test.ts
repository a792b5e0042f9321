import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeCatalog, type CatalogPaths } from '../../../scripts/catalog/main'
import { CatalogSchema, type Catalog } from '@shared/domain/catalog'
import type { Role } from '@shared/domain/role'

const FIXTURES = join(import.meta.dirname, '../../fixtures/catalog')
let dir: string
let data: string
let paths: CatalogPaths

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalog-build-'))
  data = join(dir, 'data')
  await cp(join(FIXTURES, 'data'), data, { recursive: true })
  await cp(join(FIXTURES, 'content'), join(dir, 'content'), { recursive: true })
  paths = {
    catalog: join(dir, 'out/catalog.json'),
    additions: join(dir, 'out/taxonomy-onet.json'),
    taxonomy: join(FIXTURES, 'taxonomy.json'),
    salaries: join(FIXTURES, 'salaries.json'),
    content: join(dir, 'content'),
    extract: join(dir, 'out/extract'),
  }
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function build(): Promise<Catalog> {
  return CatalogSchema.parse(JSON.parse(await writeCatalog(data, paths)))
}

function role(catalog: Catalog, id: string): Role {
  const found = catalog.roles.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`no role ${id}`)
  return found
}

/** Replaces `from` by `to` in a file of the temp copy. */
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8')
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`)
  await writeFile(file, text.replace(from, to))
}

describe('catalog:build', () => {
  it('builds seed, market and O*NET roles with the kinds and sources a user sees', async () => {
    const catalog = await build()
    expect(catalog.roles.map((r) => [r.id, r.kind])).toEqual([
      ['seed-role', 'seed'],
      ['widget-counter', 'market'],
      ['widget-analyst', 'occupation'],
      ['gadget-engineer', 'occupation'],
    ])
    expect(catalog.version).toBe(3)
    expect(catalog.sources?.map((source) => source.id)).toEqual([
      'onet-29.3',
      'bls-ep-2024-34',
      'aijobs-salaries-2025-01-19',
      'widget-article',
    ])
    expect(catalog.sources?.[0]?.attribution).toContain(
      'has modified all or some of this information',
    )
  })

  it('files every role under the family the reviewed table gives it', async () => {
    const catalog = await build()
    expect(catalog.roles.map((r) => [r.id, r.family])).toEqual([
      ['seed-role', 'ml-ai'],
      ['widget-counter', 'data-science'],
      ['widget-analyst', 'data-science'],
      ['gadget-engineer', 'software'],
    ])
  })

  // The content's index.ts is imported once per path (modules are cached), so these spoil it
  // before the first build rather than between two.
  for (const [name, to, message] of [
    ['a role with no family', '', /role-families\.ts: gadget-engineer has no family/],
    [
      'a family for a role the catalog does not have',
      "'gizmo-engineer': 'software',",
      /role-families\.ts: no role has the id gizmo-engineer/,
    ],
  ] as const) {
    it(`stops on ${name} and writes nothing`, async () => {
      await edit(join(paths.content, 'index.ts'), "'gadget-engineer': 'software',", to)
      await expect(writeCatalog(data, paths)).rejects.toThrow(message)
      await expect(readFile(paths.catalog, 'utf8')).rejects.toThrow(/ENOENT/)
    })
  }

  it('ranks skills by importance, drops weak and suppressed ones, and keeps general abilities apart', async () => {
    const skills = role(await build(), 'widget-analyst').sections.skills
    expect(skills.map((s) => [s.text, s.generic ?? false])).toEqual([
      ['Programming (importance 4.1 of 5)', false],
      ['Knowledge of Computers and Electronics (importance 4.5 of 5)', false],
      ['Critical Thinking (importance 4.0 of 5)', true],
    ])
  })

  it('puts hot and in-demand tools first, each linked to an entity', async () => {
    const tools = role(await build(), 'widget-analyst').sections.tools
    expect(tools.map((t) => [t.text, t.entityIds[0]])).toEqual([
      ['Python', 'python'],
      ['Microsoft Excel', 'microsoft-excel'],
      ['Acme Reporting software', 'acme-reporting-software'],
      ['Widgetron Studio', 'widgetron-studio'],
    ])
    expect(tools[0]?.hot && tools[0].inDemand).toBe(true)
  })

  it('cites task ids, keeps other roles’ names out of the aliases and links related roles', async () => {
    const analyst = role(await build(), 'widget-analyst')
    expect(analyst.sections.responsibilities[3]?.provenance.sources).toEqual([
      { sourceId: 'onet-29.3', locator: '15-9901.00 task 101' },
      { sourceId: 'onet-29.3', locator: '15-9901.00 task 102' },
    ])
    expect(analyst.aliases).toEqual(['Widget Specialist'])
    expect(analyst.profile?.related).toEqual([
      expect.objectContaining({ title: 'Gadget Engineers', roleId: 'gadget-engineer' }),
      expect.objectContaining({ title: 'Chief Widget Officers' }),
    ])
    expect(analyst.profile?.education?.requiredLevels).toEqual([
      { level: "Bachelor's degree", percent: 70 },
      { level: "Master's degree", percent: 30 },
    ])
    expect(analyst.profile?.salaryTitles).toEqual([{ title: 'Widget Analyst', rows: 12 }])
  })

  it('says "for the wider group" when BLS has only the parent group', async () => {
    const catalog = await build()
    const gadget = role(catalog, 'gadget-engineer')
    expect(gadget.profile?.projection).toMatchObject({
      widerGroup: true,
      groupTitle: 'Gadget workers',
    })
    expect(gadget.outlook.figures.map((f) => f.label)).toEqual([
      'Projected employment change, for the wider group Gadget workers',
    ])
    expect(role(catalog, 'widget-analyst').outlook.figures.map((f) => f.label)).toEqual([
      'Projected employment change, widget analysts',
      'Median annual wage, widget analysts',
    ])
  })

  it('links seed and market roles to their wider O*NET occupation', async () => {
    const catalog = await build()
    expect(role(catalog, 'seed-role').profile?.widerOccupations).toEqual([
      {
        roleId: 'widget-analyst',
        title: 'Widget Analysts',
        onetCode: '15-9901.00',
        via: 'Seed Role',
      },
    ])
    const counter = role(catalog, 'widget-counter')
    expect(counter.profile?.widerOccupations[0]?.roleId).toBe('widget-analyst')
    expect(counter.sections.responsibilities[0]?.provenance.sources).toEqual([
      {
        sourceId: 'widget-article',
        locator: 'https://example.com/widget-counter-vs-gadget-engineer',
      },
    ])
    expect(counter.sections.tools[0]?.provenance.sources?.[0]?.sourceId).toBe('onet-29.3')
  })

  it('writes the same bytes from the same inputs', async () => {
    const first = await writeCatalog(data, paths)
    expect(await writeCatalog(data, paths)).toBe(first)
  })

  describe('stops on bad input, naming the file and line, and writes nothing', () => {
    const cases: [string, () => Promise<void>, RegExp][] = [
      [
        'a missing file',
        () => rm(join(data, 'onet-29.3/job_zones.tsv')),
        /onet-29\.3\/job_zones\.tsv: the file is missing/,
      ],
      [
        'a changed column',
        () => edit(join(data, 'onet-29.3/skills.tsv'), 'Data Value', 'Value'),
        /onet-29\.3\/skills\.tsv line 1: the header has changed \(missing Data Value; unexpected Value\)/,
      ],
      [
        'a row with a field missing',
        () => edit(join(data, 'onet-29.3/task_statements.tsv'), '\tSort widgets.', ''),
        /onet-29\.3\/task_statements\.tsv line 3: expected 8 fields, found 7/,
      ],
      [
        'a flag that is not Y or N',
        () =>
          edit(
            join(data, 'onet-29.3/technology_skills.tsv'),
            'software\tY\tY',
            'software\tmaybe\tY',
          ),
        /onet-29\.3\/technology_skills\.tsv line 2: Hot Technology "maybe" is not Y or N/,
      ],
      [
        'an O*NET code with no BLS row',
        () =>
          edit(
            join(data, 'bls-ep-2024-34/bls_ep_2024_34_table_1_2_subset.tsv'),
            '15-9902.00\tGadget Engineers',
            '15-9903.00\tGadget Engineers',
          ),
        /bls_ep_2024_34_table_1_2_subset\.tsv: no row for 15-9902\.00 Gadget Engineers \(onet-29\.3\/occupation_data\.tsv line 3\)/,
      ],
      [
        'a salary title the index does not have',
        () => edit(join(paths.content, 'salary-titles.tsv'), 'Widget Counter', 'Widget Wrangler'),
        /salary-titles\.tsv line 3: "Widget Wrangler" is not a job title in the salary index/,
      ],
    ]
    for (const [name, spoil, message] of cases) {
      it(name, async () => {
        await writeCatalog(data, paths)
        const before = await readFile(paths.catalog, 'utf8')
        await rm(paths.additions)
        await spoil()
        await expect(writeCatalog(data, paths)).rejects.toThrow(message)
        expect(await readFile(paths.catalog, 'utf8')).toBe(before)
        await expect(readFile(paths.additions, 'utf8')).rejects.toThrow(/ENOENT/)
      })
    }
  })
})
