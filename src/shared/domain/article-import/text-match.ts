// Text normalisation shared by the import's comparisons: role names, titles, item texts.

/** Lower case, accents and punctuation removed, whitespace collapsed: "Python, SQL!" → "python sql". */
export function normaliseText(text: string): string {
  // Plain ASCII has no accents to take off; most items are, and a merge normalises every one.
  const unaccented = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/\p{M}/gu, '')
  return unaccented
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
}
