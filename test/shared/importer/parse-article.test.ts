import { describe, expect, it } from 'vitest'
import { parseArticle } from '@shared/importer/parse-article'
import { ARTICLE_MAX_BYTES } from '@shared/importer/limits'
import { parsedListSectionKeys, type ParsedRole } from '@shared/importer/types'
import { articleText, linker, parsed, texts } from './article-fixtures'

const warningCodes = (text: string): string[] => parsed(text).warnings.map((w) => w.code)

describe('parseArticle, grouped by section', () => {
  const article = parsed(articleText('grouped-by-section.txt'))
  const [analyst, engineer] = article.roles

  it('takes the roles from the title, in title order', () => {
    expect(article.title).toBe('Data Analyst vs Analytics Engineer: A Comprehensive Comparison')
    expect(analyst.name).toBe('Data Analyst')
    expect(engineer.name).toBe('Analytics Engineer')
  })

  it('gives each role its own definition paragraph', () => {
    expect(analyst.sections.definition).toMatch(/^A Data Analyst answers business questions/)
    expect(engineer.sections.definition).toMatch(/^By contrast, an Analytics Engineer builds/)
  })

  it('puts every item under "<Role> <Section>" headings into that role', () => {
    expect(texts(analyst.sections.responsibilities)).toEqual([
      'Answer ad hoc questions from product and sales teams',
      'Build dashboards in Tableau that track weekly targets',
      'Explain trends and outliers to non-technical colleagues',
    ])
    expect(engineer.sections.responsibilities).toHaveLength(4)
    expect(texts(analyst.sections.skills)).toContain('A feel for statistics and sampling')
    expect(texts(engineer.sections.skills)).toContain('Python for small automation jobs')
    expect(analyst.sections.education).toHaveLength(2)
    expect(texts(engineer.sections.tools)).toEqual([
      'dbt for transformations',
      'BigQuery or Amazon Redshift as the warehouse',
      'Git for code history',
    ])
    expect(texts(analyst.sections.industries)).toEqual(['Retail', 'Healthcare', 'Government'])
    expect(texts(engineer.sections.tips)).toEqual([
      'Build a small warehouse project end to end',
      'Learn how data pipelines fail and how to test them',
    ])
  })

  it('links the entities each item names', () => {
    expect(engineer.sections.tools[1]?.entities).toEqual(['bigquery', 'redshift'])
    expect(analyst.sections.industries.map((item) => item.entities)).toEqual([
      ['retail'],
      ['healthcare'],
      ['government'],
    ])
  })

  it('reads an outlook written for both roles as shared sentences, one about a role as its own', () => {
    expect(analyst.sections.outlook).toEqual([])
    expect(texts(article.sharedSections.outlook)).toEqual([
      'Demand for both jobs keeps rising as firms move reporting into the cloud.',
      'According to the U.S. Bureau of Labor Statistics, jobs for data-focused analysts are projected to grow 23% from 2022 to 2032, far faster than the average.',
    ])
    expect(texts(engineer.sections.outlook)).toEqual([
      'Glassdoor reports an average salary of $118,000 per year for an Analytics Engineer.',
    ])
  })

  it('reads growth and salary figures with their source and period', () => {
    expect(article.outlookFigures).toEqual([
      expect.objectContaining({
        kind: 'growth',
        value: 23,
        unit: 'percent',
        period: '2022–2032',
        source: 'U.S. Bureau of Labor Statistics',
        roleName: null,
      }),
      expect.objectContaining({
        kind: 'salary',
        value: 118_000,
        unit: 'usd-per-year',
        period: 'as reported',
        source: 'Glassdoor',
        roleName: 'Analytics Engineer',
      }),
    ])
  })

  it('reads the featured jobs and leaves out the implausible salary with a warning', () => {
    expect(article.jobs.listings).toEqual([
      {
        title: 'Senior Analytics Engineer',
        company: 'Brightfield Labs',
        location: 'Remote, Canada',
        employmentTypes: ['Full Time'],
        level: 'senior',
        salary: { currency: 'USD', min: 130_000, max: 165_000 },
      },
      {
        title: 'Junior Data Analyst',
        company: 'Northwind Retail',
        location: 'Leeds, UK',
        employmentTypes: ['Full Time'],
        level: 'entry',
        salary: { currency: 'GBP', min: 28_000, max: 34_000 },
      },
    ])
    expect(article.jobs.excluded).toEqual([
      {
        text: 'Placeholder Listing\n@ Example Corp | Anywhere\nContract Mid-level / Intermediate USD 1111111K - 1111111K',
        reason: 'Implausible salary “USD 1111111K - 1111111K”.',
      },
    ])
    expect(article.warnings).toEqual([
      {
        code: 'listing-excluded',
        message: 'A featured job was left out. Implausible salary “USD 1111111K - 1111111K”.',
      },
    ])
  })

  it('keeps the conclusion, intro and page footer out of every section', () => {
    const everything = JSON.stringify(article.roles) + JSON.stringify(article.sharedSections)
    expect(everything).not.toMatch(/In conclusion|Salary Insights|Table of contents|This piece/)
  })
})

