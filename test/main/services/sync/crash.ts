import { cpSync } from 'node:fs'
import { cp, rm } from 'node:fs/promises'
import path from 'node:path'
import { closeDevice, openDevice, type Device, type WriteMoment } from './devices'

/** Where a crash image keeps a device's data folder and its copy of the sync folder. */
function imageDirs(image: string): { data: string; sync: string } {
  return { data: path.join(image, 'data'), sync: path.join(image, 'sync') }
}

/**
 * Arms `device` to crash at the first durable write `at` picks: its files are copied into
 * `image` right then, synchronously, so nothing else the app does gets in, as a power cut
 * leaves them (temp files of writes under way included). The app itself runs on; what it does
 * after is thrown away by {@link restartFromCrash}. `crashed()` says whether it came to pass.
 */
export function crashAt(
  device: Device,
  image: string,
  at: (write: WriteMoment) => boolean,
): { crashed: () => boolean } {
  let crashed = false
  device.writes.listener = (write) => {
    if (crashed || !at(write)) return
    crashed = true
    device.writes.listener = null
    const dirs = imageDirs(image)
    cpSync(device.dataDir, dirs.data, { recursive: true })
    cpSync(device.syncDir, dirs.sync, { recursive: true })
  }
  return { crashed: () => crashed }
}

/**
 * The start after the crash: `device` is closed, its files are put back as `image` holds
 * them (whatever it wrote after the crash is gone), and it is opened again from them.
 */
export async function restartFromCrash(
  root: string,
  device: Device,
  image: string,
): Promise<Device> {
  device.writes.listener = null
  await closeDevice(device)
  const dirs = imageDirs(image)
  for (const [from, to] of [
    [dirs.data, device.dataDir],
    [dirs.sync, device.syncDir],
  ] as const) {
    await rm(to, { recursive: true, force: true })
    await cp(from, to, { recursive: true })
  }
  await rm(image, { recursive: true, force: true })
  return openDevice(root, device.name, { join: false })
}
