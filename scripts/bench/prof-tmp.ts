import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadBundledCatalog } from '../../src/main/services/catalog/bundled-catalog'
import { SyncEngine } from '../../src/main/services/sync/sync-engine'
import { Store } from '../../src/main/store/db'
import { generateDb } from './generate-db'
import { publishOps } from '../../src/main/services/sync/folder-writer'
import { formatStamp } from '../../src/shared/sync/hlc'
const { catalog, taxonomy } = loadBundledCatalog()
const db = generateDb(20_261_129, catalog, taxonomy)
const dir = await mkdtemp(path.join(tmpdir(), 'prof-'))
const folder = path.join(dir, 'f')
const ops = db.activity.map((event, n) => ({ kind: 'event' as const, id: `bench-laptop-01:${n + 1}`, clock: formatStamp({ wall: Date.parse(event.at), counter: n % 1000 }, 'bench-laptop-01'), event }))
await publishOps(folder, 'bench-laptop-01', { number: 1, ops: [], checksum: null }, ops)
const store = await Store.open(path.join(dir, 'p', 'role-atlas.json'))
const engine = await SyncEngine.open(store, { stateFilePath: path.join(dir, 'p', 'sync-state.json') })
const t = performance.now()
const status = await engine.chooseFolder(folder)
console.log(performance.now() - t, status.state, status.error, store.data.activity.length)