describe('parseArticle, grouped by role', () => {
  const article = parsed(articleText('grouped-by-role.md'))
  const [engineer, architect] = article.roles

  it('reads each role part with its sections, numbered items and Markdown headings', () => {
    expect(article.title).toBe('Data Engineer vs. Data Architect: A Comprehensive Comparison')
    expect(engineer.sections.definition).toMatch(/^A Data Engineer builds and runs/)
    expect(texts(engineer.sections.responsibilities)).toEqual([
      'Build batch and streaming data pipelines',
      'Monitor jobs and fix failures quickly',
      'Tune Apache Spark jobs for cost and speed',
    ])
    expect(texts(engineer.sections.tools)).toEqual([
      'Apache NiFi for ingestion',
      'PostgreSQL and MongoDB',
    ])
    expect(texts(architect.sections.skills)).toEqual([
      'Data modeling at enterprise scale',
      'Leadership across several teams',
    ])
    expect(texts(architect.sections.industries)).toEqual(['Government', 'Healthcare'])
  })

  it('reads a tips section after both parts as shared by both roles', () => {
    expect(texts(article.sharedSections.tips)).toEqual([
      'Start as an engineer and grow into architecture',
      'Read the design documents of systems you use',
    ])
    expect(engineer.sections.tips).toEqual([])
  })

  it('warns about the outlook no part has', () => {
    expect(article.warnings.map((w) => [w.code, w.roleName, w.section])).toEqual([
      ['missing-section', 'Data Engineer', 'outlook'],
      ['missing-section', 'Data Architect', 'outlook'],
    ])
  })
})

/** How many items each list section of a role holds, in the articles' order. */
const counts = (role: ParsedRole): number[] =>
  parsedListSectionKeys.map((key) => role.sections[key].length)

describe('parseArticle, role by role in plain text', () => {
  // Each part: definition, then 4 or 3 responsibilities, 3 skills, 2 education, 4 tools,
  // 3 industries, no outlook, 3 tips; the featured jobs follow the second part's tips.
  const written = { engineer: [4, 3, 2, 4, 3, 0, 3], steward: [3, 3, 2, 4, 3, 0, 3] }

  it.each(['by-role-plain.txt', 'by-role-worded-headings.txt'])(
    'reads every section of both parts of %s',
    (file) => {
      const article = parsed(articleText(file))
      const [engineer, steward] = article.roles
      expect(counts(engineer)).toEqual(written.engineer)
      expect(counts(steward)).toEqual(written.steward)
      expect(engineer.sections.definition).toMatch(/^An Analytics Engineer sits between/)
      expect(steward.sections.definition).toMatch(/^A Data Steward looks after/)
      expect(article.sharedSections).toEqual({})
      expect(article.jobs.listings.map((job) => job.title)).toEqual([
        'Analytics Engineer',
        'Data Steward',
      ])
    },
  )

  it("keeps each part's headings out of the other part", () => {
    const [engineer, steward] = parsed(articleText('by-role-worded-headings.txt')).roles
    expect(texts(engineer.sections.tools)).toEqual([
      'dbt for models and tests.',
      'Snowflake or Google BigQuery.',
      'Apache Airflow for scheduled runs.',
      'Looker for the models people consume.',
    ])
    expect(texts(steward.sections.education)).toEqual([
      'Information management, law or business studies.',
      'A data governance certificate helps when changing careers.',
    ])
    expect(texts(steward.sections.industries).map((text) => text.split(' ')[0])).toEqual([
      'Where',
      'Policy',
      'Registers',
    ])
  })

  it('stops the second part at a conclusion that follows its tips directly', () => {
    const article = parsed(articleText('by-role-worded-headings.txt'))
    const [, steward] = article.roles
    expect(texts(steward.sections.tips)).toEqual([
      'Pick one critical dataset and document it fully.',
      'Work with the teams who suffer most from bad data.',
      'Record why each definition was chosen.',
    ])
    expect(JSON.stringify(article.roles)).not.toMatch(/Put simply|Northwind|Full Time/)
    expect(article.warnings.map((w) => [w.code, w.section])).toEqual([
      ['missing-section', 'outlook'],
      ['missing-section', 'outlook'],
    ])
  })
})

