import { z } from 'zod'
import { DeviceIdSchema, SYNC_FORMAT } from '../../../shared/sync/ops'

/** Longest name a user can give a computer. */
export const DEVICE_NAME_MAX = 60

/** `device.json`: what a device says about itself in its own folder. */
export const DeviceFileSchema = z.object({
  format: z.literal(SYNC_FORMAT),
  deviceId: DeviceIdSchema,
  name: z.string().max(DEVICE_NAME_MAX),
  /** Random per install; another value under this id means another install writes here. */
  installNonce: z.string().min(8).max(64),
  /** The newest segment it wrote and the number of ops it has made. */
  lastSegment: z.number().int().min(0),
  lastSeq: z.number().int().min(0),
  /** When it last made a change, and last read the folder (ISO). */
  lastChangeAt: z.iso.datetime().nullable(),
  lastSyncAt: z.iso.datetime(),
  /** Devices it has retired with "Forget this device". */
  forgotten: z.array(DeviceIdSchema),
  /**
   * Per other device, the n such that it has merged that device's ops 1…n: once every active
   * device has seen a delete, its tombstone can be dropped. Absent in files of older versions,
   * which therefore hold every tombstone.
   */
  seen: z.record(DeviceIdSchema, z.number().int().min(0)).optional(),
})
export type DeviceFile = z.infer<typeof DeviceFileSchema>
