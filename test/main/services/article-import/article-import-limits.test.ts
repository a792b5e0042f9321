import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { ROLE_ITEM_TEXT_MAX } from '@shared/domain/text-limits'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'

const ARTICLE = path.resolve(
  import.meta.dirname,
  '../../../fixtures/articles/grouped-by-section.txt',
)

describe('saving an article with text longer than the app stores', () => {
  const tempDir = useTempDir()

  it('refuses it in words and saves nothing', async () => {
    const container = await openTestContainer(tempDir())
    const long = Array.from({ length: ROLE_ITEM_TEXT_MAX / 2 }, (_, i) => `w${i}`).join(' ')
    const text = (await readFile(ARTICLE, 'utf8')).replace(
      '  • Answer ad hoc questions from product and sales teams',
      `  • Answer ad hoc questions ${long}`,
    )
    const before = container.store.data
    const unexpected: unknown[] = []
    const result = await invokeChannel(
      container.handlers,
      'articleImport:save',
      {
        text,
        roles: [
          { action: 'new', name: 'Long Analyst' },
          { action: 'new', name: 'Long Engineer' },
        ],
      },
      (_, error) => unexpected.push(error),
    )
    expect(unexpected).toEqual([])
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'This article holds a passage longer than Role Atlas keeps in one item, title or name. Shorten or split that passage and import the article again.',
      },
    })
    expect(container.store.data).toBe(before)
    await container.shutdown()
  })

  it('says so at preview, before the user decides anything', async () => {
    const container = await openTestContainer(tempDir())
    const long = Array.from({ length: ROLE_ITEM_TEXT_MAX / 2 }, (_, i) => `w${i}`).join(' ')
    const text = (await readFile(ARTICLE, 'utf8')).replace(
      '  • Answer ad hoc questions from product and sales teams',
      `  • Answer ad hoc questions ${long}`,
    )
    const result = await invokeChannel(
      container.handlers,
      'articleImport:preview',
      { text },
      () => undefined,
    )
    expect(result.ok ? null : result.error.message).toBe(
      'This article holds a passage longer than Role Atlas keeps in one item, title or name. Shorten or split that passage and import the article again.',
    )
    await container.shutdown()
  })
})