describe('parseArticle, lists introduced by a sentence', () => {
  const article = parsed(articleText('list-intro-sentences.txt'))
  const [developer, scientist] = article.roles

  it('reads "Role: definition" paragraphs', () => {
    expect(developer.sections.definition).toBe(
      'A BI Developer turns company data into reports and self-service dashboards.',
    )
    expect(scientist.sections.definition).toMatch(/^A Data Scientist builds statistical/)
  })

  it('follows the role a sentence ending in a colon introduces', () => {
    expect(developer.sections.responsibilities).toHaveLength(2)
    expect(scientist.sections.responsibilities).toHaveLength(3)
    expect(texts(developer.sections.education)).toEqual([
      'A degree in business administration or information technology.',
    ])
    expect(texts(scientist.sections.tools)).toEqual(['Jupyter Notebook, PyTorch and Git.'])
    expect(texts(scientist.sections.industries)).toEqual(['Healthcare and finance.'])
  })

  it('keeps both parts of "Key: description" items', () => {
    expect(scientist.sections.responsibilities[0]).toEqual({
      key: 'Modelling',
      text: 'Train and evaluate predictive models.',
      entities: [],
    })
    expect(developer.sections.responsibilities[1]).toEqual({
      key: 'Data Preparation',
      text: 'Shape source tables for reporting.',
      entities: [],
    })
  })

  it('reads an outlook split by role, figure by figure', () => {
    expect(texts(developer.sections.outlook)).toEqual([
      'According to Indeed, the average salary for a BI Developer is $96,500 per year.',
    ])
    expect(scientist.sections.outlook).toHaveLength(2)
    expect(article.sharedSections.outlook).toBeUndefined()
    expect(
      article.outlookFigures.map((f) => [f.kind, f.value, f.period, f.source, f.roleName]),
    ).toEqual([
      ['salary', 96_500, 'as reported', 'Indeed', 'BI Developer'],
      ['growth', 35, '2022–2032', 'U.S. Bureau of Labor Statistics', 'Data Scientist'],
      // "Likewise, …" carries on the sentence before it, and so its source.
      ['growth', 8, 'as reported', 'U.S. Bureau of Labor Statistics', 'Data Scientist'],
    ])
  })

  it('reads "For Aspiring <Roles>" headings as each role\'s tips', () => {
    expect(texts(developer.sections.tips)).toEqual(['Rebuild a public dashboard from scratch.'])
    expect(texts(scientist.sections.tips)).toEqual([
      'Enter a Kaggle competition and write up what you learned.',
    ])
    expect(scientist.sections.tips[0]?.entities).toEqual(['kaggle'])
  })
})

