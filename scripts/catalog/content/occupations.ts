// The O*NET occupations as roles: name, definition and responsibilities in our own words,
// written from O*NET 29.3's description and core tasks; each responsibility cites the task ids
// it draws on. O*NET's sentences are not copied here, only its facts.

/** O*NET codes of the subset left out of the catalog, and why. */
export const excluded: Record<string, string> = {
  '15-1299.00':
    'Computer Occupations, All Other is a statistical catch-all, not a job: O*NET gives it alternate titles only, with no tasks, tools, skills or job zone to build a role from.',
}

export const occupations = [
  {
    code: '15-2051.00',
    id: 'data-scientist',
    name: 'Data Scientist',
    definition:
      'Turns raw data into information people can act on, using programming, statistics and machine learning on large structured and unstructured datasets, then presents what it shows.',
    responsibilities: [
      {
        text: 'Frame business questions that data can answer, and turn the answers into proposals for budgets, staffing or marketing.',
        tasks: [21831, 21833],
      },
      {
        text: 'Clean, reshape and process large datasets with statistical software.',
        tasks: [21823, 21826],
      },
      {
        text: 'Choose features for predictive models and compare models by their performance metrics.',
        tasks: [21824, 21827],
      },
      {
        text: 'Find trends and relationships in data, and the factors that could bias a result.',
        tasks: [21832],
      },
      {
        text: 'Decide how data is sampled, and design surveys or polls when new data is needed.',
        tasks: [21825, 21830],
      },
      {
        text: 'Make charts and other visuals that carry the results of an analysis.',
        tasks: [21828],
      },
      {
        text: 'Present modelling and analysis results to managers and other users, in talks or in writing.',
        tasks: [21829],
      },
    ],
  },
  {
    code: '15-1242.00',
    id: 'database-administrator',
    name: 'Database Administrator',
    definition:
      'Runs an organisation’s databases day to day: installs and changes them, keeps them fast and able to grow, and controls who may read or change the data.',
    responsibilities: [
      {
        text: 'Change databases and database systems, or direct the programmers who do.',
        tasks: [1299],
      },
      {
        text: 'Plan and put in place security measures that protect data from damage or unauthorised access.',
        tasks: [1301],
      },
      { text: 'Set up users and decide what each may access.', tasks: [1305] },
      {
        text: 'Plan and install upgrades of the database software to improve performance.',
        tasks: [21649],
      },
      {
        text: 'Test database changes and programs, and fix the errors found.',
        tasks: [21651, 1300],
      },
      {
        text: 'Write standards for how software is used and bought, and for keeping sensitive information safe.',
        tasks: [1298],
      },
      {
        text: 'Train users, answer their questions and support junior colleagues.',
        tasks: [1303, 21650],
      },
    ],
  },
  {
    code: '15-1243.00',
    id: 'database-architect',
    name: 'Database Architect',
    definition:
      'Designs the structure of an organisation’s databases and data warehouses, and sets the standards for how they are built, queried and secured.',
    responsibilities: [
      {
        text: 'Work out business requirements together with system and software architects.',
        tasks: [16113],
      },
      {
        text: 'Plan database architecture from modelling through design to implementation, and document it.',
        tasks: [16114, 16115],
      },
      {
        text: 'Design databases that scale, stay secure and perform well for the applications they serve.',
        tasks: [16109],
      },
      {
        text: 'Build data models, metadata tables and views for applications.',
        tasks: [16108, 21652],
      },
      {
        text: 'Design partitions, interfaces and data transfer mechanisms, and fit commercial databases to specific needs.',
        tasks: [16110, 21653],
      },
      {
        text: 'Set and enforce standards for database development, and publish schemas in an agreed notation.',
        tasks: [16112, 16105],
      },
      { text: 'Track database trends and advise senior management on them.', tasks: [21655] },
    ],
  },
  {
    code: '15-1243.01',
    id: 'data-warehousing-specialist',
    name: 'Data Warehousing Specialist',
    definition:
      'Designs, builds and supports data warehouses: the extraction, loading and transformation that fill them and the structures that hold the data.',
    responsibilities: [
      {
        text: 'Model how data is sourced, extracted, transformed and loaded into the warehouse.',
        tasks: [16132, 16126],
      },
      { text: 'Map data between source systems, the warehouse and data marts.', tasks: [16124] },
      {
        text: 'Design and build warehouse database structures that balance fast access with batch loading.',
        tasks: [16128, 16133],
      },
      { text: 'Check the structure, accuracy and quality of warehouse data.', tasks: [16121] },
      { text: 'Keep naming and structure standards for warehouse elements.', tasks: [16127] },
      {
        text: 'Document metadata, entity relationships and process flows, and set up metadata processes.',
        tasks: [16129, 16131],
      },
      {
        text: 'Troubleshoot the warehouse and write or change programs to meet users’ needs.',
        tasks: [16118, 16120],
      },
    ],
  },
  {
    code: '15-2051.01',
    id: 'business-intelligence-analyst',
    name: 'Business Intelligence Analyst',
    definition:
      'Produces financial and market intelligence by querying data stores and reporting on a schedule, and finds patterns and trends that matter to business strategy.',
    responsibilities: [
      {
        text: 'Build standard and custom reports on business and financial data for executives and clients.',
        tasks: [16150],
      },
      {
        text: 'Create and maintain BI tools, dashboards and the databases behind them.',
        tasks: [16144, 16139],
      },
      {
        text: 'Keep intelligence flowing to users on time, and support the reports and dashboards they rely on.',
        tasks: [16140, 16134],
      },
      {
        text: 'Spot industry or regional trends that affect strategy, and analyse competitors’ market moves.',
        tasks: [16141, 16148],
      },
      {
        text: 'Gather intelligence from industry reports, public data and purchased sources.',
        tasks: [16146],
      },
      {
        text: 'Write specifications for reports and dashboards, and test that outputs meet the need.',
        tasks: [16142, 16145],
      },
      { text: 'Pull trend data together into recommendations for action.', tasks: [16149] },
    ],
  },
  {
    code: '15-1252.00',
    id: 'software-developer',
    name: 'Software Developer',
    definition:
      'Researches, designs and builds software, from applications to system utilities, starting from what users need and applying computer science and mathematics.',
    responsibilities: [
      {
        text: 'Analyse user needs and requirements, and judge whether a design fits the time and budget.',
        tasks: [21662],
      },
      { text: 'Plan new systems or changes to existing ones.', tasks: [21661] },
      {
        text: 'Design, build and modify software, using models to predict how it will behave.',
        tasks: [21667],
      },
      {
        text: 'Work with analysts, engineers and project managers on what a system can and cannot do.',
        tasks: [21663, 21664],
      },
      {
        text: 'Set performance standards and direct testing, validation and documentation.',
        tasks: [21668, 21669],
      },
      {
        text: 'Fix errors in existing software, adapt it to new hardware and improve its speed.',
        tasks: [21670],
      },
      {
        text: 'Keep customers and other departments informed about status and technical questions.',
        tasks: [21665],
      },
    ],
  },
  {
    code: '15-1221.00',
    id: 'computer-and-information-research-scientist',
    name: 'Computer and Information Research Scientist',
    definition:
      'Researches the foundations of computing as a theorist, designer or inventor, and finds new solutions to problems in hardware and software.',
    responsibilities: [
      {
        text: 'Analyse hard computing problems and work out hardware or software solutions.',
        tasks: [14623],
      },
      {
        text: 'Turn theory into new technology, including new uses for computers.',
        tasks: [14626],
      },
      {
        text: 'Model technical and business problems mathematically so computers can solve them.',
        tasks: [14629],
      },
      { text: 'Design computers and the software that runs on them.', tasks: [14633] },
      {
        text: 'Take part in cross-disciplinary projects such as robotics, virtual reality or human–computer interaction.',
        tasks: [14635],
      },
      {
        text: 'Judge whether project plans are feasible, and set and review standards for the work.',
        tasks: [14625, 14632],
      },
      {
        text: 'Consult users, managers and vendors on computing needs, and plan the team’s work.',
        tasks: [14627, 14624],
      },
    ],
  },
  {
    code: '15-2041.00',
    id: 'statistician',
    name: 'Statistician',
    definition:
      'Applies statistical theory and methods to collect, organise and interpret numerical data, often in a field such as biology, business or economics.',
    responsibilities: [
      {
        text: 'Design studies, experiments and sampling methods that give valid results.',
        tasks: [8961, 8966],
      },
      {
        text: 'Decide which statistical methods suit a research question, and check those used for validity.',
        tasks: [21100, 8958],
      },
      { text: 'Prepare raw data: organise it, check it for errors and weight it.', tasks: [8957] },
      {
        text: 'Analyse and interpret data to find significant relationships and the factors that could distort them.',
        tasks: [8956, 8955],
      },
      { text: 'Judge how reliable and usable each data source is.', tasks: [8959] },
      {
        text: 'Adapt methods to problems in other fields, such as economics or engineering.',
        tasks: [8965],
      },
      { text: 'Report and present results with tables, charts and graphs.', tasks: [8953, 20194] },
    ],
  },
  {
    code: '15-2031.00',
    id: 'operations-research-analyst',
    name: 'Operations Research Analyst',
    definition:
      'Uses mathematical modelling and optimisation to help managers decide, set policy and run operations, sometimes building decision-support software.',
    responsibilities: [
      {
        text: 'Pin down operational problems from what managers and the running system show.',
        tasks: [7379, 7387],
      },
      {
        text: 'Define the data needed, then gather and validate it with statistical tests.',
        tasks: [7382],
      },
      {
        text: 'Build mathematical or simulation models of problems, and choose how to compute them.',
        tasks: [7377, 7386],
      },
      { text: 'Validate and test models, and rework them where they fall short.', tasks: [7380] },
      {
        text: 'Compare alternative courses of action to find the one with the best outcome.',
        tasks: [7383],
      },
      {
        text: 'Write reports and present results and recommendations to management.',
        tasks: [7384, 20952],
      },
      {
        text: 'Work with senior managers to clarify objectives and see chosen solutions through.',
        tasks: [7381, 7378],
      },
    ],
  },
  {
    code: '15-1212.00',
    id: 'information-security-analyst',
    name: 'Information Security Analyst',
    definition:
      'Plans, puts in place and monitors the measures that protect an organisation’s networks and information, and finds and reduces security risks.',
    responsibilities: [
      {
        text: 'Plan how files are protected from loss or tampering and how systems recover from emergencies.',
        tasks: [5314],
      },
      { text: 'Encrypt data in transit and set up firewalls.', tasks: [5321] },
      { text: 'Assess risks and test systems to make sure security measures work.', tasks: [5320] },
      {
        text: 'Track reports of new viruses and decide when protection must be updated.',
        tasks: [5316],
      },
      {
        text: 'Control and monitor access to data files, and update access rights.',
        tasks: [5319, 5317],
      },
      { text: 'Document security policies, emergency measures and tests.', tasks: [5322] },
      {
        text: 'Train users in security awareness and follow up on violations.',
        tasks: [5313, 5323],
      },
    ],
  },
  {
    code: '15-1211.00',
    id: 'computer-systems-analyst',
    name: 'Computer Systems Analyst',
    definition:
      'Analyses business, scientific and engineering computing problems and designs, integrates and improves the systems that solve them.',
    responsibilities: [
      {
        text: 'Analyse information-processing needs and design systems to meet them.',
        tasks: [3474],
      },
      {
        text: 'Use computers to solve business problems such as production and inventory control.',
        tasks: [3482],
      },
      {
        text: 'Link systems across the organisation so they can share information.',
        tasks: [3468],
      },
      {
        text: 'Test, maintain and monitor programs and systems, and coordinate their installation.',
        tasks: [3465],
      },
      {
        text: 'Troubleshoot malfunctions and help staff with computer problems.',
        tasks: [20950, 3464],
      },
      {
        text: 'Extend systems for new purposes, and judge whether ready-made packages fit.',
        tasks: [3470, 3475],
      },
      { text: 'Agree system principles with management and train users.', tasks: [3469, 3473] },
    ],
  },
  {
    code: '15-1299.08',
    id: 'computer-systems-engineer',
    name: 'Computer Systems Engineer/Architect',
    definition:
      'Designs and builds solutions to complex application, administration and network problems, and integrates and manages whole computer systems.',
    responsibilities: [
      { text: 'Learn system requirements from staff and clients.', tasks: [14666] },
      {
        text: 'Identify the data, hardware and software a system needs, and test whether components fit.',
        tasks: [14673, 14677],
      },
      {
        text: 'Direct the analysis, development and operation of complete systems.',
        tasks: [14676],
      },
      {
        text: 'Check that an architecture is stable, interoperable, portable, secure and able to scale.',
        tasks: [14669],
      },
      {
        text: 'Direct installation of operating systems, software and hardware, and configure servers.',
        tasks: [14689, 14679],
      },
      { text: 'Monitor systems for problems, and test patches and fixes.', tasks: [14675, 14686] },
      { text: 'Give implementation teams guidance on building secure systems.', tasks: [14674] },
    ],
  },
  {
    code: '15-1253.00',
    id: 'software-quality-assurance-analyst',
    name: 'Software Quality Assurance Analyst and Tester',
    definition:
      'Designs and runs software tests to find problems and their causes, tracks defects, and judges whether software is ready to release.',
    responsibilities: [
      {
        text: 'Design test plans, scenarios and scripts, including regression and negative tests.',
        tasks: [14638, 14640],
      },
      {
        text: 'Find, analyse and record problems with a program’s function, output or screens.',
        tasks: [14642],
      },
      {
        text: 'Log defects in a bug tracker, report them to developers and follow their resolution.',
        tasks: [14641, 14643],
      },
      { text: 'Test system changes before they go live.', tasks: [14639] },
      {
        text: 'Install and run testing tools, and keep automated test scripts up to date.',
        tasks: [14652, 14650],
      },
      {
        text: 'Set standards for quality and release readiness, and document test procedures.',
        tasks: [14649, 14648],
      },
      { text: 'Give developers feedback on usability and function.', tasks: [14653] },
    ],
  },
  {
    code: '15-1254.00',
    id: 'web-developer',
    name: 'Web Developer',
    definition:
      'Builds and maintains websites and web applications with their databases and interfaces, and keeps the code sound, fast and compatible across browsers and devices.',
    responsibilities: [
      { text: 'Work out technical requirements from what users need.', tasks: [14702] },
      {
        text: 'Design, build and maintain sites with scripting languages and content tools.',
        tasks: [14694, 14707],
      },
      { text: 'Choose languages, design tools and applications for the work.', tasks: [14711] },
      { text: 'Build the databases that web applications run on.', tasks: [14704] },
      {
        text: 'Review code for structure, standards and browser compatibility, and test sites after changes.',
        tasks: [14700, 14710],
      },
      {
        text: 'Update sites, and back them up so they can be restored quickly.',
        tasks: [14695, 14698],
      },
      { text: 'Keep up with current web technologies and practices.', tasks: [14701] },
    ],
  },
  {
    code: '15-1251.00',
    id: 'computer-programmer',
    name: 'Computer Programmer',
    definition:
      'Writes, changes and tests the code that makes applications run, working from specifications drawn up by developers and others.',
    responsibilities: [
      {
        text: 'Write, review and rewrite programs from workflow charts and specifications.',
        tasks: [1273, 1276],
      },
      {
        text: 'Build and maintain programs for specific jobs such as inventory or data retrieval.',
        tasks: [1270],
      },
      {
        text: 'Run trials of programs and correct errors until they give the right results.',
        tasks: [1268, 1267],
      },
      {
        text: 'Revise and extend existing programs to run faster or meet new needs.',
        tasks: [1272],
      },
      {
        text: 'Clarify what a program should do with managers, engineers and technical staff.',
        tasks: [1271],
      },
      {
        text: 'Document code and its revisions, and write guides for end users.',
        tasks: [1269, 1274],
      },
      { text: 'Help operators and analysts solve problems with running programs.', tasks: [1278] },
    ],
  },
  {
    code: '15-1244.00',
    id: 'network-and-computer-systems-administrator',
    name: 'Network and Computer Systems Administrator',
    definition:
      'Installs, configures and maintains an organisation’s networks, operating systems and servers, and keeps them available, healthy and secure.',
    responsibilities: [
      {
        text: 'Run and maintain networks, hardware, system software and applications.',
        tasks: [1318],
      },
      { text: 'Back up data and carry out disaster recovery.', tasks: [1317] },
      { text: 'Diagnose and fix hardware, software and network problems.', tasks: [15205] },
      {
        text: 'Monitor network and system performance and plan the changes it calls for.',
        tasks: [1320, 1325],
      },
      {
        text: 'Put network security measures in place to protect data and equipment.',
        tasks: [1319],
      },
      { text: 'Configure email and antivirus software.', tasks: [15206] },
      {
        text: 'Recommend configuration changes and the hardware or software they need.',
        tasks: [1323],
      },
    ],
  },
  {
    code: '11-3021.00',
    id: 'computer-and-information-systems-manager',
    name: 'Computer and Information Systems Manager',
    definition:
      'Plans, directs and coordinates an organisation’s information systems, programming and data processing work, and the people who do it.',
    responsibilities: [
      {
        text: 'Run the department day to day: set priorities, standards and deadlines.',
        tasks: [968],
      },
      {
        text: 'Assign and review the work of analysts, programmers and other IT staff.',
        tasks: [969],
      },
      { text: 'Recruit, hire, train and supervise staff.', tasks: [977] },
      {
        text: 'Assess computing needs with users and vendors, and recommend upgrades.',
        tasks: [967, 973],
      },
      {
        text: 'Provide for data security, strategic computing and disaster recovery.',
        tasks: [971],
      },
      { text: 'Review project plans, and approve systems before they go live.', tasks: [978, 972] },
      { text: 'Keep up with advances in technology.', tasks: [970] },
    ],
  },
  {
    code: '15-1299.09',
    id: 'it-project-manager',
    name: 'Information Technology Project Manager',
    definition:
      'Plans and manages IT projects, leads the technical staff on them, and links the business side of a project to its technical side.',
    responsibilities: [
      {
        text: 'Write and update project plans: objectives, technologies, schedules and resources.',
        tasks: [16170, 16162],
      },
      { text: 'Keep projects within budget, schedule and scope.', tasks: [16169] },
      {
        text: 'Track milestones and deliverables, and check deliverables meet quality standards.',
        tasks: [16157, 16152],
      },
      { text: 'Assess risks and plan responses to them.', tasks: [16151] },
      {
        text: 'Build implementation plans with cost–benefit or return-on-investment analysis.',
        tasks: [16164],
      },
      {
        text: 'Direct the project team, run its meetings and resolve problems with it.',
        tasks: [16163, 16156, 16154],
      },
      {
        text: 'Find out customers’ needs and priorities, and approve changes to the plan.',
        tasks: [16155, 16159],
      },
    ],
  },
  {
    code: '15-2051.02',
    id: 'clinical-data-manager',
    name: 'Clinical Data Manager',
    definition:
      'Combines health care and database knowledge to manage, check and analyse the data of clinical studies, and reports the trends in it.',
    responsibilities: [
      {
        text: 'Design and validate clinical databases, including their logic checks.',
        tasks: [16281],
      },
      {
        text: 'Write data management plans covering coding, reporting, transfers and database locks.',
        tasks: [16285],
      },
      {
        text: 'Receive, enter, verify and file clinical data, and design forms for it.',
        tasks: [16284, 16286],
      },
      { text: 'Raise queries about errors and gaps found in validation.', tasks: [16280] },
      { text: 'Audit systems and data for accuracy and completeness.', tasks: [16278] },
      {
        text: 'Analyse clinical data with statistical tools and prepare progress reports.',
        tasks: [16283, 16277],
      },
      {
        text: 'Agree data formats, delivery schedules and testing with end users.',
        tasks: [16282],
      },
    ],
  },
  {
    code: '13-1111.00',
    id: 'management-analyst',
    name: 'Management Analyst',
    definition:
      'Studies how an organisation works and designs better systems and procedures so that management can run it more efficiently; includes management consultants.',
    responsibilities: [
      {
        text: 'Plan studies of work problems such as information flow or organisational change.',
        tasks: [7285],
      },
      {
        text: 'Gather information through interviews and on-site observation.',
        tasks: [7276, 7281],
      },
      { text: 'Analyse what was gathered and develop solutions or alternatives.', tasks: [7277] },
      {
        text: 'Write up findings and recommend new systems, procedures or structures.',
        tasks: [7282],
      },
      {
        text: 'Review forms and reports with their users and propose improvements.',
        tasks: [7280, 7284],
      },
      {
        text: 'Write manuals, train staff, and follow up after changes go live.',
        tasks: [7283, 7278],
      },
    ],
  },
  {
    code: '15-1211.01',
    id: 'health-informatics-specialist',
    name: 'Health Informatics Specialist',
    definition:
      'Brings nursing and informatics together to design, build and improve computerised health care systems, and helps staff adopt them.',
    responsibilities: [
      {
        text: 'Translate nursing practice into terms systems engineers and analysts can build on.',
        tasks: [18090],
      },
      {
        text: 'Design and put in place health IT applications for clinical and administrative problems.',
        tasks: [18092, 18093],
      },
      {
        text: 'Design, test and evaluate informatics solutions and decision-support tools.',
        tasks: [18088],
      },
      { text: 'Analyse patient and nursing data to improve care.', tasks: [18094, 18101] },
      {
        text: 'Protect the privacy and security of patient information through policy and practice.',
        tasks: [18097],
      },
      {
        text: 'Judge which technologies suit nursing practice, and plan how they are introduced.',
        tasks: [18095, 18100],
      },
      {
        text: 'Share informatics knowledge with health professionals and students.',
        tasks: [18089],
      },
    ],
  },
  {
    code: '15-1241.00',
    id: 'computer-network-architect',
    name: 'Computer Network Architect',
    definition:
      'Designs and builds data communication networks, from local networks to intranets, and plans the capacity they need.',
    responsibilities: [
      { text: 'Design, build and test network configuration prototypes.', tasks: [18962] },
      { text: 'Size networks to the volume they must carry.', tasks: [18956] },
      { text: 'Recommend security measures such as firewalls and network audits.', tasks: [18971] },
      {
        text: 'Monitor network performance to find problems and wasted resources.',
        tasks: [18979],
      },
      {
        text: 'Solve network problems and coordinate maintenance, repairs and upgrades.',
        tasks: [18965, 18960],
      },
      {
        text: 'Plan disaster recovery, and document networks and their procedures.',
        tasks: [18968, 18969, 18966],
      },
    ],
  },
  {
    code: '15-1255.00',
    id: 'web-and-digital-interface-designer',
    name: 'Web and Digital Interface Designer',
    definition:
      'Designs websites and digital interfaces, and tests their layouts, navigation and behaviour so they work well across browsers and devices.',
    responsibilities: [
      {
        text: 'Research users to set design requirements, and improve designs from their feedback.',
        tasks: [21688],
      },
      { text: 'Develop visual design concepts and revise them with stakeholders.', tasks: [21694] },
      { text: 'Build prototypes and models of sites and their interfaces.', tasks: [21691, 21696] },
      {
        text: 'Design, build and maintain sites with authoring and scripting tools.',
        tasks: [21692],
      },
      { text: 'Write style guidelines for site content.', tasks: [21693] },
      {
        text: 'Work with front-end and back-end developers and with management on priorities.',
        tasks: [21686, 21689],
      },
    ],
  },
  {
    code: '15-1299.01',
    id: 'web-administrator',
    name: 'Web Administrator',
    definition:
      'Manages the design, deployment and upkeep of a web environment, and tests sites and web applications for quality.',
    responsibilities: [
      {
        text: 'Watch for intrusions and denial-of-service attacks, and report breaches.',
        tasks: [14734],
      },
      {
        text: 'Plan backups and disaster recovery for applications and their data.',
        tasks: [14741, 14731],
      },
      { text: 'Find and fix the causes of web page and server problems.', tasks: [14732, 14758] },
      { text: 'Apply updates and patches promptly to limit outages.', tasks: [14740] },
      {
        text: 'Put security measures such as firewalls and encryption in place, and define access levels.',
        tasks: [14735, 14748],
      },
      {
        text: 'Test integration, performance and usability, and record site changes.',
        tasks: [14750, 14756, 14753],
      },
    ],
  },
  {
    code: '15-1299.02',
    id: 'gis-technologist',
    name: 'Geographic Information Systems Technologist',
    definition:
      'Builds, maintains and uses geographic information system (GIS) databases for scientists and others, sometimes writing custom GIS software.',
    responsibilities: [
      { text: 'Produce map layers, maps and reports with spatial analysis.', tasks: [21715] },
      {
        text: 'Design graphic views of GIS data and pick the cartographic elements that present it well.',
        tasks: [21716, 21725],
      },
      {
        text: 'Maintain GIS databases and design integrated spatial databases.',
        tasks: [21717, 21723],
      },
      {
        text: 'Enter data into GIS databases and review incoming data for accuracy and completeness.',
        tasks: [21720, 21721],
      },
      {
        text: 'Model and analyse geospatial data to address scientific problems.',
        tasks: [21722, 21724],
      },
      {
        text: 'Program and analyse data for GIS applications, and support their users.',
        tasks: [21719, 21718],
      },
    ],
  },
  {
    code: '15-1299.03',
    id: 'document-management-specialist',
    name: 'Document Management Specialist',
    definition:
      'Runs the systems and procedures an organisation uses to capture, store, find, share and dispose of electronic documents and records.',
    responsibilities: [
      {
        text: 'Help set policies for efficient, lawful and secure access to documents.',
        tasks: [16234],
      },
      {
        text: 'Build classification taxonomies so content can be captured and found.',
        tasks: [16232, 16239],
      },
      {
        text: 'Put document processing and retrieval systems in place with other IT specialists.',
        tasks: [16238, 16233],
      },
      {
        text: 'Control access rights and revisions to keep master documents intact.',
        tasks: [16237],
      },
      {
        text: 'Write standards and procedures for using the system, and test it.',
        tasks: [16229, 16220],
      },
      {
        text: 'Follow records laws and regulations so the organisation stays compliant.',
        tasks: [16219, 20368],
      },
    ],
  },
  {
    code: '15-1299.04',
    id: 'penetration-tester',
    name: 'Penetration Tester',
    definition:
      'Tests how secure networks and systems are by attacking them as real adversaries would, to find the ways in before others do.',
    responsibilities: [
      { text: 'Run tests that imitate the techniques of known threat actors.', tasks: [21749] },
      { text: 'Write infiltration tests that exploit device weaknesses.', tasks: [21750] },
      { text: 'Define testing processes for wireless, data and telecom networks.', tasks: [21752] },
      {
        text: 'Audit networks and security systems against set criteria, and review vulnerability assessments.',
        tasks: [21746, 21755],
      },
      {
        text: 'Design fixes for known weaknesses and configure systems for least access.',
        tasks: [21748, 21747],
      },
      {
        text: 'Document findings and discuss solutions with IT teams and management.',
        tasks: [21754, 21753],
      },
    ],
  },
  {
    code: '15-1299.05',
    id: 'information-security-engineer',
    name: 'Information Security Engineer',
    definition:
      'Builds and maintains the technology that keeps networks and information safe, and sets the security policies and controls around it.',
    responsibilities: [
      { text: 'Set information security standards and good practice.', tasks: [21771] },
      {
        text: 'Build or install protective software such as firewalls and encryption.',
        tasks: [21773],
      },
      { text: 'Develop tools that detect and analyse threats.', tasks: [21772] },
      {
        text: 'Find weaknesses through penetration tests and coordinate vulnerability assessments.',
        tasks: [21776, 21770],
      },
      { text: 'Investigate breaches and plan response and recovery.', tasks: [21767, 21774] },
      {
        text: 'Measure how well security controls work, and coordinate monitoring for intrusions.',
        tasks: [21766, 21769],
      },
    ],
  },
  {
    code: '15-1299.06',
    id: 'digital-forensics-analyst',
    name: 'Digital Forensics Analyst',
    definition:
      'Investigates computer crimes and security incidents, gathering and analysing digital evidence such as media and intrusion logs.',
    responsibilities: [
      { text: 'Plan investigations of suspected computer crimes or violations.', tasks: [21790] },
      {
        text: 'Preserve evidence by imaging systems and copying digital media.',
        tasks: [21789, 21792],
      },
      { text: 'Analyse logs to trace who broke into a network.', tasks: [21787] },
      {
        text: 'Examine operating and file systems, including file signatures that reveal hidden files.',
        tasks: [21797, 21796],
      },
      {
        text: 'Handle digital media by the legal rules, and keep up with the relevant laws.',
        tasks: [21786, 21795],
      },
      {
        text: 'Maintain cyber-defence tools and build reverse-engineering tools.',
        tasks: [21794, 21793],
      },
    ],
  },
  {
    code: '15-1299.07',
    id: 'blockchain-engineer',
    name: 'Blockchain Engineer',
    definition:
      'Builds and maintains blockchain networks and applications, such as payments or document sharing, and designs them to be secure.',
    responsibilities: [
      {
        text: 'Design and deploy blockchain patterns that keep transactions secure and tamper-proof.',
        tasks: [21808],
      },
      { text: 'Build blockchain technology for sectors such as finance.', tasks: [21809] },
      {
        text: 'Design and check cryptographic protocols that protect private data.',
        tasks: [21812],
      },
      { text: 'Assess threats such as untested code or unprotected keys.', tasks: [21806, 21817] },
      { text: 'Automate deployment of updates across distributed nodes.', tasks: [21807] },
      { text: 'Keep a maintainable object-oriented code base.', tasks: [21814] },
      {
        text: 'Agree requirements with architects, engineers and data scientists.',
        tasks: [21815, 21816],
      },
    ],
  },
  {
    code: '15-2041.01',
    id: 'biostatistician',
    name: 'Biostatistician',
    definition:
      'Develops and applies statistical methods to the life sciences, above all to the design and analysis of clinical and biological studies.',
    responsibilities: [
      {
        text: 'Design studies with physicians and life scientists, and work out sample sizes.',
        tasks: [16258, 16246],
      },
      { text: 'Review research protocols and recommend the analyses they need.', tasks: [16262] },
      {
        text: 'Analyse clinical and survey data with methods such as mixed-effect models and logistic regression.',
        tasks: [16265],
      },
      {
        text: 'Write code for statistical analysis and develop analysis algorithms.',
        tasks: [16249, 16257],
      },
      { text: 'Draw conclusions and predictions from the analyses.', tasks: [16254] },
      {
        text: 'Write analysis plans and reports, with tables and graphs of the results.',
        tasks: [16250, 16252],
      },
      { text: 'Advise colleagues and clients on statistics.', tasks: [16263] },
    ],
  },
  {
    code: '15-2099.01',
    id: 'bioinformatics-technician',
    name: 'Bioinformatics Technician',
    definition:
      'Helps scientists apply bioinformatics tools to visualise, analyse and manage biological data in fields such as pharmaceuticals and biotechnology.',
    responsibilities: [
      {
        text: 'Analyse bioinformatics data with software packages, statistics and data mining.',
        tasks: [17709],
      },
      {
        text: 'Enter and retrieve data in genomic, protein and mutation databases.',
        tasks: [17707],
      },
      {
        text: 'Build and maintain applications that turn biological data into searchable databases.',
        tasks: [17706],
      },
      {
        text: 'Write scripts that query databases, and extend tools as analysis needs change.',
        tasks: [17720, 17715],
      },
      { text: 'Check the quality of data and of the analyses built on it.', tasks: [17721] },
      {
        text: 'Agree data needs with researchers and clinicians, and document database changes.',
        tasks: [17710, 17714],
      },
    ],
  },
  {
    code: '15-2021.00',
    id: 'mathematician',
    name: 'Mathematician',
    definition:
      'Researches mathematics itself or applies mathematical methods to problems in science, engineering, business and other fields.',
    responsibilities: [
      {
        text: 'Apply mathematical theory to practical problems in business, engineering and science.',
        tasks: [7367],
      },
      {
        text: 'Build mathematical or statistical models for analysis or simulation.',
        tasks: [7371],
      },
      {
        text: 'Develop computational methods for scientific and engineering problems.',
        tasks: [7368],
      },
      { text: 'Compute and apply numerical analysis to data.', tasks: [7370] },
      {
        text: 'Research new principles and relationships in areas such as algebra or probability.',
        tasks: [7376, 7374],
      },
      { text: 'Publish and present research, and keep up with the field.', tasks: [20191, 7369] },
    ],
  },
  {
    code: '19-1029.01',
    id: 'bioinformatics-scientist',
    name: 'Bioinformatics Scientist',
    definition:
      'Researches with bioinformatics theory and methods, designing databases and algorithms to analyse genetic and other biological data.',
    responsibilities: [
      {
        text: 'Analyse large molecular datasets such as genomic sequences or proteomics data.',
        tasks: [16795],
      },
      {
        text: 'Design bioinformatics algorithms, including supervised and unsupervised machine learning.',
        tasks: [16789],
      },
      { text: 'Create new computational approaches and tools for research goals.', tasks: [16790] },
      {
        text: 'Build or adapt software, data models and databases for scientific projects.',
        tasks: [16786, 16787],
      },
      { text: 'Work with public and proprietary genomic databases.', tasks: [16793] },
      {
        text: 'Advise researchers on computational strategy, and direct technical staff.',
        tasks: [16794, 16785],
      },
      {
        text: 'Publish and present results, and follow new methods and instruments.',
        tasks: [16792, 16777],
      },
    ],
  },
  {
    code: '13-2099.01',
    id: 'financial-quantitative-analyst',
    name: 'Financial Quantitative Analyst',
    definition:
      'Develops quantitative models for investing, pricing, valuation and risk management of financial instruments.',
    responsibilities: [
      {
        text: 'Apply mathematics and statistics to valuation, trading and risk questions.',
        tasks: [15997],
      },
      {
        text: 'Build analytical tools for portfolio construction and performance measurement.',
        tasks: [15995],
      },
      {
        text: 'Develop model libraries with statistical and econometric techniques.',
        tasks: [15990],
      },
      {
        text: 'Maintain models in use, and build independent ones to check their results.',
        tasks: [15987, 15996],
      },
      { text: 'Interpret financial analyses and write summary reports.', tasks: [15989, 15988] },
      {
        text: 'Support traders and researchers, and learn from them what tools they need.',
        tasks: [15983, 15992],
      },
    ],
  },
  {
    code: '17-2199.08',
    id: 'robotics-engineer',
    name: 'Robotics Engineer',
    definition: 'Researches, designs, builds and tests robots and robotic applications.',
    responsibilities: [
      {
        text: 'Design robotic systems such as autonomous vehicles or advanced sensing platforms.',
        tasks: [16530],
      },
      { text: 'Write software that controls robots.', tasks: [16528] },
      {
        text: 'Build, configure and test robots, and debug their programs.',
        tasks: [21057, 16521],
      },
      { text: 'Process and interpret sensor data.', tasks: [16517] },
      { text: 'Research robotic technology to create new capabilities.', tasks: [16523] },
      {
        text: 'Review designs and cost estimates, and investigate mechanical failures.',
        tasks: [16512, 16519],
      },
    ],
  },
  {
    code: '13-1161.00',
    id: 'market-research-analyst',
    name: 'Market Research Analyst and Marketing Specialist',
    definition:
      'Researches markets to estimate what a product or service could sell and how to market it, using data on customers, competitors and prices.',
    responsibilities: [
      {
        text: 'Collect and analyse data on customers’ demographics, needs and buying habits.',
        tasks: [5433],
      },
      { text: 'Design surveys and other ways of collecting data.', tasks: [5443] },
      { text: 'Forecast and track marketing and sales trends.', tasks: [5436] },
      { text: 'Study competitors’ prices, sales and marketing.', tasks: [5441] },
      { text: 'Measure how well marketing and advertising work.', tasks: [5438] },
      { text: 'Report findings in charts and plain writing for management.', tasks: [5434, 5440] },
    ],
  },
  {
    code: '43-9111.00',
    id: 'statistical-assistant',
    name: 'Statistical Assistant',
    definition:
      'Compiles data and computes statistics for statistical and actuarial studies, and prepares the charts and tables that present them.',
    responsibilities: [
      { text: 'Compute and analyse data with statistical formulas and software.', tasks: [9788] },
      { text: 'Check source data for completeness and accuracy.', tasks: [9792] },
      { text: 'Code and enter data for analysis.', tasks: [9798, 9789] },
      { text: 'Compile statistics from records such as sales or survey sheets.', tasks: [9790] },
      { text: 'Prepare reports, charts and graphs of findings.', tasks: [9791] },
      { text: 'Keep databases and files of data up to date.', tasks: [9795] },
    ],
  },
]
