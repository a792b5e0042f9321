/** Whether `error` is a Node system error with one of `codes`, e.g. `ENOENT`. */
export function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(`${error.code}`)
}