describe('parseArticle, bullets, CRLF and stray whitespace', () => {
  const article = parsed(articleText('bullets-crlf-whitespace.txt'))
  const [researcher, mlops] = article.roles

  it('reads every bullet style and skips empty bullets', () => {
    expect(texts(researcher.sections.responsibilities)).toEqual([
      'Read and reproduce recent papers',
      'Design experiments that isolate one idea',
      'Write up findings for peers',
    ])
    expect(texts(mlops.sections.responsibilities)).toEqual([
      'Package models with Docker',
      'Run training pipelines on Kubernetes',
    ])
    expect(texts(researcher.sections.skills)).toEqual([
      'Mathematics, especially probability',
      'Deep learning with PyTorch',
    ])
    expect(texts(mlops.sections.skills)).toEqual([
      'Containerization and cloud computing',
      'Monitoring with Grafana and Prometheus',
    ])
    expect(texts(researcher.sections.education)).toEqual([
      'A PhD in computer science or mathematics',
    ])
    expect(texts(mlops.sections.education)).toEqual(['A degree in software engineering'])
    expect(texts(researcher.sections.tools)).toEqual(['PyTorch and Jupyter'])
    expect(texts(mlops.sections.industries)).toEqual(['Tech'])
  })

  it('trims stray spaces and tabs, and leaves no carriage return behind', () => {
    expect(article.title).toBe(
      'Machine Learning Researcher vs. MLOps Engineer: A Comprehensive Comparison',
    )
    expect(researcher.sections.definition).toBe(
      'A Machine Learning Researcher invents and tests new learning methods and publishes the results.',
    )
    expect(JSON.stringify(article)).not.toMatch(/\\r|\\t/)
    expect(article.warnings).toEqual([])
  })
})

describe('parseArticle, shared and missing sections', () => {
  const article = parsed(articleText('shared-tips-missing-sections.txt'))
  const [specialist, administrator] = article.roles

  it('matches role headings that differ from the title a little', () => {
    expect(specialist.sections.definition).toMatch(/^A Data Operations Specialist automates/)
    expect(texts(specialist.sections.responsibilities)).toEqual([
      'Schedule and monitor data pipelines',
      'Document recovery steps for each flow',
    ])
    expect(texts(administrator.sections.responsibilities)).toEqual([
      'Apply patches and manage backups',
      'Grant and review access rights',
    ])
    expect(texts(administrator.sections.skills)).toEqual(['Deep knowledge of SQL Server or Oracle'])
  })

  it('keeps tips written once for both roles in the shared sections', () => {
    expect(texts(article.sharedSections.tips)).toEqual([
      'Set up a home lab with PostgreSQL and break it on purpose.',
      'Learn to read query plans.',
      'Volunteer for on-call shadowing.',
    ])
    expect(specialist.sections.tips).toEqual([])
  })

  it('warns about each section a role lacks, and not about shared ones', () => {
    expect(article.warnings.map((w) => `${w.roleName}: ${w.section}`)).toEqual([
      'Data Operations Specialist: education',
      'Data Operations Specialist: tools',
      'Database Administrator: education',
      'Database Administrator: tools',
      'Database Administrator: industries',
    ])
    expect(article.warnings[0]?.message).toBe(
      'No educational background section was found for Data Operations Specialist.',
    )
  })
})

describe('parseArticle, text cut off mid-article', () => {
  const article = parsed(articleText('truncated.txt'))
  const [cloud, platform] = article.roles

  it('keeps every complete item and drops the one cut mid-sentence', () => {
    expect(texts(cloud.sections.responsibilities)).toHaveLength(2)
    expect(texts(platform.sections.responsibilities)).toEqual([
      'Run the company-wide orchestration service.',
      'Offer self-service templates to other teams.',
    ])
  })

  it('warns that the text is cut off and names what was dropped', () => {
    const truncated = article.warnings.filter((w) => w.code === 'truncated')
    expect(truncated.map((w) => w.message)).toEqual([
      'The text stops in its responsibilities section before the conclusion, so it looks cut off: anything after that is missing.',
      'The last responsibilities item for Data Platform Engineer stops mid-sentence and was left out: “Keep Kubernetes clusters patched and”.',
    ])
    expect(article.warnings.filter((w) => w.code === 'missing-section')).toHaveLength(12)
  })

  it('keeps a last item that is complete', () => {
    const whole = `${articleText('truncated.txt').replace(/\n- Keep Kubernetes.*\n$/, '\n')}`
    const kept = parsed(whole)
    expect(kept.roles[1].sections.responsibilities).toHaveLength(2)
    expect(kept.warnings.filter((w) => w.code === 'truncated')).toHaveLength(1)
  })

  it('drops an unfinished last sentence of a definition', () => {
    const cut = parsed(
      'Data Analyst vs. Data Engineer\nDefinitions\nA Data Analyst studies data.\nA Data Engineer builds pipelines. They also look after the',
    )
    expect(cut.roles[1].sections.definition).toBe('A Data Engineer builds pipelines.')
    expect(cut.warnings.map((w) => w.code)).toContain('truncated')
  })
})

