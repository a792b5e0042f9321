import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { contract } from '@shared/ipc/contract'
import { APP_FAULT_MESSAGE, parseForUser } from '@shared/ipc/validation-message'
import { PLAIN_REFUSAL } from './zod-wording'

function refusal(schema: z.ZodType, input: unknown): string {
  const result = parseForUser(schema, input)
  if (result.ok) throw new Error('the input was accepted')
  return result.message
}

describe('parseForUser', () => {
  it('says a plan item is too long, by how much it may be, and what to do', () => {
    const message = refusal(contract['plans:addItem'].input, {
      id: 'plan-1',
      label: 'x'.repeat(501),
    })
    expect(message).toBe(
      "The item's text is too long: shorten it to 500 characters or fewer and try again.",
    )
  })

  it('keeps a message the schema wrote for users', () => {
    const message = refusal(contract['compare:roles'].input, {
      roleIds: ['a', 'b', 'c', 'd', 'e'],
    })
    expect(message).toMatch(PLAIN_REFUSAL)
    expect(message).toMatch(/four/)
  })

  it('says a missing id is the app’s fault, not something to type', () => {
    expect(refusal(contract['plans:restore'].input, { id: undefined })).toBe(APP_FAULT_MESSAGE)
    expect(refusal(contract['plans:restore'].input, { id: 'x', extra: 1 })).toBe(APP_FAULT_MESSAGE)
  })

  it('names the field a user typed into, and says what to do', () => {
    const schema = z.object({
      title: z.string().min(1),
      asOf: z.iso.date(),
      links: z.array(z.object({ url: z.url(), label: z.string().max(5) })),
      tags: z.array(z.string()).max(2),
    })
    expect(refusal(schema, { title: '', asOf: '2026-01-01', links: [], tags: [] })).toBe(
      'The title is empty: fill it in and try again.',
    )
    expect(refusal(schema, { title: 't', asOf: 'garbage', links: [], tags: [] })).toMatch(
      /^The date is not a date Role Atlas can read: pick a day/,
    )
    expect(
      refusal(schema, {
        title: 't',
        asOf: '2026-01-01',
        links: [{ url: 'https://a.example', label: 'too long' }],
        tags: [],
      }),
    ).toBe("The link's label is too long: shorten it to 5 characters or fewer and try again.")
    expect(
      refusal(schema, { title: 't', asOf: '2026-01-01', links: [], tags: ['a', 'b', 'c'] }),
    ).toBe('The tags: at most 2 are allowed. Remove some and try again.')
  })

  it('answers every kind of bad input on every channel in plain words', () => {
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      'text',
      [],
      {},
      { id: 7 },
      { text: 'x'.repeat(300) },
    ]
    for (const [name, { input }] of Object.entries(contract)) {
      for (const value of hostile) {
        const result = parseForUser(input, value)
        if (!result.ok)
          expect(result.message, `${name} ← ${JSON.stringify(value)}`).toMatch(PLAIN_REFUSAL)
      }
    }
  })
})
