// Market roles: titles job boards and the salary index use that O*NET does not name as an
// occupation. Definitions and responsibilities are our own words for facts stated in the
// aijobs.net comparison articles listed below (each item cites the articles it rests on).
// Skills, tools, education and outlook come from the O*NET parent and BLS, added by the build
// and cited to them, so the role page shows which facts came from where.

/** The comparison articles the market roles cite, as read in the search tool's pages corpus. */
export const articles = [
  {
    id: 'aijobs-data-engineer-vs-ai-programmer-2024',
    title: 'Data Engineer vs AI Programmer: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/data-engineer-vs-ai-programmer',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-engineer-vs-ai-programmer-2023',
    title: 'Data Engineer vs AI Programmer: A Comprehensive Comparison',
    url: 'https://ai-jobs.net/insights/data-engineer-vs-ai-programmer/',
    published: '2023-12-06',
  },
  {
    id: 'aijobs-data-engineer-vs-ai-scientist',
    title: 'Data Engineer vs. AI Scientist: A Detailed Comparison',
    url: 'https://aijobs.net/insights/data-engineer-vs-ai-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-analyst-vs-ai-architect-2024',
    title: 'Data Analyst vs. AI Architect: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/data-analyst-vs-ai-architect',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-analyst-vs-ai-architect-2023',
    title: 'Data Analyst vs. AI Architect: A Comprehensive Comparison',
    url: 'https://ai-jobs.net/insights/data-analyst-vs-ai-architect/',
    published: '2023-12-06',
  },
  {
    id: 'aijobs-data-analyst-vs-machine-learning-scientist',
    title: 'Data Analyst vs Machine Learning Scientist: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/data-analyst-vs-machine-learning-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-ai-architect-vs-data-specialist',
    title: 'AI Architect vs Data Specialist: A Detailed Comparison',
    url: 'https://aijobs.net/insights/ai-architect-vs-data-specialist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-research-scientist-vs-machine-learning-scientist-2024',
    title: 'Research Scientist vs Machine Learning Scientist: Similarities and Differences',
    url: 'https://aijobs.net/insights/research-scientist-vs-machine-learning-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-research-scientist-vs-machine-learning-scientist-2023',
    title: 'Research Scientist vs Machine Learning Scientist: Similarities and Differences',
    url: 'https://ai-jobs.net/insights/research-scientist-vs-machine-learning-scientist/',
    published: '2023-12-06',
  },
  {
    id: 'aijobs-machine-learning-engineer-vs-research-scientist',
    title: 'A Comparison of Machine Learning Engineer and Research Scientist Roles',
    url: 'https://aijobs.net/insights/machine-learning-engineer-vs-research-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-quality-analyst-vs-machine-learning-scientist',
    title: 'Data Quality Analyst vs. Machine Learning Scientist: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/data-quality-analyst-vs-machine-learning-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-business-intelligence-engineer-vs-computer-vision-engineer',
    title: 'Business Intelligence Engineer vs Computer Vision Engineer: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/business-intelligence-engineer-vs-computer-vision-engineer',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-engineer-vs-computer-vision-engineer',
    title: "Data Engineer vs Computer Vision Engineer: What's the Difference?",
    url: 'https://aijobs.net/insights/data-engineer-vs-computer-vision-engineer',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-bi-analyst-vs-computer-vision-engineer',
    title: 'BI Analyst vs. Computer Vision Engineer: Which Career Path is Right for You?',
    url: 'https://aijobs.net/insights/bi-analyst-vs-computer-vision-engineer',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-scientist-vs-ai-scientist',
    title: 'Data Scientist vs. AI Scientist: A Comprehensive Comparison',
    url: 'https://aijobs.net/insights/data-scientist-vs-ai-scientist',
    published: '2024-10-30',
  },
  {
    id: 'aijobs-data-architect-vs-ai-scientist',
    title: 'A Comprehensive Comparison Between Data Architects and AI Scientists',
    url: 'https://aijobs.net/insights/data-architect-vs-ai-scientist',
    published: '2024-10-30',
  },
]

