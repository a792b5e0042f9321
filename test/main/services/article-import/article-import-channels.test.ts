import { describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../../src/main/ipc/invoke'
import { ARTICLE_MAX_BYTES } from '@shared/importer/limits'
import { openTestContainer } from '../../ipc/test-container'
import { useTempDir } from '../../store/helpers'
import { PLAIN_REFUSAL } from '../../../shared/ipc/zod-wording'

describe('import channels', () => {
  const tempDir = useTempDir()

  async function call(channel: string, input: unknown): Promise<unknown> {
    const container = await openTestContainer(tempDir())
    try {
      return await invokeChannel(container.handlers, channel, input, (name, error) => {
        throw new Error(`${name}: ${String(error)}`)
      })
    } finally {
      await container.shutdown()
    }
  }

  it('refuses a text over 2 MB before parsing it', async () => {
    expect(
      await call('articleImport:preview', { text: 'a'.repeat(ARTICLE_MAX_BYTES + 1) }),
    ).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The article is larger than 2 MB, the most Role Atlas imports.',
      },
    })
  })

  it('answers an empty text with the parser’s specific error', async () => {
    const result = await call('articleImport:preview', { text: '  \n ' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(JSON.stringify(result)).not.toContain('Invalid input')
  })

  it('refuses a decision that is neither a new role nor a merge, and a blank name', async () => {
    for (const roles of [
      [
        { action: 'replace', roleId: 'data-manager' },
        { action: 'new', name: 'X' },
      ],
      [
        { action: 'new', name: '   ' },
        { action: 'new', name: 'X' },
      ],
      [{ action: 'new', name: 'X' }],
    ]) {
      expect(await call('articleImport:save', { text: 'x', roles })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(PLAIN_REFUSAL) },
      })
    }
  })
})
