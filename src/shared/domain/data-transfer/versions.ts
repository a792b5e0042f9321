/** `1.2.3` (a pre-release such as `-beta.1` ranks below its release); null for anything else. */
function parts(version: string): { release: number[]; pre: boolean } | null {
  const match = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(version)
  if (!match) return null
  return { release: [match[1], match[2], match[3]].map(Number), pre: match[4] !== undefined }
}

/**
 * Orders two app versions: negative when `a` is older than `b`, positive when newer, 0 when
 * equal or when either is not a version (an unreadable version says nothing about newness;
 * the data version still guards what the file holds). Pre-releases of the same release
 * compare equal, so a test build reads its own files.
 */
export function compareVersions(a: string, b: string): number {
  const left = parts(a)
  const right = parts(b)
  if (!left || !right) return 0
  for (let i = 0; i < 3; i++) {
    const difference = (left.release[i] ?? 0) - (right.release[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  if (left.pre === right.pre) return 0
  return left.pre ? -1 : 1
}
