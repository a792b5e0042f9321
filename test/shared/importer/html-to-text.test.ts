import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from '@shared/importer/html-to-text'
import { articleText } from './article-fixtures'

describe('htmlToText', () => {
  it('drops scripts, styles and the head with everything in them', () => {
    const text = htmlToText(articleText('article-with-script.html'))
    expect(text).not.toMatch(/evil|tracker|document\.title|window\.location|font-family/)
    expect(text).not.toMatch(/Site header|Injected|Ignore vs|Enable JavaScript/)
    expect(text.split('\n')[0]).toBe(
      'Computer Vision Engineer vs. Robotics Engineer: A Comprehensive Comparison',
    )
  })

  it('keeps block structure as lines and list items as bullets', () => {
    expect(htmlToText('<h2>Skills</h2><ul><li>SQL</li><li>Python</li></ul><p>One<br>Two</p>')).toBe(
      'Skills\n\n• SQL\n• Python\n\nOne\nTwo',
    )
  })

  it('removes inline tags without breaking the line, attributes with ">" included', () => {
    expect(htmlToText('<p>Use <b>dbt</b> and <a href="x?a>b" title=\'>\'>Git</a> daily</p>')).toBe(
      'Use dbt and Git daily',
    )
  })

  it('reads an unclosed script as running to the end', () => {
    expect(htmlToText('<p>Kept</p><script>alert(1)<p>not kept</p>')).toBe('Kept')
  })

  it('drops comments', () => {
    expect(htmlToText('<p>A<!-- <script>x</script> --> B</p>')).toBe('A B')
  })
})

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &rsquo; &#8211; &#x1F440; &nbsp;')).toBe(
      'R&D <b> ’ – 👀 \u00A0',
    )
  })

  it('keeps unknown names and replaces impossible code points', () => {
    expect(decodeEntities('&unknown; &#0; &#xD800; &#x110000;')).toBe(
      '&unknown; \uFFFD \uFFFD \uFFFD',
    )
  })
})