const DE24 = 'aijobs-data-engineer-vs-ai-programmer-2024'
const DE23 = 'aijobs-data-engineer-vs-ai-programmer-2023'
const DEAS = 'aijobs-data-engineer-vs-ai-scientist'
const DA24 = 'aijobs-data-analyst-vs-ai-architect-2024'
const DA23 = 'aijobs-data-analyst-vs-ai-architect-2023'
const DAML = 'aijobs-data-analyst-vs-machine-learning-scientist'
const AADS = 'aijobs-ai-architect-vs-data-specialist'
const RS24 = 'aijobs-research-scientist-vs-machine-learning-scientist-2024'
const RS23 = 'aijobs-research-scientist-vs-machine-learning-scientist-2023'
const MLRS = 'aijobs-machine-learning-engineer-vs-research-scientist'
const DQML = 'aijobs-data-quality-analyst-vs-machine-learning-scientist'
const BICV = 'aijobs-business-intelligence-engineer-vs-computer-vision-engineer'
const DECV = 'aijobs-data-engineer-vs-computer-vision-engineer'
const BACV = 'aijobs-bi-analyst-vs-computer-vision-engineer'
const DSAS = 'aijobs-data-scientist-vs-ai-scientist'
const DAAS = 'aijobs-data-architect-vs-ai-scientist'

const item = (text: string, articles: string[], entityIds: string[] = []) => ({
  text,
  articles,
  entityIds,
})

