import type { LibraryQuery } from '@shared/domain/library'
import { client } from './api'
import { askAhead } from './ask-ahead'

/**
 * The library's roles. The library is the first screen, so main.ts asks for them before the
 * app is built, and the answer arrives while it mounts.
 */
export const libraryRoles = askAhead((query: LibraryQuery) => client.library.query({ ...query }))