describe('parseArticle, encoding damage', () => {
  it('repairs Windows-874 (Thai) mojibake and says so once', () => {
    const article = parsed(articleText('encoding-damage-thai.txt'))
    const json = JSON.stringify(article)
    expect(json).not.toMatch(/ยท|โ€|๐Ÿ/)
    expect(texts(article.roles[0].sections.responsibilities)).toContain(
      'Keep the business glossary’s definitions current',
    )
    expect(texts(article.roles[0].sections.tips)).toEqual([
      'Volunteer to own a small dataset at work 👀',
    ])
    expect(article.jobs.listings[0]?.title).toBe('Data Quality Lead – Payments')
    expect(article.warnings.filter((w) => w.code === 'encoding-repaired')).toEqual([
      {
        code: 'encoding-repaired',
        message: '26 characters were garbled by a wrong text encoding and repaired.',
      },
    ])
  })

  it('repairs Windows-1253 (Greek) and Windows-1252 damage in one text', () => {
    const article = parsed(articleText('encoding-damage-greek-latin.txt'))
    expect(JSON.stringify(article)).not.toMatch(/Β·|β€|â€/)
    expect(article.roles[0].sections.definition).toBe(
      'A Marketing Analyst measures which campaigns bring customers in – and at what cost.',
    )
    expect(texts(article.roles[0].sections.responsibilities)).toEqual([
      'Track each channel’s cost per customer',
      'Build weekly campaign reports in Tableau',
    ])
    expect(warningCodes(articleText('encoding-damage-greek-latin.txt'))).toContain(
      'encoding-repaired',
    )
  })
})

describe('parseArticle, a featured-jobs trailer glued together', () => {
  const article = parsed(articleText('glued-trailer.txt'))

  it('splits listings glued after the salary and reads every field', () => {
    expect(article.jobs.listings).toEqual([
      {
        title: 'Applied Scientist, Language',
        company: 'Quillmark',
        location: 'Berlin, Germany',
        employmentTypes: ['Full Time', 'Part Time'],
        level: 'senior',
        salary: { currency: 'EUR', min: 90_000, max: 120_000 },
      },
      {
        title: 'Head of Conversational AI',
        company: 'Talkwise',
        location: 'London, UK',
        employmentTypes: ['Full Time'],
        level: 'executive',
        salary: { currency: 'GBP', min: 150_000, max: 190_000 },
      },
      {
        title: 'NLP Contractor',
        company: 'Freelance Collective',
        location: 'Remote (Europe)',
        employmentTypes: ['Contract'],
        level: 'mid',
        salary: { currency: 'USD', min: 70_000, max: 95_000 },
      },
    ])
  })

  it('leaves out an implausible salary and a listing cut short, each with its reason', () => {
    expect(article.jobs.excluded).toEqual([
      {
        text: 'Prompt Engineering Intern\n@ Talkwise | Remote\nInternship Entry-level / Junior USD 1111111K - 1111111K',
        reason: 'Implausible salary “USD 1111111K - 1111111K”.',
      },
      {
        text: 'Conversational Designer\n@ Chatterbox Labs | Lisbon, Portugal',
        reason: 'Incomplete listing: no employment type.',
      },
    ])
    expect(article.warnings.map((w) => w.code)).toEqual(['listing-excluded', 'listing-excluded'])
  })

  it('does not read job titles into the roles', () => {
    expect(JSON.stringify(article.roles)).not.toMatch(/Quillmark|Applied Scientist/)
    expect(texts(article.roles[1].sections.tips)).toEqual([
      'Fine-tune a small model on your own dataset',
    ])
  })

  it('reads a growth figure given for a year, not a period', () => {
    expect(article.outlookFigures).toEqual([
      {
        kind: 'growth',
        value: 40,
        unit: 'percent',
        period: '2023',
        source: 'LinkedIn',
        roleName: null,
        sentence: 'According to LinkedIn, postings that mention language models rose 40% in 2023.',
      },
    ])
  })
})