export const marketRoles = [
  {
    id: 'data-engineer',
    name: 'Data Engineer',
    aliases: [],
    parent: { code: '15-1243.00', via: 'Data Engineer' },
    definition: item(
      'Designs, builds and runs the infrastructure that collects, stores and processes an organisation’s data, so that data scientists and analysts can rely on it being available and correct.',
      [DE24, DE23],
    ),
    responsibilities: [
      item(
        'Design and build pipelines that move data from source systems into warehouses and analytics platforms.',
        [DE24, DE23, DEAS],
        ['data-pipelines'],
      ),
      item(
        'Develop extract, transform and load (ETL) processes that prepare data for analysis.',
        [DE24, DE23],
        ['etl'],
      ),
      item(
        'Build and maintain data warehouses, data lakes and databases.',
        [DE23, DEAS],
        ['data-warehousing'],
      ),
      item(
        'Monitor data quality and integrity, cleaning and validating data as it flows.',
        [DE24, DE23, DEAS],
        ['data-quality'],
      ),
      item('Tune storage and retrieval so databases stay fast as data grows.', [DE24, DEAS]),
      item('Work with data scientists and analysts to learn what data they need and provide it.', [
        DE24,
        DE23,
        DEAS,
      ]),
    ],
    comparedWith: ['ai-programmer', 'ai-scientist', 'computer-vision-engineer'],
  },
  {
    id: 'data-analyst',
    name: 'Data Analyst',
    aliases: [],
    parent: { code: '15-2051.01', via: 'Data Analyst' },
    definition: item(
      'Collects, processes and statistically analyses data to find patterns and turn them into insights that inform business decisions.',
      [DA24, DA23, DAML],
    ),
    responsibilities: [
      item(
        'Gather data from sources such as databases, spreadsheets and warehouses, and clean it.',
        [DA24, DA23, DAML],
        ['data-preprocessing'],
      ),
      item(
        'Explore and analyse data to find trends, patterns and anomalies.',
        [DA24, DAML],
        ['data-analytics'],
      ),
      item('Run statistical analyses to test what the data shows.', [DA23], ['statistics']),
      item(
        'Build visualisations and dashboards that present the findings.',
        [DA24, DA23, DAML],
        ['data-visualization'],
      ),
      item('Write reports and recommend actions based on the data.', [DA24, DAML]),
      item('Learn what stakeholders need from data, and work with other teams on decisions.', [
        DA24,
        DA23,
        DAML,
      ]),
    ],
    comparedWith: ['ai-architect', 'machine-learning-scientist'],
  },
  {
    id: 'research-scientist',
    name: 'Research Scientist',
    aliases: [],
    parent: { code: '15-1221.00', via: 'Research Scientist' },
    definition: item(
      'Advances the theory of AI and machine learning: runs experiments, develops new algorithms and models, and publishes what it finds, in industry or academia.',
      [RS24, RS23, MLRS],
    ),
    responsibilities: [
      item(
        'Do theoretical research that leads to new algorithms and models.',
        [RS24, MLRS],
        ['machine-learning'],
      ),
      item('Design and run experiments that test hypotheses.', [RS24, RS23]),
      item('Analyse experimental data and interpret the results.', [RS23]),
      item('Publish in peer-reviewed journals and present at conferences.', [RS24, RS23, MLRS]),
      item('Collaborate with other researchers, universities and industry partners.', [
        RS24,
        RS23,
        MLRS,
      ]),
      item(
        'Try new approaches to hard problems, and keep up with advances in AI and ML.',
        [RS24, MLRS],
        ['artificial-intelligence'],
      ),
    ],
    comparedWith: ['machine-learning-scientist', 'machine-learning-engineer'],
  },
  {
    id: 'machine-learning-scientist',
    name: 'Machine Learning Scientist',
    aliases: ['ML Scientist'],
    parent: { code: '15-1221.00', via: 'Machine Learning Scientist' },
    definition: item(
      'Designs and builds machine learning models that predict outcomes or classify data, applying statistical and computational methods to real problems and taking them to production.',
      [RS24, RS23, DQML],
    ),
    responsibilities: [
      item(
        'Design, build and implement machine learning models and algorithms for specific applications.',
        [RS24, RS23, DQML, DAML],
        ['machine-learning'],
      ),
      item('Prepare and clean data for modelling.', [RS23, DAML], ['data-preprocessing']),
      item(
        'Analyse large datasets to find insights that improve models.',
        [RS24, DQML],
        ['big-data'],
      ),
      item('Run experiments that measure model performance and accuracy.', [DAML]),
      item('Optimise and fine-tune models for performance.', [DQML]),
      item(
        'Work with software engineers to put models into production, and with business teams on requirements.',
        [DAML, DQML],
      ),
      item('Follow new research and techniques in machine learning.', [DQML, DAML]),
    ],
    comparedWith: ['research-scientist', 'data-quality-analyst', 'data-analyst'],
  },
  {
    id: 'business-intelligence-engineer',
    name: 'Business Intelligence Engineer',
    aliases: ['BI Engineer'],
    parent: { code: '15-2051.01', via: 'Business Intelligence Engineer' },
    definition: item(
      'Designs and builds the data solutions behind business decisions — warehouses, reports and visualisations that turn raw data into insight.',
      [BICV],
    ),
    responsibilities: [
      item('Analyse complex datasets for trends and patterns.', [BICV], ['data-analytics']),
      item(
        'Build and maintain dashboards and reports for stakeholders.',
        [BICV],
        ['data-visualization'],
      ),
      item(
        'Design and run data warehouses that store and serve data efficiently.',
        [BICV],
        ['data-warehousing'],
      ),
      item('Turn business needs into technical requirements with cross-functional teams.', [BICV]),
      item(
        'Keep data accurate and compliant with regulation through governance.',
        [BICV],
        ['data-governance', 'compliance'],
      ),
      item(
        'Turn raw data into insights decision makers can act on.',
        [BICV],
        ['business-intelligence'],
      ),
    ],
    comparedWith: ['computer-vision-engineer'],
  },
  {
    id: 'data-quality-analyst',
    name: 'Data Quality Analyst',
    aliases: [],
    parent: { code: '15-1243.01', via: 'Data Quality Analyst' },
    definition: item(
      'Makes sure an organisation’s data is accurate, complete and reliable: finds quality problems, applies data governance and plans how to improve integrity.',
      [DQML],
    ),
    responsibilities: [
      item('Assess and audit data quality.', [DQML], ['data-quality']),
      item('Find and resolve discrepancies and inconsistencies in data.', [DQML]),
      item('Define data quality metrics and indicators, and put them to use.', [DQML]),
      item(
        'Work with data engineers and data stewards on governance.',
        [DQML],
        ['data-governance'],
      ),
      item('Document and report quality findings.', [DQML]),
      item('Plan strategies that improve data integrity over time.', [DQML]),
    ],
    comparedWith: ['machine-learning-scientist'],
  },
  {
    id: 'ai-scientist',
    name: 'AI Scientist',
    aliases: [],
    parent: {
      code: '15-1221.00',
      note: 'O*NET lists no “AI Scientist” title; the articles equate the role with Machine Learning Scientist and Research Scientist, both titles of this occupation.',
    },
    definition: item(
      'Develops the algorithms and models that let machines learn from data, predict and automate, and pushes the state of the art in AI.',
      [DSAS, DEAS, DAAS],
    ),
    responsibilities: [
      item(
        'Design and develop AI models and algorithms.',
        [DSAS, DEAS],
        ['artificial-intelligence'],
      ),
      item(
        'Research state-of-the-art machine learning techniques and put them into practice.',
        [DSAS, DEAS],
        ['machine-learning'],
      ),
      item('Identify business problems that AI or ML can solve.', [DAAS]),
      item(
        'Analyse large datasets to improve models, and validate them by experiment.',
        [DEAS, DAAS],
        ['big-data'],
      ),
      item('Optimise AI systems for performance and scale.', [DSAS]),
      item('Work with software engineers and other teams to build AI into products.', [
        DSAS,
        DEAS,
        DAAS,
      ]),
      item('Publish findings and contribute to the AI research community.', [DSAS]),
    ],
    comparedWith: ['data-scientist', 'data-engineer'],
  },
  {
    id: 'computer-vision-engineer',
    name: 'Computer Vision Engineer',
    aliases: [],
    parent: {
      code: '15-1221.00',
      note: 'O*NET lists no “Computer Vision Engineer” title; this occupation is the nearest, covering the AI and machine learning engineering titles.',
    },
    definition: item(
      'Builds algorithms and models that let computers interpret images and video — recognising objects, tracking movement and analysing visual data.',
      [BICV, DECV, BACV],
    ),
    responsibilities: [
      item(
        'Design and implement algorithms for image processing and analysis.',
        [BICV, DECV, BACV],
        ['computer-vision'],
      ),
      item(
        'Train machine learning models on large image datasets for detection and recognition.',
        [BICV, DECV, BACV],
        ['machine-learning'],
      ),
      item('Apply image processing techniques to improve visual data.', [DECV]),
      item('Test and optimise vision systems for accuracy and efficiency.', [BACV]),
      item('Work with cross-functional teams to integrate vision systems into products.', [
        DECV,
        BACV,
      ]),
      item('Keep up with advances in computer vision.', [BACV]),
    ],
    comparedWith: ['business-intelligence-engineer', 'data-engineer'],
  },
  {
    id: 'ai-architect',
    name: 'AI Architect',
    aliases: [],
    parent: {
      code: '15-1299.08',
      note: 'O*NET lists no “AI Architect” title; Computer Systems Engineers/Architects is the nearest occupation, designing and integrating whole systems.',
    },
    definition: item(
      'Designs the architecture of AI systems and leads their implementation, keeping them scalable, efficient and in line with business goals.',
      [DA24, DA23, AADS],
    ),
    responsibilities: [
      item(
        'Design AI models and algorithms for specific business problems.',
        [DA24, AADS],
        ['artificial-intelligence'],
      ),
      item('Develop and maintain the architecture of AI systems.', [DA24]),
      item('Choose the technologies and frameworks for AI projects.', [DA24]),
      item('Integrate AI solutions with the existing IT infrastructure.', [AADS]),
      item('Keep AI applications scalable, secure and fast.', [DA24, AADS]),
      item('Work with data scientists, engineers and stakeholders on requirements and delivery.', [
        DA24,
        AADS,
      ]),
      item('Monitor how well AI implementations work, and follow new AI technology.', [AADS]),
    ],
    comparedWith: ['data-analyst'],
  },
]
