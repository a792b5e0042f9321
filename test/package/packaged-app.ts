import path from 'node:path'

/**
 * The resources folder of the unpacked app that `npm run test:package` built
 * (`dist/test-package/linux-unpacked/resources`), from ROLE_ATLAS_PACKAGED_RESOURCES.
 */
export function packagedResources(): string {
  const dir = process.env['ROLE_ATLAS_PACKAGED_RESOURCES']
  if (!dir) {
    throw new Error(
      'ROLE_ATLAS_PACKAGED_RESOURCES is not set: run these tests through `npm run test:package`, ' +
        'which builds the unpacked app first.',
    )
  }
  return path.resolve(dir)
}
