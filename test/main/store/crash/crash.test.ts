import { spawn } from 'node:child_process'
import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { Store } from '../../../../src/main/store/db'
import { useTempDir } from '../helpers'
import { buildChild } from './build-child'
import { Random } from '../../../../scripts/bench/random'

/** `npm run test:crash -- --cycles N` sets this; CI runs the default. */
const CYCLES = Number(process.env['ROLE_ATLAS_CRASH_CYCLES'] ?? 300)
const SEED = Number(process.env['ROLE_ATLAS_CRASH_SEED'] ?? Date.now() % 2 ** 31)
/** Writers killed side by side, each on its own data file. */
const LANES = 2
/** Kills on one data file before a fresh one, so the file stays app-sized and first starts are killed too. */
const CYCLES_PER_FILE = 25

type KillMoment = 'during open' | 'right after an ack' | 'at a random moment'
const MOMENTS: KillMoment[] = ['during open', 'right after an ack', 'at a random moment']

interface Killed {
  acks: number[]
  signal: NodeJS.Signals | null
  stderr: string
}

/** Runs the writer on `dataFile` and SIGKILLs it at `moment`; resolves once it is gone. */
function runAndKill(
  writer: string,
  dataFile: string,
  moment: KillMoment,
  random: Random,
): Promise<Killed> {
  const child = spawn(process.execPath, [writer, dataFile, String(random.next() * 2 ** 31)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const kill = (): void => {
    child.kill('SIGKILL')
  }
  const acks: number[] = []
  const killAtAck = 1 + Math.floor(random.next() * 40)
  let stderr = ''
  let partial = ''
  if (moment === 'during open') setTimeout(kill, random.next() * 150)
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (line === 'ready') {
        if (moment === 'at a random moment') setTimeout(kill, random.next() * 60)
        continue
      }
      acks.push(Number(line.slice('ack '.length)))
      // Killed synchronously on reading the line: the next write may already be under way.
      if (moment === 'right after an ack' && acks.length === killAtAck) kill()
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  // A writer that stalls is still killed, so a cycle never hangs.
  const deadline = setTimeout(kill, 10_000)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (_code, signal) => {
      clearTimeout(deadline)
      resolve({ acks, signal, stderr })
    })
  })
}

interface Tally {
  kills: number
  acknowledged: number
  checked: number
}

/**
 * Opens the killed writer's file with the real store and checks it: readable without a
 * recovery, nothing set aside, and every acknowledged event in it.
 */
async function verify(dataFile: string, highestAck: number, context: string): Promise<void> {
  const asideFiles = (await readdir(path.dirname(dataFile))).filter((name) =>
    name.includes('.corrupt-'),
  )
  const store = await Store.open(dataFile)
  try {
    expect({ notices: store.notices, asideFiles }, context).toEqual({ notices: [], asideFiles: [] })
    // Writes reach the disk in order, so the file holds events 0…n-1 with none missing in
    // between; every acknowledged one must be among them.
    const ids = store.data.activity.map((event) => event.id)
    expect(ids, context).toEqual(ids.map((_, n) => `event-${n}`))
    expect(ids.length, context).toBeGreaterThan(highestAck)
    expect(store.data.comparisons.length, context).toBe(Math.ceil(ids.length / 5))
    expect(store.data.progress.length, context).toBe(Math.min(ids.length, 40))
  } finally {
    await store.close()
  }
}

async function runLane(
  writer: string,
  dir: string,
  lane: number,
  cycles: number,
  tally: Tally,
): Promise<void> {
  const random = new Random(SEED + lane)
  let dataFile = ''
  let highestAck = -1
  for (let cycle = 0; cycle < cycles; cycle++) {
    if (cycle % CYCLES_PER_FILE === 0) {
      const fileDir = path.join(dir, `lane-${lane}-file-${cycle / CYCLES_PER_FILE}`)
      await mkdir(fileDir)
      dataFile = path.join(fileDir, 'role-atlas.json')
      highestAck = -1
    }
    const moment = MOMENTS[Math.floor(random.next() * MOMENTS.length)] ?? 'at a random moment'
    const killed = await runAndKill(writer, dataFile, moment, random)
    const context = `seed ${SEED}, lane ${lane}, cycle ${cycle}, killed ${moment}`
    expect({ signal: killed.signal, stderr: killed.stderr }, context).toEqual({
      signal: 'SIGKILL',
      stderr: '',
    })
    highestAck = Math.max(highestAck, ...killed.acks)
    await verify(dataFile, highestAck, context)
    tally.kills++
    tally.acknowledged += killed.acks.length
    tally.checked += highestAck + 1
  }
}

describe('the store killed with SIGKILL while writing', () => {
  const tempDir = useTempDir()
  let writer = ''

  beforeAll(async () => {
    writer = await buildChild(
      path.join(import.meta.dirname, 'crash-writer.ts'),
      path.join(import.meta.dirname, '../../../../node_modules/.cache/role-atlas-crash'),
    )
  }, 60_000)

  it(
    `loses no acknowledged write and never leaves an unreadable file (${CYCLES} kills)`,
    async () => {
      const tally: Tally = { kills: 0, acknowledged: 0, checked: 0 }
      await Promise.all(
        Array.from({ length: LANES }, (_, lane) =>
          runLane(
            writer,
            tempDir(),
            lane,
            Math.floor(CYCLES / LANES) + (lane < CYCLES % LANES ? 1 : 0),
            tally,
          ),
        ),
      )
      expect(tally.kills).toBe(CYCLES)
      process.stdout.write(
        `crash test (seed ${SEED}): ${tally.kills} SIGKILLs, ${tally.acknowledged} acknowledged ` +
          `writes, ${tally.checked} acknowledged-write checks after restarts; 0 lost, 0 unreadable\n`,
      )
    },
    CYCLES * 2_000,
  )
})