describe('parseArticle, items it cannot place', () => {
  it('leaves out items outside any section, with a warning quoting them', () => {
    const article = parsed(
      'Data Analyst vs. Data Engineer\nData Analyst\n- Loves spreadsheets\nResponsibilities\nData Analyst\n- Build reports\nIn conclusion, fine.',
    )
    expect(texts(article.roles[0].sections.responsibilities)).toEqual(['Build reports'])
    expect(article.warnings[0]).toEqual({
      code: 'unplaced-text',
      message: 'An item outside any section was left out: “Loves spreadsheets”.',
    })
  })

  it('follows a role named by a sentence right above a list, colon or not', () => {
    const article = parsed(
      [
        'Data Analyst vs. Data Engineer',
        'Required Skills',
        'The skills a Data Engineer needs are these',
        '- Apache Spark',
        'What a Data Analyst needs is simpler.',
        '- Excel',
        'In conclusion, fine.',
      ].join('\n'),
    )
    expect(texts(article.roles[1].sections.skills)).toEqual(['Apache Spark'])
    expect(texts(article.roles[0].sections.skills)).toEqual(['Excel'])
  })
})

describe('parseArticle, prose under practical tips', () => {
  const article = (tips: string[]): ReturnType<typeof parsed> =>
    parsed(
      [
        'Data Analyst vs. Data Engineer',
        'Practical Tips for Getting Started',
        ...tips,
        'Conclusion',
        'In conclusion, fine.',
      ].join('\n\n'),
    )

  it('reads prose written once for both roles as shared tips', () => {
    const shared = article(['Start small. Ship something every week.'])
    expect(texts(shared.sharedSections.tips)).toEqual([
      'Start small.',
      'Ship something every week.',
    ])
  })

  it("reads prose before each role's own tips as their introduction", () => {
    const split = article([
      'Both paths reward patience.',
      'Data Analyst Practical Tips',
      '- Publish an analysis',
      'Data Engineer Practical Tips',
      '- Break a pipeline on purpose',
    ])
    expect(split.sharedSections.tips).toBeUndefined()
    expect(texts(split.roles[0].sections.tips)).toEqual(['Publish an analysis'])
    expect(texts(split.roles[1].sections.tips)).toEqual(['Break a pipeline on purpose'])
  })
})

describe('parseArticle refuses what it cannot import', () => {
  const refusal = (text: string): { code: string; message: string } => {
    const outcome = parseArticle(text, linker)
    if (outcome.ok) throw new Error('expected a refusal')
    return outcome.error
  }

  it('refuses empty and blank text', () => {
    expect(refusal('')).toEqual({
      code: 'empty',
      message: 'The text is empty: paste an article or open a file that contains one.',
    })
    expect(refusal(' \r\n\t\uFEFF \n').code).toBe('empty')
  })

  it('refuses binary data', () => {
    expect(refusal('PK\u0003\u0004\u0000\u0000binary').code).toBe('binary')
    expect(refusal('\u0001\u0002\u0003\u0004 plus a few words').message).toMatch(/binary data/)
  })

  it('refuses text over the size limit before reading it', () => {
    const error = refusal(`Data Analyst vs. Data Engineer\n${'x'.repeat(ARTICLE_MAX_BYTES)}`)
    expect(error).toEqual({
      code: 'too-large',
      message: 'The article is larger than 2 MB, the most the importer reads.',
    })
    // Multi-byte characters count by their UTF-8 size, not by their number.
    expect(refusal('é'.repeat(ARTICLE_MAX_BYTES / 2 + 1)).code).toBe('too-large')
  })

  it('refuses prose without a "Role A vs. Role B" title', () => {
    expect(refusal(articleText('not-an-article.txt'))).toEqual({
      code: 'not-an-article',
      message:
        'This is not a role comparison: no title of the form “Role A vs. Role B” was found at its start.',
    })
  })

  it('refuses a "vs." title over prose with no sections', () => {
    expect(refusal(articleText('versus-prose.txt'))).toEqual({
      code: 'not-an-article',
      message:
        'This names Tea and Coffee but is not a role comparison: none of its text is under sections such as Responsibilities or Required Skills.',
    })
  })
})
