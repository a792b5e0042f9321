/**
 * A labelled set of item pairs for the merge's near-duplicate check, written for this test:
 * `same` pairs say one thing in other words (as two articles of one family do); `different`
 * pairs share words, often entities too, but say different things. Each pair is two items of
 * the same section of one role, as a merge compares them.
 */
export interface LabelledPair {
  a: string
  b: string
  same: boolean
}

const same = (a: string, b: string): LabelledPair => ({ a, b, same: true })
const different = (a: string, b: string): LabelledPair => ({ a, b, same: false })

export const rewordedPairs: LabelledPair[] = [
  // Said again in other words.
  same('Write production code in Python or Scala.', 'Production coding in Scala and Python'),
  same('Solid command of SQL for querying data', 'Strong SQL skills to query databases'),
  same('Familiarity with Docker and Kubernetes', 'Experience deploying with Kubernetes and Docker'),
  same('Clean and prepare raw data before modelling', 'Preparing and cleaning raw data for models'),
  same('Monitor models in production for drift', 'Watch deployed models for drift in production'),
  same('Build dashboards in Tableau for managers', 'Create Tableau dashboards for management'),
  same('A degree in statistics or mathematics', "Bachelor's degree in mathematics or statistics"),
  same('Apache Spark for large-scale processing', 'Large-scale data processing with Apache Spark'),
  same('Git for version control', 'Version control with Git'),
  same('Finance', 'Finance and banking'),
  same('Healthcare', 'Healthcare providers'),
  same('Contribute to open-source projects', 'Make contributions to open-source projects'),
  same('Take online courses in machine learning', 'Enrol in online machine learning courses'),
  same('Build a portfolio of data projects', 'Put your data projects together in a portfolio'),
  same(
    'Document data pipelines and their owners',
    'Keep documentation of each data pipeline and who owns it',
  ),
  same('Strong communication skills', 'Communicates clearly with colleagues'),
  same(
    'Design ETL processes for the warehouse',
    'Designing the ETL processes that load the warehouse',
  ),
  same(
    'Collaboration: Work with analysts on requirements',
    'Collaboration: Partner with analysts to agree requirements',
  ),
  same('Train deep learning models with PyTorch', 'Training deep learning models in PyTorch'),
  same(
    'Knowledge of cloud platforms such as AWS or Azure',
    'Understanding of Azure or AWS cloud platforms',
  ),
  same('Test and debug code', 'Testing and debugging the code'),
  same('Keep up with new research in AI', 'Stay current with the latest AI research'),
  same('Jupyter Notebook for exploration', 'Exploring data in Jupyter Notebook'),
  same('Problem-solving ability', 'Strong problem-solving skills'),
  same('Set data governance policies', 'Define the data governance policies'),
  // Overlapping words, different meaning.
  different('Write production code in Python', 'Teach Python to new analysts'),
  different('Build dashboards in Tableau', 'Build data pipelines in Apache Airflow'),
  different('A degree in computer science', 'Certificates in cloud computing'),
  different('Monitor models in production for drift', 'Monitor data pipelines for failed loads'),
  different('Clean and prepare raw data', 'Present findings from the data to executives'),
  different('Strong SQL skills', 'Strong negotiation skills'),
  different('Healthcare', 'Retail'),
  different('Finance', 'Government'),
  different('Git for version control', 'Jira for tracking tasks'),
  different('Apache Spark for large-scale processing', 'Apache Kafka for event streaming'),
  different('Train deep learning models with PyTorch', 'Serve trained models behind a REST API'),
  different('Take online courses in machine learning', 'Take on freelance machine learning work'),
  different('Build a portfolio of data projects', 'Build a network of data professionals'),
  different(
    'Knowledge of cloud platforms such as AWS',
    'Knowledge of data privacy law such as GDPR',
  ),
  different(
    'Design ETL processes for the warehouse',
    'Design the user interface of reporting tools',
  ),
  different(
    'Document data pipelines and their owners',
    'Review data pipelines written by other teams',
  ),
  different('Problem-solving ability', 'Leadership ability'),
  different('Keep up with new research in AI', 'Publish research papers on AI safety'),
  different('Jupyter Notebook for exploration', 'PyCharm as the main IDE'),
  different('Collaboration: Work with analysts', 'Mentoring: Coach junior analysts'),
  different('Set data governance policies', 'Audit compliance with data retention rules'),
  different('Tune hyperparameters of models', 'Tune database queries for speed'),
  different('Statistics for experiment design', 'Statistics courses at university'),
  different('Python for data analysis', 'R for data analysis'),
  different('Manage a team of data engineers', 'Work as a data engineer in a small team'),
]
