import { describe, expect, it } from 'vitest'
import { linkItems } from '@shared/importer/link-entities'
import { articleText, linker, parsed } from './article-fixtures'

describe('linkItems', () => {
  it('links each item on its own, key included, even when linked in one pass', () => {
    const groups = [
      [
        { text: 'Python and SQL' },
        { key: 'Cloud Platforms', text: 'AWS or Google Cloud Platform' },
      ],
      [],
      [{ text: 'No tools named here' }, { text: 'C++ then C++ again' }],
    ]
    expect(linkItems(groups, linker)).toEqual([
      [
        { text: 'Python and SQL', entities: ['python', 'sql'] },
        {
          key: 'Cloud Platforms',
          text: 'AWS or Google Cloud Platform',
          entities: ['cloud-computing', 'aws', 'google-cloud'],
        },
      ],
      [],
      [
        { text: 'No tools named here', entities: [] },
        { text: 'C++ then C++ again', entities: ['cpp'] },
      ],
    ])
  })

  it('gives every item of an article the entities the linker finds in it alone', () => {
    const article = parsed(articleText('grouped-by-section.txt'))
    const items = [
      ...article.roles.flatMap((role) => Object.values(role.sections).flat()),
      ...Object.values(article.sharedSections).flat(),
    ].filter((item) => typeof item !== 'string' && item !== null)
    expect(items.length).toBeGreaterThan(30)
    for (const item of items) {
      const alone = linker.link(item.key ? `${item.key}: ${item.text}` : item.text)
      expect(item.entities, item.text).toEqual(alone)
    }
  })
})
