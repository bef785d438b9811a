import { describe, expect, it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { readsAsPosting } from '@/lib/extract/generic';
import { extractJsonLd, parseLenient } from '@/lib/extract/json-ld';
import { cleanTitle, titleScore } from '@/lib/extract/title';
import { MAX_RULES } from '@/lib/extract/style-rules';
import { hiddenByMarkup, hiddenTest, hidingSelectors } from '@/lib/extract/visibility';
import { sectionedSentences } from '@/lib/nlp/sections';
import { fixtureHtml, loadDocument, loadFixture } from '../../helpers/dom';

describe('the job title', () => {
  it.each([
    ['Backend engineer at Tallyho (S23)', 'Backend engineer'],
    ['Job Application for Data Engineer at Northwind', 'Data Engineer'],
    ['Careers | Senior Data Scientist – Acme', 'Senior Data Scientist'],
    ['Job Description - Data Scientist II (2500123)', 'Data Scientist II'],
    ['Machine Learning Engineer - job post', 'Machine Learning Engineer'],
    ['Data Scientist – Pricing', 'Data Scientist'],
    ['Head of Data', 'Head of Data'],
    ["We're hiring a Data Engineer", 'Data Engineer'],
    ['Now hiring: Analytics Engineer', 'Analytics Engineer'],
    ['EquipmentShare is Hiring a Staff Software Engineer (backend)', 'Staff Software Engineer (backend)'],
    ['Acme & Co. is hiring an ML Engineer', 'ML Engineer'],
    ['AWS Data Engineer (Hybrid at Eagan, Minnesota)', 'AWS Data Engineer (Hybrid at Eagan, Minnesota)'],
    // emoji and cheers around the name; an announcement's place after it ("in Leeds"), though not a job's own "in Test"
    ['🚀 ML Engineer 🤖', 'ML Engineer'],
    ["We're hiring a Data Engineer in Leeds! 🚀", 'Data Engineer'],
    ["We're hiring a Software Engineer in Test!", 'Software Engineer in Test'],
    ['Data Scientist in Residence', 'Data Scientist in Residence'],
    // how the job is worked, tagged before it; a firm whose name ends in a job's word ("Analytics") after "@"
    ['[Remote] Data Engineer @ Fernhill Analytics', 'Data Engineer'],
    ['Data Scientist at Pecan Street Analytics', 'Data Scientist'],
    // a document's file name, as a PDF viewer titles its page
    ['Data Engineer position description.pdf', 'Data Engineer'],
    ['Data Engineer Job Description', 'Data Engineer'],
    // a mailing list's tag before a message's subject
    ['[ml-jobs] Postdoc in ocean forecasting', 'Postdoc in ocean forecasting'],
    // the pay beside the name in a board's heading; a post's words quoted in its page's title
    ['Senior Machine Learning Engineer (NLP) $5000-6500', 'Senior Machine Learning Engineer (NLP)'],
    ['Data Engineer €65k', 'Data Engineer'],
    ['Dan Okafor on X: "We\'re hiring our first ML engineer at Sentry Farms..."', 'ML engineer'],
    // the place after the job in a careers site's page title (not a job's own "in Test", nor a place in brackets)
    ['Data Analyst, Store Operations in Columbus, OH | Careers at Buckeye Grocers', 'Data Analyst, Store Operations'],
    ['Senior Data Engineer in San Antonio, TX', 'Senior Data Engineer'],
    ['Software Engineer in Test, Payments', 'Software Engineer in Test, Payments'],
    // the job's name after an announcement opens the title, as a sentence writes it; a name's own lower case stays
    ["We're hiring: a data engineer for the estuary observatory", 'Data engineer for the estuary observatory'],
    ["We're hiring an iOS engineer", 'iOS engineer'],
    // a wiki's parent page before a subpage's name
    ['Jobs/Data Engineer', 'Data Engineer'],
    // an e-mail's subject: a reply's or a forward's marks, what it calls the job; a list's tag for a job; a Hacker News job's title
    ['RE: Data Scientist opportunity - Northgate Water', 'Data Scientist'],
    ['[Jobs] Fwd: FW: Opening for DHS data analyst (fwd)', 'DHS data analyst'],
    ['[JOB] Research Data Scientist, population genetics', 'Research Data Scientist, population genetics'],
    ['Tessellate (YC W24) Is Hiring a Founding Data Engineer', 'Founding Data Engineer'],
    ['PM/Data Scientist Role', 'PM/Data Scientist'],
    // a Japanese board's job in lenticular brackets before its selling points, a Chinese board's with its place and pay; a bracketed tag
    ['【データエンジニア】自社物流プラットフォームのデータ基盤構築／リモート可', 'データエンジニア'],
    ['【数据科学家_北京 30-50k】星河零售招聘信息-猎聘', '数据科学家'],
    ['【急募】Data Engineer', 'Data Engineer'],
    // a team's name tagged before the job's (not a job's own words in brackets)
    ['[데이터플랫폼팀] 데이터 엔지니어', '데이터 엔지니어'],
    ['[Data Platform] Data Engineer', 'Data Engineer'],
    ['[Senior Data Engineer] Northwind', '[Senior Data Engineer] Northwind'],
    // a reference in brackets or as a hashtag, how the job is worked in brackets, what an ad says of it, where a board says it is
    ['Vacancy – Data Engineer (Ref: 2026/45)', 'Data Engineer'],
    ['DevOps Engineer (REF215M)', 'DevOps Engineer'],
    ['Data Engineer 2 #3328', 'Data Engineer 2'],
    ['Senior Data Engineer [Remote, EU]', 'Senior Data Engineer'],
    ['URGENT: Data Engineer needed', 'Data Engineer'],
    ['Data Engineer job in London - Acme', 'Data Engineer'],
    ['Senior C# Developer', 'Senior C# Developer'],
    // a job's name in another script, among a Korean board's parts
    ['(주)한빛모빌리티 채용 - 머신러닝 엔지니어 (추천 시스템) | 잡코리아', '머신러닝 엔지니어 (추천 시스템)'],
    // who is hiring, before a job's name in Chinese ("… is hiring …"); not a recruiter's own job
    ['招聘 | 澜海科技诚聘机器学习工程师（推荐算法方向）', '机器学习工程师（推荐算法方向）'],
    ['星途出行招聘数据工程师', '数据工程师'],
    ['招聘经理', '招聘经理'],
    ['استخدام مهندس داده (Data Engineer)', 'مهندس داده (Data Engineer)'],
    // a post's cheer, emoji and the ellipsis of its words cut short
    ['Fernwild Labs on Instagram: "We\'re hiring! 🚀 Our first Machine Learning Engineer…"', 'Machine Learning Engineer'],
    // a post's sentence that names the job it looks for
    ["We're looking for a Data Engineer to join our analytics team", 'Data Engineer'],
    ['Ищем Data Engineer в команду аналитической платформы', 'Data Engineer'],
    // a recruitment drive's word and year after the job, as job news in India titles it (a heading's "Graduate Recruitment" stays)
    ['Data Scientist Recruitment 2026', 'Data Scientist'],
    ['डेटा वैज्ञानिक (संविदा) भर्ती 2026', 'डेटा वैज्ञानिक (संविदा)'],
    ['Graduate Recruitment', 'Graduate Recruitment'],
    // a Japanese board's full-width bar, before the job's selling points
    ['データサイエンティスト（需要予測・物流最適化）｜東証プライム上場グループ／年休125日', 'データサイエンティスト（需要予測・物流最適化）'],
    // a call to join the team as the job, a heading's cheer and a board's badge after the job's name
    ['Join our team as a Data Engineer', 'Data Engineer'],
    ['Join our data team as a Senior Data Scientist!', 'Senior Data Scientist'],
    ['We are looking for a Senior Data Engineer!', 'Senior Data Engineer'],
    ['Data Engineer New', 'Data Engineer'],
    ['Machine Learning Engineer Featured', 'Machine Learning Engineer'],
    // (a badge's word after a dash is a part of the title of its own, never left with a dangling dash: "Data Engineer -")
    ['Data Engineer - New', 'Data Engineer'],
    // (a heading that only calls to join names no job: "Join Fernbrook Analytics" stays for the score to refuse)
    ['Join Fernbrook Analytics', 'Join Fernbrook Analytics'],
    // a separator inside brackets parts nothing: "(Hybrid - 3 days in office)" was cut to "Data Scientist (Hybrid"
    ['Data Scientist (Hybrid - 3 days in office) | Acme', 'Data Scientist (Hybrid - 3 days in office)'],
    ['Senior Data Engineer #LI-Hybrid | Acme', 'Senior Data Engineer'],
  ])('%s → %s', (raw, title) => expect(cleanTitle(raw)).toBe(title));

  it('a page\'s "Post" heading names no job, a job that opens with "Post-" does', () => {
    expect(titleScore('Post')).toBeLessThan(0);
    expect(titleScore('Post-Sales Machine Learning Engineer, Customer Success')).toBeGreaterThanOrEqual(3);
  });
  it('a call to join the firm ("Join Fernbrook Analytics") and a gist\'s path ("mira-sparrowgrass / ml-engineer.md") name no job; "Data Engineer / Analyst" does', () => {
    expect(titleScore('Join Fernbrook Analytics')).toBeLessThan(0);
    expect(titleScore('mira-sparrowgrass / ml-engineer.md')).toBeLessThan(0);
    expect(titleScore('Data Engineer / Analyst')).toBeGreaterThanOrEqual(3);
  });
  it('a PhD position, a postdoc or a studentship names a job; a sidebar\'s "Navigation" and a "Table of Contents" name none', () => {
    expect(titleScore('PhD position: machine learning for flood forecasting')).toBeGreaterThanOrEqual(3);
    expect(titleScore('Postdoc in ocean forecasting')).toBeGreaterThanOrEqual(3);
    expect(titleScore('Funded PhD studentship in hydrology')).toBeGreaterThanOrEqual(3);
    expect(titleScore('PhD preferred')).toBeLessThan(3);
    expect(titleScore('Navigation')).toBeLessThan(0);
    expect(titleScore('Table of Contents')).toBeLessThan(0);
  });

  // a heading on the page names the job alone: a short qualifier after a dash is part of it, the company is not
  it.each([
    ['Data Engineer - Data Platform', 'Data Engineer - Data Platform'],
    ['Software Engineer – Backend', 'Software Engineer – Backend'], // as the page writes it
    ['Data Scientist - Meridian Bank', 'Data Scientist'],
    ['Data Engineer - Careers', 'Data Engineer'],
    ['Data Engineer - Analytics Engineer', 'Data Engineer'],
    ['Data Scientist - 2500123', 'Data Scientist'],
    ['Careers | Senior Data Scientist – Acme', 'Senior Data Scientist'],
    // a graduate or intern programme, then the field it hires into: the job is both
    ['2027 Graduate Program - Data Engineering', '2027 Graduate Program - Data Engineering'],
    ['Undergraduate Internship/Co-op Program - Data Scientist', 'Undergraduate Internship/Co-op Program - Data Scientist'],
    // "Head" before the function it heads; a board's years of experience in brackets leave
    ['Head - Data Engineering - Fintech (10-15 yrs)', 'Head - Data Engineering - Fintech'],
    // an academic rank before its field: the rank alone names no job a reader could tell apart (a job's team after it still goes)
    ['Assistant Professor - Statistics and Data Science', 'Assistant Professor - Statistics and Data Science'],
    ['Research Fellow – Machine Learning', 'Research Fellow – Machine Learning'],
    ['Data Analyst – Data Engineering', 'Data Analyst'],
    // a call to apply and how the job is worked are no qualifiers of it
    ['Data Scientist (Remote) - Apply Now!', 'Data Scientist (Remote)'],
    ['Senior Data Engineer - Remote', 'Senior Data Engineer'],
    ['Data Engineer - 12 Month FTC', 'Data Engineer'],
    ['Lead Data Engineer - FinTech - Hybrid', 'Lead Data Engineer - FinTech'],
    // the job "for" its employer, in any language
    ['Dataingeniør til Meridian Bank', 'Dataingeniør'],
    ['Data Scientist für Meridian Bank', 'Data Scientist'],
    // the company with where the job is worked
    ['Data Engineer - Meridian Bank (remote, UK)', 'Data Engineer'],
    // or after a colon
    ['Machine Learning Engineer (w/m/d): Meridian Bank', 'Machine Learning Engineer (w/m/d)'],
    // an agency's facts after the job, from its pay on: "– £95k – Leeds" (a qualifier before the pay stays)
    ['Lead Data Engineer – £95k – Leeds', 'Lead Data Engineer'],
    ['Data Engineer - Platform - £85,000 - £95,000 - Leeds', 'Data Engineer - Platform'],
    ['Data Scientist – up to $180k – Remote', 'Data Scientist'],
    ['Data Engineer - Remote (US) - $130-150k - Fintech', 'Data Engineer'],
    // how it is worked, listed ("Vollzeit / Remote"), a contract's length and tax status, a closing date to apply by, a LinkedIn tag
    ['Senior Data Engineer (m/w/d) – Vollzeit / Remote', 'Senior Data Engineer (m/w/d)'],
    ['Data Engineer – 6 month contract – Outside IR35', 'Data Engineer'],
    ['Data Engineer — Apply by 15 Jan', 'Data Engineer'],
    ['Data Engineer #LI-Remote', 'Data Engineer'],
    ['Lead Data Scientist – London or Remote', 'Lead Data Scientist – London or Remote'],
    ['Data Scientist – Demand Forecasting – Remote (US) – $135k-$155k', 'Data Scientist - Demand Forecasting'],
  ])('heading %s → %s', (raw, title) => expect(cleanTitle(raw, 'Meridian Bank', true)).toBe(title));
});

describe('the job title beside a long description', () => {
  it('a wrapper marked "title" gives way to the title inside it, and a long description\'s headings do not crowd it out', () => {
    const sections = Array.from(
      { length: 14 },
      (_, i) => `<h3>Section ${i + 1}</h3><p>Build and maintain the data pipelines and the models our analysts use every single day, part ${i + 1}.</p>`,
    ).join('');
    const html = `<!doctype html><html><head><title>Careers | Acme</title></head><body><main><h1>Job details</h1>
      <div class="job-title-wrap"><div class="job-title">Senior Data Engineer</div><div class="job-location">New York, NY</div></div>
      <div class="description"><h3>Responsibilities</h3><p>You will own the warehouse and its pipelines, and the quality of the data in them.</p>${sections}<h3>Requirements</h3><p>Five years of experience with SQL and Python.</p></div>
      <a class="btn" href="/apply">Apply now</a></main></body></html>`;
    const url = 'https://acme.example/careers/42';
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.title).toBe('Senior Data Engineer');
  });
});

describe('a trail of links', () => {
  const body = [
    '<p>We own and manage 6,800 homes across Fenland. We want to use our repairs and tenancy data to spot damp and mould before tenants have to report it.</p>',
    '<h2>What you will do</h2><ul><li>Build reports on repairs, rent and tenancy data for managers and the board.</li><li>Clean and join data from our housing and repairs systems.</li><li>Explain what the numbers mean to colleagues who are not analysts.</li></ul>',
    '<h2>About you</h2><ul><li>Good SQL and Excel; Power BI or a similar tool.</li><li>Experience of housing, local government or another public service is welcome.</li></ul>',
  ].join('');
  it.each([
    ['›', '<p><a href="/">Home</a> › <a href="/vacancies">Vacancies</a> › Data and Insight Analyst</p>'],
    [
      '>',
      '<div><a href="/">Home</a> &gt; <a href="/about">About us</a> &gt; <a href="/vacancies">Vacancies</a> &gt; <span>Data and Insight Analyst</span></div>',
    ],
    ['/', '<div><a href="/careers">Careers</a> / <a href="/careers/jobs">Jobs</a> / Data and Insight Analyst</div>'],
  ])('marked by no class, its marks "%s" between short links, is no line of the posting', (_mark, crumbs) => {
    const url = 'https://fenlandhomes.example/vacancies/data-and-insight-analyst';
    const html = `<html><head><title>Data and Insight Analyst</title></head><body><main>${crumbs}<div><div><h1>Data and Insight Analyst</h1><ul><li>Location: March, Cambridgeshire</li><li>Salary: £34,000</li></ul></div>${body}</div></main></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text).not.toMatch(/Home|Careers|Vacancies/);
    expect(x.result.ok && x.result.posting.text).toContain('We own and manage 6,800 homes across Fenland.');
  });
  it('is one only when its links are the trail: a sentence with two links and an arrow in it is read', () => {
    const url = 'https://fenlandhomes.example/vacancies/data-and-insight-analyst';
    const line = '<p>Read our <a href="/strategy">data strategy</a> and <a href="/values">values</a> first > then apply.</p>';
    const html = `<html><head><title>Data and Insight Analyst</title></head><body><div><h1>Data and Insight Analyst</h1>${line}${body}</div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text).toContain('Read our data strategy and values first > then apply.');
  });
});

describe('a bar of links to share the job, known by its words', () => {
  it('is told from a line that starts with "Share" and holds a sentence, which is read', () => {
    const url = 'https://kittiwake.example/careers/ml-engineer';
    const html = `<html><head><title>Machine Learning Engineer | Kittiwake Robotics</title></head><body><div class="a1"><h1>Machine Learning Engineer</h1><div class="b2">
      <p>Kittiwake Robotics builds drones that inspect offshore wind turbines, and every flight brings back thousands of images.</p>
      <p>What you will do</p><ul><li>Train and ship the detection models that find cracks and corrosion in blade images.</li><li>Run the models on the drone itself, within its power budget.</li></ul>
      <p>How to apply</p><p class="c3">Share <a href="#">a portfolio</a>, <a href="#">a model card</a> or <a href="#">a paper</a> you wrote, and tell us what you learned from building it.</p>
      <p>What you bring</p><ul><li>Three years of experience with PyTorch and model deployment.</li><li>Experience with ONNX or TensorRT.</li></ul></div>
      <div class="d4"><h3>Share this job</h3><a href="#">LinkedIn</a> <a href="#">Email</a></div></div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    const text = x.result.ok ? x.result.posting.text : '';
    expect(text).toContain('Share a portfolio, a model card or a paper you wrote, and tell us what you learned from building it.');
    expect(text).not.toContain('LinkedIn');
  });
});

describe('what is no job title', () => {
  it("a firm's legal name, as a footer's copyright line gives it", () => {
    for (const name of ['Tidalwave Analytics Inc.', 'Nordlicht Data GmbH', 'Marlow Research Ltd']) expect(titleScore(name)).toBeLessThan(0);
    expect(titleScore('Data Engineer')).toBeGreaterThanOrEqual(3);
  });
  it("a department's name alone, after a job's facts, never names the job", () => {
    const url = 'https://tidalwave.example/jobs/7';
    const html = `<html><head><title>tidalwave.example</title></head><body><div class="q1"><div class="q2">Machine Learning Engineer, Forecasting Platform</div>
      <div class="q3">Remote (Canada) · Full time · Engineering</div><div class="q4"><p>Tidalwave forecasts demand for 300 grocery chains, and we are hiring an engineer to own the platform that trains and serves the forecasts.</p>
      <p>What you will do</p><ul><li>Own the training and inference pipelines for our forecasting models on Kubernetes.</li><li>Build model monitoring and automatic rollback.</li></ul>
      <p>What you bring</p><ul><li>Four years of software or ML engineering.</li><li>Python and Kubernetes.</li></ul></div></div><div class="q5">© Tidalwave Analytics Inc.</div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.title).toBe('Machine Learning Engineer, Forecasting Platform');
  });
});

describe("a browser extension's panel", () => {
  it('is left out when it comes after the first read of a live page, as when it was there from the start', () => {
    const url = 'https://lumenfold.example/careers/ml-engineer-search-ranking';
    const doc = loadFixture('generic/extension-overlays.html', url);
    for (const el of Array.from(doc.querySelectorAll('#simplify-jobs-root'))) el.remove();
    const first = extractPosting(doc, url);
    expect(first.result.ok && first.result.posting.text).not.toContain('Your match');
    const panel = doc.createElement('div');
    panel.innerHTML =
      '<img src="moz-extension://4b1c/logo.svg" alt=""><p>Your match: 64%. Based on your resume, you are a good match for this role at Lumenfold; add the missing keywords to your resume to improve your chances.</p>';
    doc.body.append(panel);
    const second = extractPosting(doc, url);
    expect(second.result.ok && second.result.posting.text).toContain('Train and ship learning-to-rank models');
    expect(second.result.ok && second.result.posting.text).not.toContain('Your match');
  });
});

describe('an overlay drawn with utility classes ("fixed inset-0")', () => {
  const posting =
    '<h1>Data Engineer</h1><div class="description"><p>Harbor Freight Data runs the pipelines behind 40 ports, and we are hiring a data engineer to make them faster and easier to trust.</p><h3>What you will do</h3><ul><li>Build and run batch pipelines in Spark and Airflow.</li><li>Model shipment data in Snowflake with dbt for our analysts.</li><li>Monitor data quality and fix broken loads.</li></ul><h3>About you</h3><p>Three years of experience with Python and SQL. Apply with your CV.</p></div>';
  const newsletter =
    '<div class="newsletter"><p>Sign up for our newsletter to hear about new jobs, events and stories from our engineering team every month.</p><input type="text" placeholder="Your address"></div>';
  it('is a posting open over a page of results, read as a dialog is', () => {
    const results = Array.from(
      { length: 3 },
      (_, i) =>
        `<div class="card"><div>Machine Learning Engineer ${i + 1}</div><div>Own the ranking models behind our search results and ship them to production every week.</div></div>`,
    ).join('');
    const html = `<body><div id="app"><div class="grid">${results}</div><div class="fixed inset-0 z-50"><div class="panel">${posting}</div></div></div></body>`;
    const x = extractPosting(loadDocument(html, 'https://x.example/search'), 'https://x.example/search');
    expect(x.result.ok && x.result.posting.text).toContain('Build and run batch pipelines');
    expect(x.result.ok && x.result.posting.text).not.toContain('Own the ranking models');
  });
  it('and so is one pinned over the page by its inline style, with no class to name it', () => {
    const results = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="card"><div>Machine Learning Engineer ${i + 1}</div><div>Own the ranking models behind our search results and ship them to production every week, with a team of four.</div></div>`,
    ).join('');
    const html = `<body><div id="app"><div class="grid">${results}</div><div style="position: fixed; inset: 0; z-index: 50"><div class="panel">${posting}</div></div></div></body>`;
    const x = extractPosting(loadDocument(html, 'https://x.example/search'), 'https://x.example/search');
    expect(x.result.ok && x.result.posting.text).toContain('Build and run batch pipelines');
    expect(x.result.ok && x.result.posting.text).not.toContain('Own the ranking models');
  });
  it("but not a shell around the whole page, whose page furniture stays out (a newsletter's sign-up)", () => {
    const html = `<body><div id="app"><div class="fixed inset-0 overflow-y-auto"><header><a href="/">Harbor Freight Data</a></header><main>${posting}${newsletter}</main></div></div></body>`;
    const x = extractPosting(loadDocument(html, 'https://x.example/jobs/1'), 'https://x.example/jobs/1');
    expect(x.result.ok && x.result.posting.text).toContain('Build and run batch pipelines');
    expect(x.result.ok && x.result.posting.text).not.toContain('Sign up for our newsletter');
  });
});

describe('an apply link alone on its line', () => {
  // a short description (its only heading a bold line) with its "Apply now" link after it, between blocks: the link is no line of
  // the posting, but it still says "apply", as a button does (without it the page read as no posting)
  const html = `<!doctype html><html><head><title>Careers | Acme</title></head><body><header><a href="/">Acme</a><nav><a href="/jobs">Jobs</a></nav></header>
<main><h1>Job details</h1><div class="job-title-wrap"><div class="job-title">Data Scientist</div><div class="job-location">New York, NY</div></div>
<div class="description"><p><strong>Responsibilities</strong></p><ul><li><p>Interpret data and analyze results</p></li><li><p>Translate analytical insights into clear recommendations for product design</p></li><li><p>Utilize statistical approaches to build predictive models</p></li><li><p>Mentor other team members to grow their skills</p></li></ul></div><a class="btn" href="/apply">Apply now</a></main><footer>© 2025 Acme Inc.</footer></body></html>`;
  it('is left out of the text, and still says "apply"', () => {
    const url = 'https://acme.example/jobs/1';
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.title).toBe('Data Scientist');
    expect(x.result.ok && x.result.posting.text).not.toContain('Apply now');
  });
});

describe('a "Job title:" field names the job', () => {
  const body =
    '<div><h2>Responsibilities</h2><ul><li>Build and maintain data pipelines in Spark and Airflow.</li><li>Design data models for the analytics team.</li><li>Monitor data quality and fix broken loads.</li></ul><p>Requirements: three years of experience with Python and SQL. Apply with your CV.</p></div>';
  const read = (head: string) => {
    const x = extractPosting(loadDocument(`<h1>Harlow County Careers</h1>${head}${body}`, 'https://x.example/jobs/1'), 'https://x.example/jobs/1');
    return x.result.ok ? x.result.posting.title : undefined;
  };
  it.each([
    ['<p><strong>Position Title:</strong> Data Engineer II</p>', 'Data Engineer II'],
    ['<dl><dt>Job title</dt><dd>Senior Data Engineer</dd></dl>', 'Senior Data Engineer'],
    ['<p><span>Job Title: Data Engineer, Platform</span></p>', 'Data Engineer, Platform'],
    ['<div class="field"><div class="label">Position title</div><div class="value">Lead Data Engineer</div></div>', 'Lead Data Engineer'],
    // (beside the label's own wrappers, as a no-code app lays out a record's fields)
    [
      '<div class="kn-detail"><div class="kn-detail-label"><span><span>Job Title</span></span></div><div class="kn-detail-body"><span><span>Data Engineer, Ingest</span></span></div></div>',
      'Data Engineer, Ingest',
    ],
  ])('%s → %s', (head, title) => expect(read(head)).toBe(title));
  it('a results table headed "Job Title | Location" gives no title', () =>
    expect(read('<table><tr><th>Job Title</th><th>Location</th></tr></table>')).not.toBe('Location'));
});

describe("the job's name over its fields", () => {
  // an old page's layout: the job's name in bold with its reference, over a table of facts and the text, no heading anywhere
  const html = `<!doctype html><html><head><title>Vacancies - Statistician (Ref. 26/114)</title></head><body><table><tr><td><a href="/">Home</a><br><a href="/jobs">All vacancies</a></td>
<td><font size="4"><b>Statistician (Ref. 26/114)</b></font><br><br><table><tr><td><b>Location:</b></td><td>Hirtshals</td></tr></table><br>
We are looking for a statistician to work with stock assessment models and survey data.<br><br><b>Your tasks</b><br>
- Develop and run statistical models for fish stock assessment.<br>- Analyse survey data and quantify its uncertainty.<br><br>
<b>Your qualifications</b><br>- A PhD or MSc in statistics or a related field.<br>- Strong skills in R.<br><br>Apply by 8 January.<br>
<hr><font size="1">Nordhavn Institute · Havnevej 6 · 9850 Hirtshals · Last modified 24.11.2026</font></td></tr></table></body></html>`;
  it('is the title, not the first line of the text, though it carries a reference the title leaves out; the footer\'s "Last modified" line is no line of it', () => {
    const url = 'https://www.nordhavn.example/vacancies.nsf/0/A1B2?OpenDocument';
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.title).toBe('Statistician');
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines[0]).toBe('Location:');
    expect(lines.at(-1)).toBe('Apply by 8 January.');
  });
});

describe('a lede classed "preamble"', () => {
  // Sitevision and Episerver sites mark the lines under the h1 so, as a paragraph or a block of paragraphs
  const page = (
    lede: string,
  ) => `<!doctype html><html><head><title>Data Scientist | Norrvatten</title></head><body><nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav>
<main><div class="portlet"><h1>Data Scientist</h1></div><div class="portlet">${lede}</div>
<div class="portlet"><h2>About the job</h2><p>You will own the forecasts our traders bid on every morning.</p><ul><li>Build statistical models that forecast heat demand from weather data</li><li>Analyse why forecasts missed and explain it to the traders</li><li>Run experiments on new data sources such as smart meters</li></ul>
<h2>Who you are</h2><ul><li>A master's degree in statistics or a similar field</li><li>Experience of time series forecasting in Python or R</li></ul><p>Apply by 15 January.</p></div></main><footer>© Norrvatten</footer></body></html>`;
  const lede = 'Norrvatten Energi produces district heating for 140,000 homes, and we are looking for a data scientist.';
  it.each([`<p class="preamble">${lede}</p>`, `<div class="preamble"><p>${lede}</p></div>`])("is the posting's first line: %s", (html) => {
    const url = 'https://www.norrvatten.example/jobs/data-scientist';
    const x = extractPosting(loadDocument(page(html), url), url);
    expect(x.result.ok && x.result.posting.text.split('\n')[0]).toBe(lede);
  });
});

describe('text boxes', () => {
  // a record shown as a read-only form (Power Pages, ASP.NET; a box read-only or disabled) beside an application's box to
  // fill in, which the page filled with a template: the first two boxes' text is the page's, the last's the applicant's to write
  const html = `<!doctype html><html><head><title>Job Posting Details</title></head><body><main><h1>Data Engineer II</h1>
<div><label for="d">Position Description</label><textarea id="d" readonly>We are hiring a data engineer to build the county's data platform.
- Build and maintain pipelines from the permitting and finance systems into the data warehouse.
- Monitor data loads and fix failures before the morning reports run.</textarea></div>
<div><label for="q">Minimum Qualifications</label><textarea id="q" disabled>- Three years of experience building data pipelines with SQL and Python.
- Experience with a cloud data platform such as Azure Data Factory.</textarea></div>
<div><label for="c">Cover letter</label><textarea id="c">Dear hiring manager, I am writing to apply for the position of</textarea></div>
<button>Apply</button></main></body></html>`;
  it("a read-only or disabled box's text is read, line by line under its label; a box to fill in is not, whatever the page put in it", () => {
    const url = 'https://careers.larkspur.example/job-posting-details/?id=1';
    const x = extractPosting(loadDocument(html, url), url);
    const text = x.result.ok ? x.result.posting.text : '';
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Position Description',
        '- Build and maintain pipelines from the permitting and finance systems into the data warehouse.',
        '- Monitor data loads and fix failures before the morning reports run.',
        'Minimum Qualifications',
      ]),
    );
    expect(text).not.toContain('Dear hiring manager');
    expect(text).not.toContain('Cover letter');
  });
});

describe('an accordion of sections', () => {
  it('its section titles (buttons inside headings) are read, so requirements and benefits weigh as such', () => {
    const url = 'https://quill.example/careers/mle';
    const x = extractPosting(loadFixture('generic/accordion.html', url), url);
    if (!x.result.ok) throw new Error('no posting');
    const text = x.result.posting.text;
    const sectionOf = (needle: string) => sectionedSentences(text).find((s) => text.slice(s.start, s.end).includes(needle))?.section;
    expect(sectionOf('Deploy models to the robots')).toBe('responsibilities');
    expect(sectionOf('Three years of experience with PyTorch')).toBe('requirements');
    expect(sectionOf('Health, dental and vision cover')).toBe('benefits');
  });
  it('so are headings each in a Bootstrap 4 card\'s "card-header" <div> (Pimcore), which is no page header, and headings wrapped in a link to their own anchor (Kirby)', () => {
    for (const [file, url, headings, needle] of [
      [
        'generic/pimcore.html',
        'https://www.vollrath-drives.example/en/careers/jobs/machine-learning-engineer-predictive-quality~j184',
        ['Your tasks', 'Your profile', 'What we offer'],
        'Several years of experience with Python',
      ],
      [
        'generic/kirby-cms.html',
        'https://fieldnote.example/jobs/machine-learning-engineer',
        ['What you will do', 'What you bring', 'How to apply'],
        'Good Python and PyTorch',
      ],
    ] as const) {
      const x = extractPosting(loadFixture(file, url), url);
      if (!x.result.ok) throw new Error(`no posting in ${file}`);
      const text = x.result.posting.text;
      expect(text.split('\n')).toEqual(expect.arrayContaining([...headings]));
      expect(sectionedSentences(text).find((s) => text.slice(s.start, s.end).includes(needle))?.section).toBe('requirements');
    }
  });
});

describe('a list of skills as tags', () => {
  it('its tags (buttons, each a list item) are read as the skills under "Must have", not left out as controls', () => {
    const url = 'https://nofluffjobs.com/job/data-engineer-vistula-payments-warszawa';
    const x = extractPosting(loadFixture('generic/nofluffjobs.html', url), url);
    if (!x.result.ok) throw new Error('no posting');
    const lines = x.result.posting.text.split('\n');
    expect(lines.slice(lines.indexOf('Must have'), lines.indexOf('Nice to have') + 3)).toEqual([
      'Must have',
      'Python',
      'SQL',
      'Apache Spark',
      'Airflow',
      'English (B2)',
      'Nice to have',
      'Kafka',
      'dbt',
    ]);
    // the "Apply" button beside it is still not read
    expect(x.result.posting.text).not.toMatch(/^Apply$/m);
  });
});

describe('does it read as a posting?', () => {
  it('a short hiring post does: "You\'d:" over bullets and "You\'ve shipped …" asking for experience, as "Have shipped …" does', () => {
    const post = [
      "We're hiring a machine learning engineer at Seagrass Labs (Lisbon or remote in Portugal)!",
      "We build models that map seagrass meadows and estimate the carbon they store from satellite and drone imagery. You'd:",
      '• train and evaluate segmentation models on our imagery',
      '• build the pipelines that run them over new images every week',
      "You've shipped deep learning models to production (PyTorch), and you're comfortable with geospatial data. €50–65k.",
      'Apply: seagrasslabs.example/jobs',
    ].join('\n');
    expect(readsAsPosting(post).posting).toBe(true);
    expect(readsAsPosting(post.replace("You've shipped", 'We have shipped')).posting).toBe(false);
  });

  it('a Korean posting with casual headings does: its benefits, hiring steps and experience say so', () => {
    const post = [
      '누리페이는 300만 명이 사용하는 간편결제 서비스입니다. 데이터플랫폼팀은 모든 결제와 정산 데이터를 안정적으로 수집합니다.',
      '합류하시면 함께 할 업무예요',
      '결제·정산 데이터를 수집하는 배치 및 스트리밍 파이프라인을 설계하고 운영합니다.',
      '이런 분과 함께 하고 싶어요',
      '데이터 파이프라인 개발 및 운영 경험이 3년 이상인 분',
      '혜택 및 복지',
      '자율 출퇴근제, 주 2회 재택근무',
      '채용 절차',
      '서류 전형 → 1차 인터뷰 → 2차 인터뷰 → 최종 합격',
    ].join('\n');
    expect(readsAsPosting(post)).toMatchObject({ english: false, posting: true });
  });

  it('a terse posting on a docs site reads as one: an employer hiring "our second" engineer, and requirements listed as "Have built …"', () => {
    const text = [
      'Open Atlas maintains open building footprints and street addresses for 90 countries. We are hiring our second data engineer.',
      'Run and improve the pipelines that merge government and satellite-derived data into our monthly release',
      'Move our conflation jobs from cron scripts to Dagster',
      'Write validation checks so a bad import never reaches a release',
      'Have built production data pipelines in Python',
      'Know SQL well',
      'Full-time, permanent. To apply, send your CV to jobs@openatlas.org.',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    // without the line that says what the reader has done, or without whom the employer hires, it says too little
    expect(readsAsPosting(text.replace('Have built', 'Built')).posting).toBe(false);
    expect(readsAsPosting(text.replace('our second', 'our')).posting).toBe(false);
  });
  it('terse section headings ("The job", "You") head a posting\'s sections as "Responsibilities" and "About you" do', () => {
    const text = [
      'Data Engineer',
      'Ledgerline is accounting software for property managers. Thousands of landlords reconcile rent with us every month.',
      'The job',
      'Build the pipelines that pull bank transactions from our banking partners into Postgres',
      'Own our event stream and the jobs that keep customer reports fast',
      'Design schemas and backfills that keep ledgers correct to the cent',
      'You',
      'Have built batch and streaming pipelines in production',
      'Write solid SQL and can read Ruby',
      'Remote, US time zones · Full-time · $140k–$165k + equity. To apply, email jobs@ledgerline.com.',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    expect(readsAsPosting(text.replace('The job', 'Our work').replace('\nYou\n', '\nAlso\n')).posting).toBe(false);
  });
  it('duties numbered as text ("1. Cleaning and analysing …", an internship board\'s lines) are a list of duties, and "Skill(s) required" asks for skills', () => {
    const text = [
      "Selected intern's day-to-day responsibilities include:",
      '1. Cleaning and analysing crop yield, weather and soil data',
      '2. Building and testing forecasting models in Python',
      '3. Preparing charts and short reports for our agronomy team',
      '4. Documenting datasets and experiments',
      'Skill(s) required',
      'Python, SQL, Statistics',
      'Who can apply',
      'Only those candidates can apply who are available for a full time (in-office) internship',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    expect(readsAsPosting(text.replace('Skill(s) required', 'Tags')).posting).toBe(false);
  });
  it("a request for proposals asks a firm for work, not a person for a job: no posting, though it lists duties and qualifications; a procurement officer's posting still is one", () => {
    const scope = [
      'The selected firm will:',
      'Design and build data pipelines that ingest data from departmental systems, with automated data quality checks.',
      'Migrate existing reports and dashboards to Power BI.',
      'Document the platform and train City IT staff to operate it.',
      'Minimum qualifications',
      'At least five years of experience delivering data platform projects for public sector clients.',
      'Key personnel with experience in Azure data services, SQL and Python.',
    ];
    const rfp = [
      'Request for Proposals 2026-117: Data Platform Modernization Services. Questions due December 1; proposals due December 18.',
      ...scope,
      'Submit proposals through the bid portal. Late proposals will not be accepted.',
    ].join('\n');
    expect(readsAsPosting(rfp).posting).toBe(false);
    const job = [
      'We are hiring a procurement officer to run our IT tenders. You will:',
      'Prepare requests for proposals and evaluate the bids we receive.',
      'Negotiate contracts with suppliers and manage their performance.',
      'Advise departments on procurement rules.',
      'Requirements',
      'At least three years of experience in public procurement.',
      'Salary $68,000–$74,000. Apply with your resume by December 18.',
    ].join('\n');
    expect(readsAsPosting(job).posting).toBe(true);
    // (the notice's own lines make it one: without them the same lists read as a posting's)
    expect(readsAsPosting(['We are hiring a data engineer. You will:', ...scope, 'Apply with your resume.'].join('\n')).posting).toBe(true);
  });
  it('a contractor\'s day rate ("£450–£550/day") is pay, as a yearly salary is', () => {
    const text = [
      'We are looking for a freelance data engineer to rebuild our reporting before our Series A.',
      'Build pipelines from Shopify and Recharge into BigQuery',
      'Model orders, subscriptions and churn with dbt',
      '£450–£550/day outside IR35, six months.',
    ].join('\n');
    expect(readsAsPosting(text).cues).toBe(readsAsPosting(text.replace('£450–£550/day', 'Six months,')).cues + 1);
  });
  it('a list of duties with requirements does', () => {
    const text = [
      'Data Engineer',
      'Build data pipelines from smart meters',
      'Maintain our Airflow DAGs and Spark jobs',
      'Model billing data in the warehouse',
      'Three years of experience with Python',
      'Send your CV to apply',
    ].join('\n');
    expect(readsAsPosting(text.repeat(2)).posting).toBe(true);
  });
  it('a client\'s brief that says whom it needs ("We need an experienced data engineer to: …") does, though its line breaks are lost (a freelance job read without its CSS)', () => {
    const text =
      'We are a mid-sized online retailer selling on Shopify and Amazon, and our reporting is done by hand in Excel every Monday. ' +
      'We need an experienced data engineer to: - Set up ingestion from Shopify and Postgres into Snowflake - Build dbt models for orders and margins - Orchestrate everything with Airflow ' +
      'Required: - 3+ years of data engineering experience with dbt and Airflow - Snowflake experience';
    expect(readsAsPosting(text).posting).toBe(true);
  });
  it('marketing copy that mentions experience and hiring does not', () => {
    const text = [
      'Data you can trust',
      'Our experience with hundreds of warehouses shows in every feature.',
      "We're hiring! Join our team and help data engineers everywhere.",
      'Automatic checks on freshness, volume and schema for every table.',
      'See which dashboards break when a column changes.',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(false);
  });
  it('an article about hiring needs a list of duties, not posting words', () => {
    const text = [
      'Responsibilities first, titles second',
      'We list requirements and qualifications; years of experience matter less than a degree.',
      'You will be surprised how much this changes who passes our interview.',
      'We are hiring, and our benefits are good.',
    ].join('\n');
    expect(readsAsPosting(text, false).posting).toBe(false);
    expect(readsAsPosting(text, true).posting).toBe(false);
  });
  it('a posting written as prose, with no headings or list, reads as one: it speaks to its reader and says how to apply', () => {
    const text = [
      'Fernleaf helps small farms sell directly to restaurants, and our data has outgrown its spreadsheets.',
      'As our first data engineer you will build the pipelines that bring orders and payments into one warehouse, and you will own its models and tests.',
      'You have a few years of experience building data pipelines in Python and SQL.',
      'The salary is £55,000 to £65,000. To apply, send a short note and your CV.',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    // on a page with an article's byline and date too (a company blog's "We're hiring")
    expect(readsAsPosting(text, true).posting).toBe(true);
    // the same words without the second "you will" or without a way to apply: an article about a job, not a posting
    expect(readsAsPosting(text.replace(', and you will own', ', owning')).posting).toBe(false);
    expect(readsAsPosting(text.replace(', and you will own', ', owning'), true).posting).toBe(false);
    expect(readsAsPosting(text.replace('To apply, send a short note and your CV.', '')).posting).toBe(false);
  });
  it('a terse posting under "What the job involves" and "Who you are" reads as one (Otta-style headings, no "you\'ll", no "experience with")', () => {
    const text = [
      'Data Scientist, Pricing',
      'London · Hybrid · £65-80k',
      'Apply',
      'What the job involves',
      "Set prices for Pennywise's car insurance products with statistical models of claims risk",
      'Design and read the experiments that test price changes safely',
      'Who you are',
      'Strong statistics: GLMs, Bayesian methods, causal inference',
      'Fluent in Python or R, and SQL',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    // the same words without the two headings are a list of phrases, not a posting
    expect(readsAsPosting(text.replace('What the job involves\n', '').replace('Who you are\n', '')).posting).toBe(false);
  });
  it('a short posting whose lists follow lead-ins that speak to the reader ("As a Senior Data Scientist, you will:", "We\'d love you to have:") reads as one', () => {
    const text = [
      'Adriatic Games makes free-to-play mobile puzzle games played by 12 million people a month.',
      'As a Senior Data Scientist, you will:',
      'Own the design and analysis of A/B tests on levels, offers and ads',
      'Build player lifetime value and churn models that guide marketing spend',
      'Dig into player behaviour to find what keeps people playing',
      "We'd love you to have:",
      '5+ years of experience in data science, ideally in games or consumer apps',
      'Deep knowledge of experimentation and statistics',
      'Why Adriatic: a yearly bonus and four weeks of remote work a year from anywhere.',
    ].join('\n');
    expect(readsAsPosting(text).posting).toBe(true);
    // the same lists without their lead-ins are no posting
    expect(readsAsPosting(text.replace('As a Senior Data Scientist, you will:\n', '').replace("We'd love you to have:\n", '')).posting).toBe(false);
  });
  it('a posting in its own words reads as one: headings no list knows, labelled fields, an employer that says whom it seeks', () => {
    // headings worded their own way, no "Responsibilities" or "Requirements" line
    const own = [
      'Essential Duties and Responsibilities',
      'Maintain the nightly loads from the billing system into the warehouse, and fix them when they fail.',
      'Education and Experience',
      'Five years of SQL development; a degree in information systems or equivalent experience.',
      'Benefits & perks',
      'Medical, dental and vision coverage from day one, and a 401(k) with a match.',
    ].join('\n');
    expect(readsAsPosting(own).posting).toBe(true);
    // a staffing agency's labelled fields
    const fields = [
      'Job Title: MongoDB Data Engineer',
      'Location: Waltham MA (Onsite)',
      'Contract: Long Term',
      'Job Description:',
      '· Schedule and monitor the triggers and cron tasks of the ingestion jobs.',
      '· Monitor database performance and optimize queries for efficiency.',
    ].join('\n');
    expect(readsAsPosting(fields).posting).toBe(true);
    // prose: the employer says whom it seeks, and what they will be responsible for
    const prose = [
      'The National Gallery is recruiting an Information Technology Specialist for its analytics division.',
      'This position is responsible for developing analytic products in partnership with other IT specialists and curators, and for documenting the data they use.',
      'Candidates need three years of experience with Python or R and with relational databases, and a degree in a quantitative field.',
    ].join('\n');
    expect(readsAsPosting(prose).posting).toBe(true);
    expect(
      readsAsPosting(`We’re looking for a Machine Learning Engineer to deploy and monitor our models in production.\n${prose.split('\n').slice(1).join('\n')}`)
        .posting,
    ).toBe(true);
    // a contractor's labelled fields and a line of duties, and an employer that names whom it seeks
    expect(
      readsAsPosting(
        'Title - Data Engineer\nLocation • San Jose, CA\nDuration • 8 Months\nPay rate • $91.55 per hour on W2\nWrite complex SQL queries that measure the software base, and create dashboards in Tableau.\nApply statistical methods to large volumes of data.\nMust have 5+ years of experience with SQL and Hadoop.',
      ).posting,
    ).toBe(true);
    expect(
      readsAsPosting(
        `IT Consulting Services Inc seeks Data Scientist for its Fairless, PA office to apply models to health data.\n${prose.split('\n').slice(1).join('\n')}`,
      ).posting,
    ).toBe(true);
    // the same words about hiring, with no one sought and nothing to do, are not a posting
    expect(
      readsAsPosting('We are recruiting all year round. Our benefits are generous and our people are responsible for our success. Apply any time.').posting,
    ).toBe(false);
  });

  it("a course's page and a person's CV list duties and requirements too, and are no postings; a lecturer's posting about modules and tuition still is one", () => {
    const course =
      'Course overview\nData scientists are in demand in every sector. This course gives you the statistical foundations, programming skills and machine learning methods you need.\nYou will work on real projects with our industry partners.\nWhat you will study\nStatistical Modelling (30 credits)\nMachine Learning (30 credits)\nData Engineering (15 credits)\nEntry requirements\nYou will need a 2:1 honours degree in a quantitative subject. Applicants with relevant work experience will be considered. International students need IELTS 6.5.\nHow to apply\nApply online with your transcripts and a personal statement.';
    const lecturer =
      'Lecturer in Data Science\nResponsibilities\nTeach on undergraduate and postgraduate modules in machine learning and statistics.\nSupervise dissertations and contribute to course structure reviews.\nRequirements\nA PhD in statistics or computer science and experience of teaching. We offer tuition fee waivers for staff.\nApply by 10 December.';
    const cv =
      'Curriculum Vitae\nData engineer with six years of experience building pipelines.\nExperience\nSenior Data Engineer, Brightpay (2023–present)\nLed the migration of 300 Airflow DAGs to BigQuery and dbt.\nData Engineer, Northway Retail (2020–2023)\nDesigned the stock data model used by 40 analysts.\nSkills: Python, SQL, dbt. Download my CV.';
    expect(readsAsPosting(course).posting).toBe(false);
    // (the same page in a posting's words reads as one)
    const job = course
      .replace('Course overview', 'Overview')
      .replace('What you will study', 'What you will do')
      .replace('Entry requirements', 'Requirements')
      .replace(/ \(\d+ credits\)/g, '')
      .replace('IELTS 6.5', 'a visa');
    expect(readsAsPosting(job).posting).toBe(true);
    expect(readsAsPosting(lecturer).posting).toBe(true);
    expect(readsAsPosting(cv).posting).toBe(false);
    expect(readsAsPosting(cv.replace('Download my CV.', 'Send us your CV.').replace('Curriculum Vitae', 'Data Engineer')).posting).toBe(true);
  });

  it('Russian, Arabic and Turkish postings read as postings in another language, not as no posting', () => {
    const ru =
      'Мы ищем инженера данных в команду аналитики.\nОбязанности\nРазработка и поддержка конвейеров данных на Airflow и Spark.\nПроектирование хранилища данных.\nТребования\nОпыт работы с SQL и Python от трёх лет.\nЗнание Kafka будет плюсом.\nМы предлагаем\nУдалённую работу и гибкий график, медицинскую страховку и обучение за счёт компании.';
    const ar =
      'نبحث عن مهندس بيانات للانضمام إلى فريقنا في الرياض.\nالمسؤوليات\nتطوير خطوط البيانات وصيانتها باستخدام Airflow و Spark.\nتصميم مستودع البيانات وتوثيقه.\nالمتطلبات\nخبرة لا تقل عن ثلاث سنوات في SQL و Python.\nالمؤهلات\nشهادة في علوم الحاسوب أو مجال ذي صلة، مع القدرة على العمل ضمن فريق متعدد التخصصات والتواصل مع الإدارات الأخرى.';
    const tr =
      'Veri ekibimize katılacak bir veri mühendisi arıyoruz.\nSorumluluklar\nAirflow ve Spark ile veri hatları geliştirmek ve sürdürmek.\nVeri ambarı tasarlamak.\nAranan nitelikler\nSQL ve Python ile en az üç yıl deneyim.\nKafka bilgisi artı olarak değerlendirilecektir.\nBaşvuru için özgeçmişinizi gönderin, hibrit çalışma imkanı sunuyoruz.';
    for (const text of [ru, ar, tr]) expect(readsAsPosting(text)).toMatchObject({ posting: true, english: false });
  });

  it('a list of duties and requirements beside an "Apply" button reads as a posting, though a button\'s text is not read', () => {
    const body =
      '<p>Responsibilities:</p><ul><li>Design, implement and support scalable data systems in Java and Scala</li><li>Build batch and streaming pipelines on Kafka and Spark</li><li>Work with analysts on the warehouse models they query</li><li>Experience with Kafka, and care for the people who use the data</li></ul>';
    const page = (control: string) =>
      `<!doctype html><html><head><title>Data Engineer - Jobs | Findwork</title></head><body><main><section class="detail"><div class="detail-header"><h1>Data Engineer</h1><div>Acme Logistics · New York, NY</div>${control}</div><div class="detail-body">${body}</div></section></main></body></html>`;
    const url = 'https://findwork.example/jobs/1';
    const x = extractPosting(loadDocument(page('<button>Apply now</button>'), url), url);
    // its first section's heading, a paragraph over the list, is read with it
    expect(x.result.ok && x.result.posting.text.split('\n').slice(0, 2)).toEqual([
      'Responsibilities:',
      'Design, implement and support scalable data systems in Java and Scala',
    ]);
    expect(extractPosting(loadDocument(page('<button>Save</button>'), url), url).result.ok).toBe(false);
  });

  it('a Japanese posting is read as a posting in another language: its words have no spaces between them', () => {
    const url = 'https://minato.example/recruit/jobs/de';
    const x = extractPosting(loadFixture('generic/japanese.html', url), url);
    expect(x.result.ok && x.result.posting).toMatchObject({ title: 'データエンジニア', company: '株式会社ミナト' });
    expect(x.result.ok && x.result.posting.text).toContain('データパイプラインの設計・開発（Airflow、dbt）');
  });

  it('Danish, Norwegian, Finnish, Czech, Hungarian, Romanian and Indonesian postings read as postings in another language', () => {
    const texts = [
      'Nordvind Forsikring er et af Danmarks største forsikringsselskaber, og vi søger en data scientist til vores team.\nDine opgaver\nUdvikle og vedligeholde churn-modeller og designe A/B-test af kampagner.\nDin profil\nKandidat i statistik eller matematik med erfaring med Python og SQL.\nAnsøgningsfrist: 10. december.',
      'Vi søker en dataingeniør til vårt analyseteam i Oslo, som skal bygge dataplattformen vår.\nArbeidsoppgaver\nUtvikle og drifte dataflyt i Airflow og dbt.\nKvalifikasjoner\nMinst tre års erfaring med SQL og Python, og gode samarbeidsevner.\nVi tilbyr fleksibel arbeidstid og hjemmekontor. Søknadsfrist 1. desember.',
      'Etsimme data-insinööriä analytiikkatiimiimme Helsinkiin rakentamaan dataputkia ja tietovarastoa.\nTehtävät\nDataputkien kehittäminen ja ylläpito Airflow- ja Spark-ympäristössä.\nVaatimukset\nKokemusta SQL:stä ja Pythonista vähintään kolme vuotta.\nTarjoamme joustavan työajan ja etätyömahdollisuuden. Hakemus ja CV 10.12. mennessä.',
      'Hledáme datového inženýra do našeho analytického týmu v Praze, který bude stavět datovou platformu.\nNáplň práce\nVývoj a údržba datových toků v Airflow a Sparku.\nPožadavky\nAlespoň tři roky zkušenosti s SQL a Pythonem.\nNabízíme flexibilní pracovní dobu, práci z domova, pět týdnů dovolené a příspěvek na penzijní spoření.',
      'Adatmérnököt keresünk budapesti elemző csapatunkba, aki az adatplatformunkat építi és üzemelteti.\nFeladatok\nAdatfolyamok fejlesztése és karbantartása Airflow és Spark környezetben.\nElvárások\nLegalább három év tapasztalat SQL és Python területén.\nRugalmas munkaidőt és otthoni munkavégzést kínálunk. Jelentkezés önéletrajzzal.',
      'Căutăm un inginer de date pentru echipa noastră de analiză din București, care să construiască platforma de date.\nResponsabilități\nDezvoltarea și întreținerea fluxurilor de date în Airflow și Spark.\nCerințe\nCel puțin trei ani de lucru cu SQL și Python.\nOferim program flexibil, lucru de acasă și asigurare medicală privată.',
      'Kami mencari data engineer untuk bergabung dengan tim analitik kami di Jakarta dan membangun platform data.\nTanggung jawab\nMengembangkan dan memelihara pipeline data dengan Airflow dan Spark.\nKualifikasi\nPengalaman minimal tiga tahun dengan SQL dan Python, serta mampu bekerja dalam tim. Kirimkan CV Anda sebelum 10 Desember.',
    ];
    for (const text of texts) expect(readsAsPosting(text)).toMatchObject({ posting: true, english: false });
  });

  it('Croatian, Serbian, Slovenian, Lithuanian, Latvian, Estonian and Persian postings read as postings in another language', () => {
    const texts = [
      'Tražimo podatkovnog inženjera za naš analitički tim u Zagrebu koji će graditi podatkovnu platformu.\nOpis posla\nRazvoj i održavanje podatkovnih tokova u Airflowu i Sparku.\nUvjeti\nNajmanje tri godine iskustva sa SQL-om i Pythonom.\nNudimo fleksibilno radno vrijeme i rad od kuće. Prijave šaljite do 10. prosinca.',
      'Tražimo inženjera podataka za naš analitički tim u Beogradu koji će razvijati platformu podataka.\nOpis posla\nRazvoj i održavanje tokova podataka u Airflow i Spark okruženju.\nUslovi\nNajmanje tri godine radnog iskustva sa SQL i Python jezicima.\nNudimo fleksibilno radno vreme, rad od kuće i privatno zdravstveno osiguranje.',
      'Iščemo podatkovnega inženirja za našo analitsko ekipo v Ljubljani, ki bo gradil podatkovno platformo.\nOpis delovnega mesta\nRazvoj in vzdrževanje podatkovnih tokov v okolju Airflow in Spark.\nPričakujemo\nVsaj tri leta izkušenj s SQL in Pythonom.\nNudimo gibljiv delovni čas, delo od doma in dodatno pokojninsko zavarovanje.',
      'Ieškome duomenų inžinieriaus į mūsų analitikos komandą Vilniuje, kuris kurs duomenų platformą.\nDarbo pobūdis\nDuomenų srautų kūrimas ir palaikymas Airflow ir Spark aplinkoje.\nReikalavimai\nBent trejų metų patirtis su SQL ir Python.\nSiūlome lankstų darbo grafiką, darbą iš namų ir papildomą sveikatos draudimą.',
      'Meklējam datu inženieri mūsu analītikas komandā Rīgā, kas veidos datu platformu.\nPienākumi\nDatu plūsmu izstrāde un uzturēšana Airflow un Spark vidē.\nPrasības\nVismaz trīs gadu pieredze darbā ar SQL un Python.\nPiedāvājam elastīgu darba laiku, attālinātu darbu un veselības apdrošināšanu. Pieteikumus gaidām līdz 10. decembrim.',
      'Otsime andmeinseneri meie analüütikameeskonda Tallinnas, kes ehitaks meie andmeplatvormi.\nTööülesanded\nAndmevoogude arendamine ja haldamine Airflow ja Spark keskkonnas.\nNõuded\nVähemalt kolmeaastane kogemus SQL-i ja Pythoniga.\nPakume paindlikku tööaega, kaugtöö võimalust ja tervisekindlustust. Kandideeri hiljemalt 10. detsembril.',
      'ما به دنبال یک مهندس داده برای تیم تحلیل داده در تهران هستیم که پلتفرم داده ما را توسعه دهد.\nشرح شغل\nطراحی، توسعه و نگهداری جریان‌های داده با Airflow و Spark و همکاری با تیم تحلیل.\nمهارت‌های مورد نیاز\nحداقل سه سال سابقه کار با SQL و Python و آشنایی با انبار داده.\nمزایا\nساعت کاری منعطف، امکان دورکاری و بیمه تکمیلی برای همه همکاران.',
    ];
    for (const text of texts) expect(readsAsPosting(text)).toMatchObject({ posting: true, english: false });
  });

  it('Dutch and Italian postings headed with questions ("Wat ga je doen?", "Cosa farai"), and Malay postings, read as postings in another language', () => {
    const texts = [
      'Kami sedang membina platform data untuk menjejak penghantaran dan stok di gudang kami di seluruh Malaysia.\nTanggungjawab:\nMembina dan menyelenggara saluran data menggunakan Airflow dan Spark.\nKelayakan:\nIjazah Sarjana Muda dalam Sains Komputer dan dua tahun kerja dengan Python.\nFaedah: Insurans perubatan dan bonus tahunan.',
      'Als data scientist help je ons beter te voorspellen wanneer bruggen en sluizen onderhoud nodig hebben.\nWat ga je doen?\nJe ontwikkelt voorspellende modellen en vertaalt de uitkomsten naar adviezen.\nWat vragen wij?\nEen afgeronde opleiding in statistiek en minimaal twee jaar ervaring met Python.\nWat bieden wij?\nEen goed salaris en de mogelijkheid om deels thuis te werken.',
      'Siamo una società di logistica di Bologna e cerchiamo un data engineer per il nostro team di analisi dei dati.\nCosa farai\nSvilupperai e manterrai le pipeline di dati in Airflow e Spark.\nChi cerchiamo\nUna persona con almeno tre anni nel ruolo, con una buona conoscenza di SQL e Python.\nCosa offriamo\nContratto a tempo indeterminato e lavoro ibrido.',
    ];
    for (const text of texts) expect(readsAsPosting(text)).toMatchObject({ posting: true, english: false });
  });

  it('a French posting is read as a posting in another language', () => {
    const text =
      "Vos missions\nAu sein de l'équipe data, vous concevez et maintenez les pipelines de données.\nVotre profil\nVous avez au moins trois ans d'expérience en ingénierie des données et une bonne maîtrise de SQL et de Python. Vous aimez le travail en équipe.\nPour postuler, envoyez votre candidature avec votre CV et une lettre de motivation.";
    expect(readsAsPosting(text)).toMatchObject({ posting: true, english: false });
  });
});

describe('what is rendered', () => {
  it('reads hiding rules from the page, outside @media blocks only', () => {
    const doc = loadDocument(
      '<style>.a.is-closed{display:none}.sr{position:absolute;width:1px;height:1px;clip:rect(0 0 0 0)} @media (max-width:600px){.b{display:none}} .c:hover{display:none}</style><div class="a is-closed">x</div><div class="b">y</div><span class="sr">z</span>',
    );
    expect(hidingSelectors(doc)).toEqual(['.a.is-closed', '.sr']);
    const hidden = hiddenTest(doc);
    expect(hidden(doc.querySelector('.a')!)).toBe(true);
    expect(hidden(doc.querySelector('.b')!)).toBe(false);
    expect(hidden(doc.querySelector('.sr')!)).toBe(true);
  });
  it('reads a sheet of 200,000 unclosed comments in one pass (a comment-stripping regex took 46 s on it)', () => {
    const doc = loadDocument(`<style>${'/* {'.repeat(200_000)}</style><style>.x{display:none}</style><p class="x">x</p>`);
    const t0 = performance.now();
    expect(hidingSelectors(doc)).toEqual(['.x']);
    expect(performance.now() - t0).toBeLessThan(5_000); // quadratic work takes most of a minute here
  });
  it("a framework's thousands of rules before the page's own do not use up the rules read", () => {
    const framework = Array.from({ length: MAX_RULES + 1000 }, (_, i) => `.u-${i}{margin:${i}px}`).join('');
    const doc = loadDocument(`<style>${framework}</style><style>.quickview{display:none}</style><div class="quickview">x</div>`);
    expect(hidingSelectors(doc)).toEqual(['.quickview']);
    // a hostile sheet of hiding rules is still cut at MAX_RULES
    const hostile = loadDocument(`<style>${Array.from({ length: MAX_RULES + 50 }, (_, i) => `.h${i}{display:none}`).join('')}</style>`);
    expect(hidingSelectors(hostile)).toHaveLength(MAX_RULES);
  });
  it("breakpoint classes read as a desktop shows them: Bootstrap's and Tailwind's desktop-only copies shown, phone-only ones hidden", () => {
    const doc = loadDocument(
      '<style>.d-none{display:none}.hidden{display:none}</style>' +
        '<div id="bs" class="d-none d-lg-block">B</div><div id="tw" class="hidden lg:flex">T</div><div id="bsm" class="d-lg-none">m</div><div id="twm" class="block md:hidden">m</div>' +
        // the widest breakpoints (2xl, xxl) are wider than the desktop read
        '<div id="xxl" class="d-none d-xxl-block">x</div><div id="x2" class="2xl:hidden">x</div><div id="plain" class="d-none">p</div>',
    );
    const hidden = hiddenTest(doc);
    const h = (id: string) => hidden(doc.getElementById(id)!);
    expect([h('bs'), h('tw'), h('bsm'), h('twm'), h('xxl'), h('x2'), h('plain')]).toEqual([false, false, true, true, true, false, true]);
    // with layout, the page's own layout decides: the markup test does not hide a desktop-only copy
    expect(hiddenByMarkup(doc.getElementById('bs')!)).toBe(false);
    expect(hiddenByMarkup(doc.getElementById('bsm')!)).toBe(false);
  });
  it('a closed <details> shows its summary only; Tailwind "hidden md:block" is shown on a desktop', () => {
    const doc = loadDocument(
      '<details><summary>Q</summary><div id="a">A</div></details><details open><summary>Q</summary><div id="b">B</div></details><div id="t" class="hidden md:block">T</div><div id="s" class="sr-only">S</div>',
    );
    expect(hiddenByMarkup(doc.getElementById('a')!)).toBe(true);
    expect(hiddenByMarkup(doc.getElementById('b')!)).toBe(false);
    expect(hiddenByMarkup(doc.getElementById('t')!)).toBe(false);
    expect(hiddenByMarkup(doc.getElementById('s')!)).toBe(true);
  });
  it('labels for screen readers only are not read: Canada.ca\'s "wb-inv" (Job Bank\'s "Location Regina (SK)"), WordPress\'s "screen-reader-*"', () => {
    const doc = loadDocument(
      '<li><span id="w" class="wb-inv">Location</span> Regina (SK)</li><a id="k" class="screen-reader-shortcut" href="#c">Skip</a><span id="v" class="wb-invoice">V</span>',
    );
    expect(hiddenByMarkup(doc.getElementById('w')!)).toBe(true);
    expect(hiddenByMarkup(doc.getElementById('k')!)).toBe(true);
    expect(hiddenByMarkup(doc.getElementById('v')!)).toBe(false);
  });
});

describe('JSON-LD as search engines read it', () => {
  it('forgives raw control characters inside strings and a trailing semicolon', () => {
    expect(parseLenient('{"a":"line one\nline\ttwo"};')).toEqual({ a: 'line one\nline\ttwo' });
    expect(parseLenient('{"a": [1, 2')).toBeUndefined();
  });
  it('decodes entities in the title and company, as text', () => {
    const doc = loadDocument(
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'R&amp;D Data Scientist', hiringOrganization: { name: 'AT&amp;T' }, description: 'Build models for the R&amp;D team and present the results to engineers.' })}</script>`,
    );
    expect(extractJsonLd(doc)).toMatchObject({ title: 'R&D Data Scientist', company: 'AT&T' });
  });
  it('a block nested 100,000 deep is skipped without a throw, and the page is still read', () => {
    const deep = '{"@type":"JobPosting","title":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const html = `<script type="application/ld+json">${deep}</script><main><h1>Data Engineer</h1><h2>Responsibilities</h2><ul><li>Build and maintain data pipelines in Spark and Airflow.</li><li>Design data models for the analytics team.</li><li>Monitor data quality and fix broken loads.</li></ul><p>Requirements: three years of experience with Python and SQL. Apply with your CV.</p></main>`;
    const x = extractPosting(loadDocument(html, 'https://x.example/jobs/1'), 'https://x.example/jobs/1');
    expect(x.result).toMatchObject({ ok: true, posting: { source: 'generic', title: 'Data Engineer' } });
  });
});

describe('bounded cost', () => {
  it('reads 4,000 levels of nested lists without quadratic work or a stack overflow', () => {
    const depth = 4000;
    const html = `<main><h1>Data Engineer</h1>${'<ul><li>Build and maintain the data pipelines for level x.'.repeat(depth)}${'</li></ul>'.repeat(depth)}</main>`;
    const t0 = performance.now();
    const x = extractPosting(loadDocument(html, 'https://x.example/'), 'https://x.example/');
    expect(performance.now() - t0).toBeLessThan(20_000); // quadratic work takes minutes here
    expect(x.result.ok === true || x.result.ok === false).toBe(true);
  });
});

describe('bounded cost, drawers', () => {
  it('looks for a posting in 8,000 nested "drawer" divs of a saved page (linkedom, as the CLI reads it) without quadratic work', async () => {
    const { parseHTML } = await import('linkedom');
    const { readPosting } = await import('@/lib/extract/read');
    const { readGeneric } = await import('@/lib/extract/generic');
    const depth = 8000;
    const { document } = parseHTML(
      `<html><body><main><h1>Jobs</h1>${'<div class="drawer">lorem ipsum dolor sit amet, consectetur adipiscing elit sed do '.repeat(depth)}${'</div>'.repeat(depth)}</main></body></html>`,
    );
    const t0 = performance.now();
    const x = readPosting(document as unknown as Document, 'https://x.example/jobs', { generic: readGeneric });
    // each panel's whole text read, or each checked against the ones taken: about 20 s here; read once, about 1 s
    expect(performance.now() - t0).toBeLessThan(8_000);
    expect(x.result.ok).toBe(false);
  });
});

describe('bounded cost, apply bars', () => {
  it('weighs a block of 80,000 "Apply" buttons after a posting (is it a sticky apply bar?) without reading it button by button', async () => {
    const { parseHTML } = await import('linkedom');
    const { readPosting } = await import('@/lib/extract/read');
    const { readGeneric } = await import('@/lib/extract/generic');
    const post =
      '<div class="desc"><p>We are hiring a data engineer to build and run the pipelines behind our product analytics.</p><ul><li>Build batch pipelines with Spark and Airflow on AWS</li><li>Model data in Snowflake with dbt for our analysts</li></ul><p>You have five years of experience with SQL and Python in production.</p></div>';
    const bar = `<div class="bar">Apply now to join us: this team welcomes you and the work is great for everyone here. ${'<button>Apply x</button> '.repeat(80_000)}</div>`;
    const { document } = parseHTML(`<html><body><main><h1>Data Engineer</h1>${post}${bar}</main></body></html>`);
    const t0 = performance.now();
    const x = readPosting(document as unknown as Document, 'https://x.example/jobs/1', { generic: readGeneric });
    // each button's label cut from the block's whole text: about 23 s here; the controls counted first, about 1 s
    expect(performance.now() - t0).toBeLessThan(8_000);
    expect(x.result).toMatchObject({ ok: true, posting: { title: 'Data Engineer' } });
  });
});

describe('bounded cost, collapsed sections', () => {
  it('opens collapsed panels on a page 3,000 levels deep with 20,000 hidden leaves at the bottom without quadratic work', () => {
    const depth = 3000;
    const leaves = '<span hidden>x</span>'.repeat(20_000);
    const html = `<main><h1>Data Engineer</h1><button aria-expanded="false" aria-controls="p1">Details</button><div id="p1" hidden><p>Nothing here.</p></div>${'<div>'.repeat(depth)}${leaves}${'</div>'.repeat(depth)}</main>`;
    const t0 = performance.now();
    const x = extractPosting(loadDocument(html, 'https://x.example/'), 'https://x.example/');
    expect(performance.now() - t0).toBeLessThan(20_000); // a document query for each hidden leaf takes minutes here
    expect(x.result.ok).toBe(false);
  });
});

describe('a text shortened behind "Show more"', () => {
  const posting = `<main><h1>Data Engineer</h1><div class="desc"><p>Build and run the pipelines that move shipment events from Kafka into our Snowflake warehouse.</p><h2>What you'll do</h2><ul><li>Model raw tracking data into clean, tested tables with dbt and Airflow.</li><li>Own data quality checks, alerting and the on-call rota for your pipelines.</li><li>Work with analysts so the data they need arrives on time.</li></ul><h2>What you bring</h2><p>3+ years building data pipelines in Python or Scala.</p>`;
  it('is read whole; a menu\'s "Show more" over links is not opened, nor a page\'s hundreds of such controls', () => {
    const html = `${posting}<p class="rest" style="display:none">Strong SQL and experience with a cloud data warehouse.</p><button>Read more</button></div>
      <nav><ul><li><a href="/a">Jobs in Austin</a></li><li style="display:none"><a href="/d">Jobs in Dallas</a></li></ul><button>Show more</button></nav></main>`;
    const x = extractPosting(loadDocument(html, 'https://x.example/'), 'https://x.example/');
    expect(x.result.ok && x.result.posting.text).toMatch(/cloud data warehouse\.$/);
    expect(x.result.ok && x.result.posting.text).not.toMatch(/Dallas|Read more/);
    // hundreds of "See more" controls over hidden blocks: a few are asked, the posting still read as shown
    const many = `${posting}</div>${'<section><p hidden>Teaser text of another job, hidden until asked.</p><button>See more</button></section>'.repeat(400)}</main>`;
    const y = extractPosting(loadDocument(many, 'https://x.example/'), 'https://x.example/');
    expect(y.result.ok && y.result.posting.text).toMatch(/^Build and run the pipelines/);
    expect(y.result.ok && y.result.posting.text).not.toMatch(/Teaser text/);
  });
});

describe('bounded cost, deeper', () => {
  it('maps the text of 10,000 nested levels without a stack overflow', async () => {
    const { textMap } = await import('@/lib/extract/offsets');
    const { parseHTML } = await import('linkedom');
    const depth = 10_000;
    const { document } = parseHTML(`<html><body><main>${'<div><p>Level text here.</p>'.repeat(depth)}${'</div>'.repeat(depth)}</main></body></html>`);
    const m = textMap(document.querySelector('main') as unknown as Node);
    expect(m.text.split('\n').filter(Boolean)).toHaveLength(depth);
  });
});

describe("a board's page the generic reader reads on its own (a board on a company's domain, or markup its adapter no longer knows)", () => {
  it.each([
    ['linkedin-search.html', 'Machine Learning Engineer', 'Quayside Robotics'],
    ['linkedin-2025.html', 'Data Engineer', 'Halden Energy'],
    ['linkedin-guest.html', 'Data Scientist', 'Tidewater Bank'], // "topcard__org-name-link"
    ['indeed-2025.html', 'Machine Learning Engineer', 'Corvid Labs'], // a <style> inside the company's name
    ['greenhouse.html', 'Senior Data Scientist', 'Northwind Freight'],
    ['lever.html', 'Senior Data Scientist', 'Kelpie Analytics'], // "Kelpie Analytics - Senior Data Scientist": the job is the page's heading
    ['workday.html', 'Data Engineer II', 'Fenwick Mutual'],
    ['ashby.html', 'Machine Learning Platform Engineer', 'Lantern Health'], // "In this role you will" over its list
    ['smartrecruiters.html', 'Data Scientist – Pricing', 'Brightmoor Retail'], // microdata: the name in a <meta>
  ])('%s → %s at %s', (file, title, company) => {
    const url = 'https://careers.example.org/job/1';
    const x = extractPosting(loadFixture(file, url), url);
    expect(x.result.ok && x.result.posting).toMatchObject({ source: 'generic', title, company });
  });

  it('a short closing section of the posting\'s own ("What we offer": one line in a list) is read with it', () => {
    const url = 'https://careers.example.org/job/1';
    const x = extractPosting(loadFixture('lever.html', url), url);
    expect(x.result.ok && x.result.posting.text.split('\n').slice(-2)).toEqual(['What we offer', 'Thirty days of holiday and a pension.']);
  });
});

describe('the employer', () => {
  it.each([
    ['career-page.html', 'Ostrich Games'],
    ['generic/yc-title.html', 'Tallyho'],
    ['generic/life-at.html', 'Juno Travel'],
    ['generic/seek.html', 'Bramble Insurance'], // data-automation="advertiser-name": SEEK's and Jobstreet's employer
    ['generic/amazon-jobs.html', 'Amazon'], // "… - Job ID: 2891234 | Amazon.jobs": a reference is not the employer
    ['generic/glassdoor.html', 'Harbor Insurance'],
    ['generic/wix.html', 'Birchwood Analytics'], // "Data Scientist | Birchwood Analytics": a name may hold a job word
    ['generic/notion.html', 'Quokka'], // og:site_name "Quokka on Notion"
    ['generic/eightfold.html', 'Meridian Bank'], // "Data Engineer - Data Platform | Careers at Meridian Bank"
    ['generic/stepstone.html', 'Nordwind Versicherung'], // marked "header-company-name"; the page title's "Hamburg" is a city
    ['generic/webflow.html', 'Loomwise'],
    ['generic/career-microsite.html', 'Halcyon Grid'], // page title "Careers": the brand in the site's header
    ['generic/dice.html', 'Vertex Consulting Group'], // marked data-cy="companyNameLink"; "Data Scientist - Remote - Contract | Dice.com": "Remote" is how, not who
    // schema.org microdata hiringOrganization
    ['generic/agency-microdata.html', 'Harbour Recruitment'],
    ['generic/nhs-jobs.html', 'Northshire Integrated Care Board'], // id="employer_name"; the page title's "NHS Jobs" is the board
    // "… - software/QA/DBA - job employment - craigslist": a category, not a name
    ['generic/classifieds.html', undefined],
    ['generic/hn-comment.html', 'Lanternfish'], // "Lanternfish | Senior ML Engineer | Remote (US/EU) | … | Hacker News"
    // the logo's alt, on a link that is not "/"
    ['generic/oracle-cx.html', 'Corvane Logistics'],
    // og:site_name names the board, the header's company link the employer
    ['generic/welcome-to-the-jungle.html', 'Fjord AI'],
    // a page title that names neither the job nor whose careers these are: the site, not the employer
    ['generic/civil-service-jobs.html', undefined],
    // "Machine Learning Engineer at Parallax Robotics • San Francisco | Wellfound": a bullet separates the city
    ['generic/wellfound.html', 'Parallax Robotics'],
    ['generic/reed.html', 'Mancunian Insurance Group'],
    // "Data Engineer Job in Leeds | CV-Library": the board's name, not the agency that posted the job
    ['generic/cv-library.html', undefined],
    ['generic/jora.html', 'Kookaburra Energy'],
    ['generic/talentbrew.html', 'Meridian Bank'],
    ['generic/join.html', 'Tessellate GmbH'],
    ['generic/talent-com.html', 'Oakridge Analytics'],
    // "Meta Careers": the site's name, for the employer's careers
    ['generic/meta-careers.html', 'Meta'],
    // "… job at Lakeshore State University | HigherEdJobs": whose job, in the title's second part; the board's name last
    ['generic/higheredjobs.html', 'Lakeshore State University'],
    // a fact labelled "Organisation/Company"; the page's logo is the site's (the European Commission)
    ['generic/euraxess.html', 'University of Valmont'],
    ['generic/brassring.html', 'Westbridge Insurance'],
    ['generic/jobylon.html', 'Fjällmark Energi'],
    ['generic/stripe-jobs.html', 'Stripe'],
    ['generic/xing.html', 'Alpenwerk Versicherung'],
    ['generic/nature-careers.html', 'Wellmore Institute'],
    ['generic/workingnomads.html', 'Quillon'],
    // "Machine Learning Engineer - Personalization | Spotify": the bar sets the site's name apart from the job's qualifier
    ['generic/spotify.html', 'Spotify'],
    // marked "company-name", written "at Brightline Robotics"
    ['generic/greenhouse-embed.html', 'Brightline Robotics'],
    ['generic/arc-dev.html', 'Tessaract Health'],
    ['generic/teamtailor-plain.html', 'Kelp Analytics'],
    // "We're hiring: Data Scientist – Tidepool Foods Blog": the company's blog, not its name
    ['generic/wp-comments.html', 'Tidepool Foods'],
    ['generic/trakstar.html', 'Bramblewood Credit Union'],
    ['generic/paycor.html', 'Bluegrass Logistics'], // the logo's id names it (id="imgLogo"); the page title names only "Careers" // "… | Talent.com": the aggregator, not the employer
    // a board's result cards each name their employer: the one beside the posting, without its rating ("4.1 ★")
    ['generic/split-view.html', 'Harbor Insurance'],
    // marked "company"; a firm's name may end in a job word ("Analytics"), the page title names the board
    ['generic/show-more.html', 'Pecan Street Analytics'],
    // "Tidewave: Machine Learning Engineer | We Work Remotely"; the related jobs below are each marked "company" with their own employer
    ['generic/weworkremotely.html', 'Tidewave'],
    // the logo's alt "Fernleaf Careers" on Workday's logo link (data-automation-id="logoLink"), the page title only the job's
    ['generic/workday-custom-domain.html', 'Fernleaf'],
    // the page header's image, on no link home and marked nothing
    ['generic/adp-modal.html', 'Westbrook Health Partners'],
    // "Opportunity Details | Harbor Freight Logistics": a title that says it shows a job's details, then whose job
    ['generic/ukg-pro.html', 'Harbor Freight Logistics'],
    ['generic/microsoft-careers.html', 'Microsoft'],
    ['generic/rippling.html', 'Lumen Tide'],
    ['generic/apple-jobs.html', 'Apple'],
    ['generic/paylocity.html', 'Northgate Credit Union'],
    ['generic/dayforce.html', 'Bramble Foods'],
    // "Career Site | Senior Data Engineer": a title that names the site, not whose careers; the logo names the employer
    ['generic/cornerstone.html', 'Northbridge Health'],
    ['generic/paycom.html', 'Alder & Finch Insurance'],
    ['generic/zoho-recruit.html', 'Quillfeather'],
    ['generic/careerbuilder.html', 'Peachtree Logistics'],
    ['generic/totaljobs.html', 'Harrowgate Energy'],
    ['generic/simplyhired.html', 'Corvane Robotics'],
    ['generic/jobs-ac-uk.html', 'University of Farleigh'],
    ['generic/otta.html', 'Pennywise'],
    // an agency's site: the agency posts for an unnamed client
    ['generic/jobadder-agency.html', 'Harbourline Recruitment'],
    // sites where anyone posts: their page titles are the writers' own words ("… at main · quillmark/jobs · GitHub", "… | by Tomás Reyes | …")
    ['generic/github-markdown.html', undefined],
    ['generic/reddit-hiring.html', undefined],
    ['generic/medium-post.html', undefined],
    ['generic/handshake.html', 'Lumenfield Health'],
    ['generic/lensa-aggregator.html', 'Northgate Logistics'],
    // "… - Department of Statistics - Ridgeway University | Interfolio": a unit, then the employer
    ['generic/interfolio.html', 'Ridgeway University'],
    // the logo on the link home ("Careers" names no one)
    ['generic/salesforce-lwc.html', 'Harrowgate Mutual'],
    ['generic/testimonials.html', 'Kestrel Health'],
    ['generic/jobstreet.html', 'Lintang Logistics Sdn Bhd'],
    ['generic/section-cards.html', 'Tallow'],
    // "Data Scientist job with Wrenfield Housing Association | 4821377" on a board named "Guardian Jobs"
    ['generic/madgex.html', 'Wrenfield Housing Association'],
    // a humanitarian board's site name ("ReliefWeb") names the board: the fact "Organization" names the employer
    ['generic/reliefweb.html', 'Norwegian Refugee Council'],
    ['generic/manatal.html', 'Kopi Kita Group'],
    ['generic/govuk-findajob.html', 'Harbourside Housing Association'],
    // "Ingeniero de Datos - Bogotá, D.C. | Computrabajo": a board, and a city with its district's code, name no employer;
    // the link to the employer's page on the board ("/empresas/andina-logistica") does
    // "Data Engineer (m/w/d) – Karriere – Nordwerk Energie GmbH": "Karriere" names the site's page, as "Careers" does
    ['generic/german-company.html', 'Nordwerk Energie GmbH'],
    // "Job Opening: GIS Data Analyst - Tri-County Planning Commission": "Job Opening" labels the job, it names no one
    ['generic/bare-body.html', 'Tri-County Planning Commission'],
    // "… | Human Resources | Westbrook University": the section of the site that posts its jobs, not the employer
    ['generic/drupal-fields.html', 'Westbrook University'],
    // boards no list names: the employer's name marked beside the job ("job-organization", data-test="text-employerName") beats the board's site name;
    // a link run on after it ("O firmie": about the company) is not part of it
    ['generic/devex.html', 'Amani Health Partners'],
    ['generic/pracuj.html', 'Bryza Logistics Sp. z o.o.'],
    // "… - AcademicJobsOnline.Org": the board, and no other name in the title
    ['generic/charityjob.html', 'Riverside Food Trust'],
    ['generic/jobteaser.html', 'Veloria Mobility'],
    ['generic/efinancialcareers.html', 'Halden Capital Management'],
    ['generic/trademe.html', 'Tūī Energy Ltd'],
    // the logo in an older site's <div id="header">, as in a <header>
    ['generic/ox-vacancy.html', 'University of Oxbridge'],
    ['generic/neogov.html', 'Lakeshore County'],
    // a site named "Careers at Hearthstay": the employer's careers site, named for it
    ['generic/bnb-positions.html', 'Hearthstay'],
    ['generic/platsbanken.html', 'Norrlandsbanken AB'],
    ['generic/expired-shown.html', 'Harlow Freight'],
    ['generic/salary-widget.html', 'Maplecrest Insurance'],
    // "Acme Freight - Careers": a name, then the part of the site ("USAJOBS - Job Announcement" names a board)
    ['generic/title-divonly.html', 'Acme Freight'],
    ['generic/two-cell-table.html', 'Riverbend County'],
    ['generic/levelsfyi.html', 'Pinecrest'],
    // a form builder's site name is no employer (Tally, Typeform); "Vitally" would be one
    ['generic/tally-form.html', 'Fernway'],
    // (the board's name is none; the text names the employer: "Lakeshore Institute of Technology is an equal opportunity employer …")
    ['generic/academicjobsonline.html', 'Lakeshore Institute of Technology'],
    // (its link to "/remote-companies/tidewell" says what it does, "View company profile", and names no one)
    ['generic/remotive.html', 'Tidewell'],
    ['generic/instahyre.html', 'Kirana Pay'],
    ['generic/karriere-at.html', 'Alpenstrom Energie GmbH'],
    ['generic/infojobs.html', 'Mercalia Distribución'],
    ['generic/mycareersfuture.html', 'Straits Mobility Pte. Ltd.'],
    ['generic/the-muse.html', 'Evergreen Health'],
    // a staffing firm's own posting for a client it does not name
    ['generic/roberthalf.html', 'Robert Half'],
    // the logo in an older site's <div id="banner">
    ['generic/talentlink.html', 'Meridian Environment Agency'],
    // "Job: Senior Data Engineer - Careers - Quillsoft Wiki": the wiki is the employer's
    ['generic/confluence.html', 'Quillsoft'],
    // a forum's name ("Open Science Forum"), where the page title says whose job it is ("… Engineer at Kestrel Bio (Boston / remote US)")
    ['generic/discourse.html', 'Kestrel Bio'],
    // "Data Engineer - Nile Payments - Cairo, Egypt | Wuzzuf": a board's name is no employer
    ['generic/wuzzuf.html', 'Nile Payments'],
    // a firm's legal form is no board's category ("A/S", not "software/QA")
    ['generic/jobindex.html', 'Nordvind Forsikring A/S'],
    ['generic/pdf2html.html', undefined],
    ['generic/shopify-page.html', 'Fernleaf Coffee Co.'],
    ['generic/godaddy.html', 'Cascade Valley Credit Union'],
    ['generic/odoo-jobs.html', 'Brightforge Robotics'],
    // a logo anywhere, its text saying so ("Summit Ridge Health Logo")
    ['generic/taleo-be.html', 'Summit Ridge Health'],
    // a messaging app's name is no employer
    ['generic/telegram.html', undefined],
    // marked "CompanyInfo__Name" (camelCase words)
    ['generic/wantedly.html', '株式会社ハルカゼ'],
    // the link that comes first is the name, not the place and years after it
    ['generic/wanted-kr.html', '한빛페이'],
    ['generic/hirehive.html', 'Corrib Analytics'],
    ['generic/jobscore.html', 'Quillpoint'],
    ['generic/css-accordion.html', 'Tidemark Analytics'],
    ['generic/jobgether.html', 'Ostia Health'],
    ['generic/sharepoint.html', 'Eastmoor Council'],
    ['generic/jobtrain.html', 'Harrowgate University NHS Foundation Trust'],
    ['generic/simplify.html', 'Fenwick Pay'],
    ['generic/apec.html', "Assurances Mutuelles de l'Ouest"],
    ['generic/workforce-au.html', 'Southern Cross Water Corporation'],
    ['generic/cutshort.html', 'Kirana Credit'],
    ['generic/remote-co.html', 'Harborline'],
    // "… | Y Combinator": an accelerator's page names the startup beside the job
    ['generic/ycombinator-wats.html', 'Ledgerlight'],
    ['generic/lever-like-custom.html', 'Fieldnote'],
    // a page title's "job offer:" prefix is no name ("Stellenangebot: Data Scientist (m/w/d) - Stadtwerke Mittelhessen")
    ['generic/rexx.html', 'Stadtwerke Mittelhessen'],
    // "… in Leipzig bei Mitteldeutsche Versicherung | Jobsuche": German "bei" is "at"
    ['generic/arbeitsagentur.html', 'Mitteldeutsche Versicherung'],
    // a post's words quoted in its page's title, cut short: '… at Sentry Farms..." / X'
    ['generic/x-post.html', 'Sentry Farms'],
    ['generic/mastodon.html', 'Ferrovia'],
    // a platform's name after a post's title is not the employer ("… - DEV Community")
    ['generic/devto.html', undefined],
    // named only in the text: "Marlow County is seeking a GIS and Data Engineer …"
    ['generic/print-view.html', 'Marlow County'],
    // "The Quillsoft Handbook": a company's handbook
    ['generic/job-family.html', 'Quillsoft'],
    ['generic/hh-ru.html', 'ООО Северсталь-Цифра'],
    ['generic/saramin-kr.html', '한빛물류(주)'],
    ['generic/kariyer-tr.html', 'Anadolu Sigorta'],
    // a link to the employer's page on the board ("/gongsi/1.html", "/brands/vistula", "/companies/condor-seguros")
    ['generic/boss-zhipin.html', '云帆科技'],
    ['generic/justjoinit.html', 'Vistula Analytics'],
    ['generic/getonboard.html', 'Cóndor Seguros'],
    ['generic/computrabajo.html', 'Andina Logística S.A.S.'],
    // an employer labelled in Norwegian ("Arbeidsgiver"), not the board's own name
    ['generic/finn-no.html', 'Fjordkraft Nett AS'],
    // "… - 69 - LYON 03 - 187XKLM | France Travail": a département's number and a district are no names
    ['generic/francetravail.html', undefined],
    // "GC Jobs" is a board, not the jobs site of an employer "GC"
    ['generic/gc-jobs.html', 'Statistics Canada'],
    // "Mission freelance : …" (a space before the colon) is a label; "Paris" a city
    ['generic/malt.html', undefined],
    ['generic/doda.html', '株式会社ミドリ物流'],
    // "/jobs/by-company/123456/": a folder of companies after a dash
    ['generic/workua.html', 'ТОВ «Нова Логістика»'],
    // eight words, but for the firm's legal form ("Công ty Cổ phần") a name's length; not the board's ("TopCV")
    ['generic/topcv-vi.html', 'Công ty Cổ phần Thương mại Sao Việt'],
    // "… em São Paulo - SP | Catho": a state's code is no name; the employer kept confidential is named nowhere
    ['generic/catho.html', undefined],
    // "Data Analyst - Marigold Hotels | Harri": a recruiting system's name after the bar
    ['generic/harri.html', 'Marigold Hotels'],
    // "Doktorand i … - Norrlands universitet": beside the heading the page shows, in any language
    ['generic/varbi.html', 'Norrlands universitet'],
    // a section headed "Employer" whose fact "Name" names it; the site's logo is the European Commission's
    ['generic/eures.html', 'Medtronica Diagnostics GmbH'],
    // "Data Scientist – Temporary Agent (AD6) | European Union Agency for Transport Safety": an institution's name of six words
    ['generic/epso.html', 'European Union Agency for Transport Safety'],
    ['generic/gulftalent.html', 'Najd Telecom'],
    ['generic/careercross.html', 'Kanto Mobility K.K.'],
    ['generic/profesia-sk.html', 'Tatra Energetika a.s.'],
    ['generic/vagas-br.html', 'Seguradora Ipiranga'],
    // "Machine Learning Engineer - Recommendation Infrastructure - Join us": the part the heading shows after the job names a team
    ['generic/bytedance-jobs.html', undefined],
    // "… - Job at Kaveri Fintech in Bangalore - hirist.tech": whose job, without the place
    ['generic/hirist.html', 'Kaveri Fintech'],
    // named by no mark, link or title: "Plainsview State University is an Affirmative Action/Equal Opportunity Employer."
    ['generic/old-html-table.html', 'Plainsview State University'],
    ['generic/jobbank-ca.html', 'Prairie Grain Logistics Ltd.'],
    ['generic/walmart-careers.html', 'Walmart'],
    // og:site_name "Coda" names the doc tool; "Data Engineer · Loop Health Careers" the employer
    ['generic/coda-doc.html', 'Loop Health'],
    ['generic/rn-web.html', 'Pebble Pay'],
    // a GitHub issue's title says whose job it is: "[Remote] Data Engineer @ Fernhill Analytics · Issue #412 · …"
    ['generic/github-issue.html', 'Fernhill Analytics'],
    // "… - Glasgow - Scottish Python Users Forum": a place the post says it is in ("a consultancy in Glasgow") and a forum's name
    ['generic/phpbb.html', undefined],
    // "in Uber's bonus program" is no place: the employer still
    ['generic/uber-careers.html', 'Uber'],
    // "… - Nantes (44) - CDI - Atlantique Mutuelle": a département in brackets, a French contract; the link to "/entreprises/…"
    ['generic/hellowork.html', 'Atlantique Mutuelle'],
    ['generic/jobs-cz.html', 'Pivovar Kamenice a.s.'],
    ['generic/taiwan-104.html', '青山物流股份有限公司'],
    // "Data Engineer Jobs in Dubai - Al Noor Retail Group - 3 to 6 years of experience | Naukrigulf.com"
    ['generic/naukrigulf.html', 'Al Noor Retail Group'],
    // "DATA ENGINEER - CONTRACT - DALLAS TX - Lonestar Tech Staffing": a city and its state's code, with no comma, are a place
    ['generic/shouty-agency.html', 'Lonestar Tech Staffing'],
    ['generic/jobs-bg.html', 'Балкан Телеком АД'],
    ['generic/jobstreet-id.html', 'PT Nusantara Digital Retail'],
    ['generic/symplicity.html', 'Tidewater Logistics'],
    // "Join us: Research Data Scientist | Pemberton Lab": the site's words for its jobs before a colon are no name
    ['generic/jekyll-minima.html', 'Pemberton Lab'],
    // "… | Life at Palette": whose careers these are, though the posting says its product is "in Palette"
    ['generic/canva-like.html', 'Palette'],
    // a group's post that labels its employer: "Company: Kobo Savings (fintech)"
    ['generic/facebook-group.html', 'Kobo Savings'],
    // "Data Engineer - Open Atlas Docs": a site's docs, where it posts its jobs
    ['generic/mkdocs.html', 'Open Atlas'],
    // "… | Applied": the hiring platform's name; the employer marked "job-hero__org"
    ['generic/beapplied.html', 'Northern Health Data Lab'],
    // a name marked as the company's, without its careers site's word: "Liffey Logistics Careers"
    ['generic/occupop.html', 'Liffey Logistics'],
    // a table's bold label cell: "<td><b>Company:</b></td><td>Meuse Analytics SA</td>"; the page title's "EuroTechJobs" is the board
    ['generic/eurotechjobs.html', 'Meuse Analytics SA'],
    // "云帆科技社会招聘": the firm's name and its site's word for hiring ("social recruitment")
    ['generic/mokahr.html', '云帆科技'],
    // og:site_name "Parsec Labs Engineering Blog": the firm's blog, where it posts its jobs
    ['generic/hashnode-post.html', 'Parsec Labs'],
    // a block marked "agency" names the hiring agency; "Careers@Gov", the portal, is none
    ['generic/careers-gov-sg.html', 'Land Transport Authority'],
    ['generic/nyc-jobs.html', 'DEPT OF SANITATION'],
    // a freelance marketplace's name is no client's
    ['generic/freelancer-project.html', undefined],
    // an e-mail's subject, "RE: Data Scientist opportunity - Northgate Water": a reply's mark is no name
    ['generic/outlook-email.html', 'Northgate Water'],
    // "Tessellate (YC W24) Is Hiring a Founding Data Engineer | Hacker News": the firm that is hiring
    ['generic/hn-job-item.html', 'Tessellate'],
    // "… at a U.S.-based company | Turing": a firm left unnamed, and a talent network's name, are none
    ['generic/turing.html', undefined],
    // a shared database's record, each field a label beside its value: "Organisation" / "Peatland Trust"
    ['generic/airtable-record.html', 'Peatland Trust'],
    // a company card's "name", not its link "查看公司详情" ("view company details"), nor the board's logo
    ['generic/liepin.html', '星河零售'],
    // "(주)한빛모빌리티 채용 - 머신러닝 엔지니어 (추천 시스템) | 잡코리아": whose recruiting it is, not the board's logo heading
    ['generic/jobkorea.html', '(주)한빛모빌리티'],
    // an exported document that names its employer in a heading only: "About VistaFarm"
    ['generic/libreoffice.html', 'VistaFarm'],
    // a post on a social network names none (its "Bluesky Social" is the platform's); "JD: …" is a job description's, no name
    ['generic/bluesky-post.html', undefined],
    ['generic/quip-doc.html', undefined],
    // og:site_name "누리페이 채용": the firm's recruiting site
    ['generic/greetinghr.html', '누리페이'],
    // who is hiring, "澜海科技诚聘…"; a recruiting site's word after the name ("… 採用サイト", "…招聘官网"); a blurred name is none
    ['generic/wechat-article.html', '澜海科技'],
    ['generic/herp.html', '株式会社ミナトロジ'],
    ['generic/feishu-hire.html', '星途出行'],
    ['generic/flexjobs.html', undefined],
    ['generic/hiring-cafe.html', 'Pinwheel Homes'],
    ['generic/bund-de.html', 'Statistisches Landesamt Nordmark'],
    ['generic/shopify-careers.html', 'Mossgate'],
    // a Notion page's export, titled "Job — Employer"; a code host's name is none (GitLab, as GitHub)
    ['generic/notion-export.html', 'Kestrel Health'],
    ['generic/gitlab-blob.html', undefined],
    // a Persian board's company card; an Estonian board's employer link
    ['generic/jobinja.html', 'داده‌پردازان آوا'],
    ['generic/cv-ee.html', 'Põhjala Energia AS'],
    // a company section's heading marked as the company's, and a link's words, are no name; a name marked as one before the box
    // around it and its line of business; a board's own words for its page in the title give way to the logo beside the job's heading
    ['generic/zhaopin.html', '北京云帆数智科技有限公司'],
    ['generic/habr-career.html', 'Северсталь Диджитал'],
    ['generic/rekrute.html', 'Atlas Assurances'],
    ['generic/lagou.html', '数澜星河数据智能部'],
    ['generic/werkenvoornederland.html', 'Rijkswaterstaat'],
    ['generic/jobnet-dk.html', 'Energinet'],
    // a board's "/bedrijven/…" page and its word for its page ("Vacature"); a bold label that opens a line of facts;
    // an employer hidden by the board (its own name is none)
    ['generic/vdab.html', 'Fluvius'],
    ['generic/net-empregos.html', 'Tejo Seguros'],
    ['generic/onlinejobs-ph.html', undefined],
    ['generic/elempleo.html', 'Andina Pagos S.A.S.'],
    // a bracket of where the job is worked after the name in an e-mail's subject; a post's account whose name is a firm's
    ['generic/gmail-web.html', 'Tallis Pay'],
    ['generic/instagram-post.html', 'Fernwild Labs'],
    // a page title's part that names the job at its employer, on a site no list knows ("TalentDock | Data Scientist at Greenline Grocers")
    ['generic/bubble.html', 'Greenline Grocers'],
    // labelled facts in Italian, Japanese and Korean ("Ente", "事業所名"), a name marked "corp_name", a site named "Vagas …"
    ['generic/inpa.html', 'Istituto Nazionale di Statistica'],
    ['generic/hellowork-jp.html', '株式会社みちのくデータサービス'],
    ['generic/worknet-kr.html', '(주)한결데이터'],
    ['generic/kenoby.html', 'Cerrado Pagamentos'],
    // "Organisation Name" in a table's label cell
    ['generic/ncs-india.html', 'Deccan Agritech Solutions Pvt Ltd'],
    // a "name" in the company's box on a niche board named "… Jobs", without the link to its website before it
    ['generic/wp-job-manager-niche.html', 'Tern Transit'],
    // a site's page of its current vacancies is no employer; a docs tool's name is none (the page title's part after the job is)
    ['generic/umbraco.html', 'Harbourside Housing Group'],
    ['generic/craft-doc.html', 'Fernhill Studio'],
    // a Japanese board's title, "株式会社…｜データサイエンティスト…の求人 - マイナビ転職": the part before the job's name
    ['generic/mynavi.html', '株式会社ミナトロジスティクス'],
    // a forum's logo names the site; the post names its firm ("We're RoofTrace, a 25-person company …")
    ['generic/vbulletin.html', 'RoofTrace'],
    // a project's documentation, "… — OpenTide 2.4 documentation": without its version
    ['generic/sphinx.html', 'OpenTide'],
    // a post on a blogging platform: the platform is no employer ("Tumblr"); nor a column named for the company's page with other jobs in it
    ['generic/tumblr.html', undefined],
    ['generic/job51.html', undefined],
    // a help centre's site name, "Harbor & Pine Help Center", without its word for the site; a Lemmy instance's, none
    ['generic/zendesk-article.html', 'Harbor & Pine'],
    ['generic/lemmy.html', undefined],
    // a forum's name is no employer: the post's title names one ("… – Spatial Analytics Co.", "… - Stormbrew Games (Remote EU)")
    ['generic/xenforo.html', 'Spatial Analytics Co.'],
    ['generic/invision.html', 'Stormbrew Games'],
    // nor a mailing list's topic in lower case, its name, its host or its software
    ['generic/hyperkitty.html', undefined],
    // an institute's name with a field in it ("… for Ocean Science"), and a careers site's French word before the name
    ['generic/wagtail.html', 'Halden Institute for Ocean Science'],
    ['generic/taleez.html', 'Maison Verdoux'],
    // the heading of the company's box, "About Loopwerk GmbH", without its "About"
    ['generic/kenjo.html', 'Loopwerk GmbH'],
    // a blogging platform's name: Naver's, Zhihu's, note's
    ['generic/naver-blog.html', undefined],
    ['generic/zhihu.html', undefined],
    ['generic/note-com.html', undefined],
    ['generic/jobs-ge.html', undefined],
    // a recruiting app's logo text with the part of the site after the name; a portal's word after a name; a Telegraph page
    ['generic/oracle-apex.html', 'Northbridge Institute of Technology'],
    ['generic/servicenow-portal.html', 'Veltrix Health'],
    ['generic/telegraph.html', undefined],
    ['generic/cybercoders.html', 'CyberCoders'],
    ['generic/braintrust.html', 'Lumora'],
    ['generic/plone.html', 'Institute for Alpine Environment'],
    ['generic/infor.html', 'St. Brigid Health System'],
    ['generic/peoplefluent.html', 'Bellwether Mutual Insurance Company'],
    ['generic/ethiojobs.html', 'Abyssinia Microfinance Institution S.C.'],
    ['generic/mojedelo.html', 'Telekomunikacije Alpina d.o.o.'],
    ['generic/umso.html', 'Sparrowgrid'],
    ['generic/ask-ai-chat.html', 'Juniper Pay'],
    ['generic/commute-widget.html', 'Brightwell Retail'],
    ['generic/fraud-banner-top.html', 'Meridian Trust Bank'],
    ['generic/userway-widget.html', 'City of Fairhaven'],
    // a page title's part that names a page of the site, beside another ("Careers | Job Details"), is no employer
    ['generic/footer-only-employer.html', undefined],
    ['generic/german-ref-title.html', 'Stadtwerke Rheinau GmbH'],
    ['generic/domain-title.html', 'Tidalwave Analytics'],
    ['generic/apply-for-title.html', 'Brevio'],
    ['generic/hiring-h1.html', 'Orchard & Vine Wines'],
    // a niche board named "… Jobs": the employer marked beside the job's h1, in a header apart from the description
    ['generic/jboard.html', 'Greenfold'],
    ['generic/pallet.html', 'Kindling'],
    ['generic/mui-react.html', 'Ferrolink'],
    ['generic/antd.html', 'Luma Commerce'],
    ['generic/semantic-ui.html', 'Sonari'],
    ['generic/astra-sidebar.html', 'Cedar Valley Health Partners'],
    // a deck-like doc published on a presentation tool: the tool's site name is no employer
    ['generic/gamma-page.html', 'Loomwell'],
    ['generic/hirebridge.html', 'Mercy Ridge Health System'],
    ['generic/njoyn.html', 'City of Lakeshore'],
    ['generic/hrmdirect.html', 'Tallgrass Insurance Group'],
    ['generic/bear-blog.html', 'Petrichor Labs'],
    ['generic/office-footer.html', 'Vantor Freight'],
    ['generic/join-our-team-h1.html', 'Brightfield Energy'],
    ['generic/toc-sidebar.html', 'Tidewater Grid'],
    ['generic/grid-rows.html', 'Quillmark'],
    ['generic/lang-toggle.html', 'Borealis Mutual'],
    ['generic/form-first.html', 'Cinderpath Games'],
    ['generic/hiring-manager.html', 'Marlowe Health'],
    ['generic/table-sections.html', 'Prairie State Credit Union'],
    ['generic/h4-title.html', 'Halcyon Robotics'],
    ['generic/healthcaresource.html', 'St. Brigid Medical Center'],
    ['generic/driver-job.html', 'Ironline Transport'],
    ['generic/pm-data-platform.html', 'Northwind Pay'],
    ['generic/bi-analyst.html', 'Calder Foods'],
    ['generic/sre.html', 'Ferrous Cloud'],
    ['generic/wet-lab-scientist.html', 'Ardent Bio'],
    ['generic/ds-titled-reporting.html', 'Palisade Outdoor'],
    ['generic/caps-br.html', 'Redhaven Savings Bank'],
    ['generic/job-meta-after.html', 'Heathmoor Housing Association'],
    ['generic/svg-title-icons.html', 'Tessera Music'],
    ['generic/skills-chips.html', 'Orbitfield'],
    ['generic/similar-first.html', 'Fjordline Energy'],
    ['generic/contentful-rich.html', 'Brightpath Learning'],
    ['generic/two-main.html', 'Verdant Legal'],
    ['generic/anti-flicker.html', 'Pinecrest Mobility'],
    ['generic/ticker-duplicate.html', 'Saltmarsh Studio'],
    ['generic/long-about-sidebar.html', 'Harwell Aerospace'],
    ['generic/hr-separated.html', 'Ostrava Labs'],
    // a site on a static host names its address, no employer ("ecolab-uu.github.io")
    ['generic/cayman-theme.html', undefined],
    ['generic/circle-post.html', 'Tessellate'],
    ['generic/gdocs-paste.html', 'Lumen Grid Solar'],
    ['generic/quill-editor.html', 'Pelican Payroll'],
    ['generic/draftjs-output.html', 'Quayside Grocery'],
    ['generic/tinymce-gaps.html', 'Tamar Valley Water'],
    // a public issue tracker's page: its issue key and label are no name, its product's word after the name no part of it
    ['generic/jira-issue.html', 'OpenHarbor'],
    ['generic/figure-captions.html', 'Fernbrook Organic Dairy'],
    ['generic/footnotes.html', 'Ardent Search'],
    ['generic/mid-toolbar.html', 'Oakridge Health Plan'],
    ['generic/dc-technician.html', 'Stratus Colo'],
    ['generic/clinical-data-manager.html', 'Verity CRO'],
    // "Join us — Oxbow Analytics": a name beside the site's part, though it ends in a word a job's name holds too
    ['generic/accordion-open-one.html', 'Oxbow Analytics'],
    ['generic/caption-tables.html', 'Bayou State Port Authority'],
    ['generic/legend-fieldsets.html', 'Kestrel Defense Systems'],
    ['generic/pclass-h3.html', 'Pebblestone'],
    ['generic/french-company.html', 'Rivage Énergie'],
    ['generic/german-logistics.html', 'Lindholm Logistik'],
    ['generic/spanish-latam.html', 'Banco Andino'],
    // a careers site's words in Italian and Dutch ("Lavora con noi", "Werken bij …") are no part of the employer's name
    ['generic/italian-company.html', 'Ferrovie Alpine'],
    ['generic/dutch-company.html', 'Polderstroom'],
    ['generic/portuguese-company.html', 'Cooperativa Cerrado'],
    // a static site's logo links home as "index.html" (Mobirise), not "/"
    ['generic/mobirise.html', 'Kestrel Freight'],
    // "Senior Data Scientist - Pricing Job in Manchester | JobServe": the board's words for where the job is, not a name
    ['generic/jobserve.html', undefined],
    // a public doc's site is the docs tool's ("Slite"), not the employer
    ['generic/slite-doc.html', undefined],
    ['generic/traffit.html', 'Wisła Payments'],
    ['generic/ripplematch.html', 'Lumen Pharmacy Services'],
    // og:site_name "Groupe Vellane Assurances - Carrières": the careers part after a dash is the site's, not the name's
    ['generic/digitalrecruiters.html', 'Groupe Vellane Assurances'],
    // "Machine Learning Engineer - Job Openings - Carraway Health System": "Job Openings" is the site's part
    ['generic/silkroad.html', 'Carraway Health System'],
    ['generic/beisen.html', '云帆物流科技'],
    ['generic/easycruit.html', 'Fjordkraft Nett AS'],
    ['generic/paychex.html', 'Bluestem Credit Union'],
    ['generic/guardian-jobs.html', 'Greater Fenwick Combined Authority'],
    ['generic/custom-gh-careers.html', 'Stratowave'],
    // WP Job Manager's company box, "<p class="name"><a>Website</a> <strong>Northsea Power Analytics</strong>": the name inside it first
    ['generic/inline-widgets.html', 'Northsea Power Analytics'],
    ['generic/smartjobboard.html', 'Halcyon Robotics'],
    // "Data Scientist Sr. - Banco Austral | HiringRoom" over "Powered by HiringRoom": the software the page credits is no employer
    ['generic/hiringroom.html', 'Banco Austral'],
    ['generic/site123.html', 'Kestrel Freight Analytics'],
    ['generic/storyblok.html', 'Northwind Energy'],
    ['generic/deel-careers.html', 'Brightwave'],
    // "Data Engineer (Python, Azure) | Kariéra – Pražská logistická s.r.o.": "Kariéra" (careers, in Czech) is the site's part
    ['generic/recruitis.html', 'Pražská logistická s.r.o.'],
    ['generic/jobcan.html', '株式会社ハコブネ'],
    ['generic/word-paste-cms.html', 'Fenland Community Housing'],
    ['generic/hospital-careers.html', 'St. Brendan Health'],
    // "We're hiring: Research Data Engineer | News | School of Earth Sciences | University of Westmoor": "News" is the site's part
    ['generic/uni-news.html', 'University of Westmoor'],
    ['generic/mobile-site.html', 'Pinecrest Retail'],
    ['generic/eu-agency.html', 'European Agency for Safety Research'],
    // a company handbook's site name ("Quill Handbook") names the firm without its handbook's word
    ['generic/mintlify.html', 'Quill'],
    ['generic/oikotie.html', 'Ruska Oy'],
    ['generic/interamt.html', 'Statistisches Landesamt Nordmark'],
    // a post on a developer blog platform: velog is no employer (the firm is named only in the post's words)
    ['generic/velog.html', undefined],
    ['generic/processwire.html', 'Brunner Hydro AG'],
    ['generic/silverstripe.html', 'Kauri Care Health Trust'],
    ['generic/kirby-cms.html', 'Fieldnote'],
    ['generic/modx.html', 'Meridian Insurance Brokers'],
    ['generic/pimcore.html', 'Vollrath Antriebstechnik'],
    ['generic/power-pages.html', 'Larkspur County'],
    ['generic/sitevision.html', 'Norrvatten Energi'],
    ['generic/squiz-matrix.html', 'Southern Coast University'],
    ['generic/grav.html', 'Fennick Robotics'],
    ['generic/bitrix.html', 'Steppe Pay'],
    ['generic/civicplus.html', 'City of Alder Falls'],
    ['generic/terminalfour.html', 'University of Westmere'],
    ['generic/neos.html', 'Kessler Logistik'],
    ['generic/sharepoint-dispform.html', 'Harrowgate Regional Transit'],
    ['generic/knack.html', 'Prairie Health Network'],
    ['generic/caspio.html', 'Mesa Verde Water District'],
    ['generic/salesforce-sites.html', 'Harbourline Community Trust'],
    ['generic/lotus-domino.html', 'Nordhavn Maritime Institute'],
    ['generic/thunderbird-email.html', 'Vesta Audio'],
    ['generic/ap-recruit.html', 'University of California, Santa Marta'],
    ['generic/smart-jobs-gov.html', 'Queensland Government'],
    ['generic/al-folio-lab.html', 'Coastal Perception Lab'],
    ['generic/nbsp-bullets.html', 'Keystone Rural Electric Cooperative'],
    ['generic/mailchimp-campaign.html', 'Riverbend Food Bank'],
    ['generic/taleo-business.html', 'Lakeside Credit Union'],
    ['generic/volcanic-agency.html', 'Northbank Recruitment'],
    ['generic/vos-state-jobbank.html', 'Harlan County Health System'],
    ['generic/ukg-ready.html', 'Bluestem Farm Supply'],
    ['generic/hugo-openings.html', 'Fjordline Robotics'],
    ['generic/python-org-jobs.html', 'Tidewater Grain Cooperative'],
    ['generic/ladders.html', 'Quillfeather Insurance'],
    ['generic/jobbnorge.html', 'University of Nordvik'],
    ['generic/pcrecruiter.html', 'Prairie Peak Talent Partners'],
    ['generic/extension-overlays.html', 'Lumenfold'],
    // a staffing platform's page: the firm named alone over the job's heading and in the posting's "About …" heading
    ['generic/crossover-style.html', 'Tidewell'],
    ['generic/council-scout.html', 'Brindabella Shire Council'],
    // the page title's words for the page in Polish ("Oferta pracy", a job offer) are no employer's name
    ['generic/erecruiter-pl.html', 'Wistula Retail S.A.'],
    // the mail app a message is printed from is no employer (its logo heads the page)
    ['generic/gmail-print.html', undefined],
    // a card on a public Trello board: the platform is no employer
    ['generic/trello-card.html', undefined],
  ])('%s → %s (site name, page title or logo; never a job board or a reference)', async (file, company) => {
    const x = extractPosting(loadFixture(file, 'https://careers.example/jobs/1'), 'https://careers.example/jobs/1');
    expect(x.result.ok && x.result.posting.company).toBe(company ?? undefined);
  });
});

describe("the employer a page's title names", () => {
  it.each([
    // the place after the employer, a job after a colon, a label before the job, its careers site's word, a European firm's "SE"
    ['Data Engineer job at Acme in London | Reed.co.uk', 'Acme'],
    ['Jobs at Acme: Data Engineer', 'Acme'],
    ['Job Details: Data Engineer | Acme Inc.', 'Acme Inc.'],
    ['Acme Careers - Data Engineer', 'Acme'],
    // (a careers site's "Join …" before the name, and an announcement's label before the job)
    ['Analytics Engineer | Join Pebblestone', 'Pebblestone'],
    ['Position Announcement: Data Engineer | Bayou State Port Authority', 'Bayou State Port Authority'],
    // (a name beside the site's part that ends in a word a job's name holds too; not a unit of the employer)
    ['Careers – Northlight Analytics', 'Northlight Analytics'],
    ['Employment - Department of Atmospheric Science', undefined],
    ['Data Engineer - Hamburg - Acme SE', 'Acme SE'],
    // a board's generic name, and a place's state code, are none
    ['Data Engineer | Job Board', undefined],
    ['Data Engineer - Aracaju - SE', undefined],
    // who is hiring in Chinese, and a recruiting site's word after the name (Chinese, Japanese)
    ['招聘 | 澜海科技诚聘机器学习工程师（推荐算法方向）', '澜海科技'],
    ['数据工程师 - 星途出行招聘官网', '星途出行'],
    ['データエンジニア | ミナトロジ採用情報', 'ミナトロジ'],
    ['数据工程师 - 社会招聘', undefined],
    // a WordPress title's separators, "»" and "›", part the job from the name as "|" and "-" do
    ['Data Engineer » Harbor Mutual', 'Harbor Mutual'],
    ['Harbor Mutual › Careers › Data Engineer', 'Harbor Mutual'],
    // a page's or a site's part, not a name: "Vacancy details", "Position Details", "We are hiring!", "… Career Opportunities"
    ['Data Engineer – Vacancy details – Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer - Position Details - Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | We are hiring! | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Harbor Mutual Career Opportunities', 'Harbor Mutual'],
    // a section of the site between the job and the employer: "Working here", "Our people", "Join the team", …
    ['Data Engineer | Working here | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Our people | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Join the team | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Current opportunities | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Vacancies and volunteering | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Careers and internships | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Why work here | Harbor Mutual', 'Harbor Mutual'],
    ['Data Engineer | Team | Harbor Mutual', 'Harbor Mutual'],
    // and whose work it is, as whose careers: "Work at Harbor Mutual"
    ['Data Engineer | Work at Harbor Mutual', 'Harbor Mutual'],
    // a tilde parts them, as a Salesforce site's template writes it; and the site's name cut short by its word is no name
    ['Job Details ~ Harbor Mutual Careers', 'Harbor Mutual'],
    ['Data Engineer | Smart Jobs and Careers', undefined],
    // how the job is worked, after a comma: not part of the name
    ['Opportunity: Data Engineer – Harbor Mutual, remote UK', 'Harbor Mutual'],
  ])('%s → %s', async (title, company) => {
    const { companyOf } = await import('@/lib/extract/employer');
    const doc = loadDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><main><h1>Data Engineer</h1><p>We build pipelines.</p></main></body></html>`,
    );
    expect(companyOf(doc)).toBe(company);
  });
});

describe('job boards and career-site systems named in a page', () => {
  it('knows a form builder by its name, and not a firm whose name holds it ("Tally Forms" is one, "Vitally" is not)', async () => {
    const { JOB_BOARDS } = await import('@/lib/extract/employer');
    expect(['Tally Forms', 'Typeform', 'Devex'].map((n) => JOB_BOARDS.test(n))).toEqual([true, true, false]);
    expect(['Vitally', 'Totally Data Ltd'].map((n) => JOB_BOARDS.test(n))).toEqual([false, false]);
    // a talent network, a marketplace and a hiring platform by their names, not firms whose names hold them
    expect(['Toptal®', 'Freelancer', 'Applied'].map((n) => JOB_BOARDS.test(n))).toEqual([true, true, true]);
    expect(['Toptalent Ltd', 'Freelancer Labs', 'Applied Intuition'].map((n) => JOB_BOARDS.test(n))).toEqual([false, false, false]);
    expect(['Turing', '猎聘', '잡코리아'].map((n) => JOB_BOARDS.test(n))).toEqual([true, true, true]);
    expect(['The Alan Turing Institute', 'Turing Robotics'].map((n) => JOB_BOARDS.test(n))).toEqual([false, false]);
  });
});

describe("a job's fields before its description", () => {
  it('leaves out a last field left before the description ("Location: Main Campus - Toledo, OH"), read as the CLI reads a saved page (no <tbody> added)', async () => {
    const { readFileSync } = await import('node:fs');
    const { Node, parseHTML } = await import('linkedom');
    const { fixDocumentPosition } = await import('@/lib/cli/document-position');
    const { readPosting } = await import('@/lib/extract/read');
    const { readGeneric } = await import('@/lib/extract/generic');
    fixDocumentPosition(Node.prototype);
    const html = readFileSync(new URL('../../fixtures/pages/generic/aspnet-hospital.html', import.meta.url), 'utf8');
    const { document } = parseHTML(html);
    const x = readPosting(document as unknown as Document, 'https://careers.stbrendans.example/JobDetails.aspx?JobID=77812', { generic: readGeneric });
    expect(x.result.ok && x.result.posting.text.split('\n').slice(0, 2)).toEqual([
      'Position Summary:',
      'The Clinical Data Scientist develops predictive models that help care teams identify patients at risk of sepsis, readmission and falls, and evaluates quality improvement programs across the system.',
    ]);
  });
});

describe('consent banners as their makers draw them', () => {
  const read = (file: string, url: string, banner: string, where: 'start' | 'end') => {
    const html = fixtureHtml(file);
    const x = extractPosting(
      loadDocument(where === 'start' ? html.replace(/<body[^>]*>/, (b) => b + banner) : html.replace('</body>', banner + '</body>'), url),
      url,
    );
    return x.result.ok ? x.result.posting : undefined;
  };
  it('never takes a banner\'s heading for the job\'s name (CookieYes: "We value your privacy" marked as a level-1 heading)', () => {
    const banner = `<div class="cky-consent-container cky-banner-bottom"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1">We value your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience, serve personalized ads or content, and analyze our traffic.</p></div><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div>`;
    expect(read('generic/title-divonly.html', 'https://acmefreight.example/careers/1', banner, 'start')?.title).toBe('Data Engineer');
  });
  it('never takes a banner\'s heading for the job\'s name (Cookiebot: "This website uses cookies" in an h2)', () => {
    const banner = `<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="" tabindex="-1" lang="en" class="CybotEdge"><div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyLink">Cookiebot</div></div><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle" lang="en">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText" lang="en">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you've provided to them or that they've collected from your use of their services.</div></div><div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div></div>`;
    expect(read('generic/arabic.html', 'https://www.alwaha.example/ar/careers/771', banner, 'start')?.title).toBe('مهندس بيانات');
  });
  it('leaves out a banner named by its maker (Complianz\'s "cmplz-cookiebanner")', () => {
    const banner = `<div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behaviour or unique IDs on this site.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div><div class="cmplz-links cmplz-documents"><a href="/cookie-policy" class="cmplz-link cookie-statement">Cookie Policy</a></div></div>`;
    const text = read('generic/doda.html', 'https://doda.jp/DodaFront/View/JobSearchDetail/j_jid__3009999999/', banner, 'end')?.text ?? '';
    expect(text).toContain('データ');
    expect(text).not.toContain('cookies');
  });
});

describe('a cookie notice known by its words', () => {
  it("keeps a posting's own line that names cookies beside a link", () => {
    const url = 'https://fernleaf.example/jobs/8';
    const html = `<html><head><title>Data Analyst | Fernleaf</title></head><body><div><h1>Data Analyst</h1>
      <p>Fernleaf grows salad leaves in vertical farms near Leeds, and wants its harvests forecast better than the weather is.</p>
      <h2>What you'll do</h2><ul><li>Build dashboards of yield and energy use for the growers</li><li>Analyse the effect of lighting on harvests</li></ul>
      <h2>What we offer</h2><p>Free coffee and cookies in the office, and lunch together every Friday at <a href="/farm">our farm</a>.</p></div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text.split('\n').at(-1)).toBe('Free coffee and cookies in the office, and lunch together every Friday at our farm.');
  });
});

describe('a page of plain <div>s, no class or tag naming its parts', () => {
  it('reads a short posting with a few links among its header and footer (no list of cards)', () => {
    const url = 'https://fernhill.example/careers/data-engineer';
    const html = fixtureHtml('generic/inline-links.html').replace(/<(\/?)(?:header|nav|main|footer)\b/g, '<$1div');
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text.split('\n')).toEqual(
      expect.arrayContaining(["What you'll do", 'Monitor data quality and fix problems at their source.']),
    );
  });
  it('leaves out the site\'s footer line of its legal parts ("Fernleaf Ltd · Registered in England · Privacy")', () => {
    const url = 'https://fernleaf.example/jobs/data-engineer';
    const html = fixtureHtml('generic/prose-posting.html').replace(/<(\/?)(?:header|nav|main|article|footer)\b/g, '<$1div');
    const x = extractPosting(loadDocument(html, url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines.at(-1)).toMatch(/^The salary is £55,000/);
  });
  it('keeps a heading of one of those words in the posting ("Terms" over its line)', () => {
    const url = 'https://fernleaf.example/jobs/7';
    const html = `<html><head><title>Data Scientist | Fernleaf</title></head><body><div><h1>Data Scientist</h1>
      <p>Fernleaf grows salad leaves in vertical farms near Leeds, and wants its harvests forecast better than the weather is.</p>
      <h2>What you'll do</h2><ul><li>Build yield forecasting models from sensor and harvest data</li><li>Design experiments on lighting and feed</li></ul>
      <h2>Terms</h2><p>Full-time and permanent, based in Leeds with two days a week at home.</p></div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text.split('\n').slice(-2)).toEqual([
      'Terms',
      'Full-time and permanent, based in Leeds with two days a week at home.',
    ]);
  });
});

describe("a chat widget's greeting", () => {
  it("is left out where the page body is the block that wins (no tool bar beside the job's name), and the posting read to its end", () => {
    const url = 'https://ferrovia.example/careers/88231';
    // the saved page without its header's "Print this job · Save" links: the body, not the description, then holds most text
    const html = fixtureHtml('generic/noisy-corporate.html').replace(/<div class="job-detail__tools">.*?<\/div>/, '');
    const x = extractPosting(loadDocument(html, url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines.at(-1)).toBe('Ferrovia Group is committed to equal opportunities and welcomes applications from everyone.');
    expect(lines.join('\n')).not.toMatch(/Hi there|Recently viewed|Back to top/);
  });
});

describe('links inside a sentence', () => {
  it('keeps the words of three or more links in one sentence, which are not a list of cards', () => {
    const url = 'https://fernhill.example/careers/data-engineer';
    const x = extractPosting(loadFixture('generic/inline-links.html', url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines).toContain('Build and maintain batch pipelines in Airflow, dbt and Snowflake.');
    expect(lines).toContain('Three years of experience with SQL and Python. Read more about our stack on our blog, our engineering page and GitHub.');
  });
});

describe("the page's header above the description", () => {
  it("an agency's name in a heading above the job's h1 is the page's header, not the posting's first line (NEOGOV)", () => {
    const url = 'https://www.governmentjobs.com/careers/lakeshorecounty/jobs/4712345/gis-data-analyst';
    const x = extractPosting(loadFixture('generic/neogov.html', url), url);
    expect(x.result.ok && x.result.posting.text.split('\n').slice(0, 2)).toEqual([
      'Description',
      "The County's Information Technology department is looking for a Data Engineer to build and maintain the data pipelines that connect permitting, property tax and public works systems to the County's data warehouse.",
    ]);
  });
});

describe('labels in the flow of the description', () => {
  it('reads "<b>Responsibilities:</b>" before the duties and "<b>Shift:</b>" after them, as it reads the text they label', async () => {
    const url = 'https://careers.meridianbank.example/careers/job/R-00231554';
    const x = extractPosting(loadFixture('generic/eightfold.html', url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines.slice(0, 4)).toEqual([
      'Job Description:',
      'At Meridian Bank, we are guided by a common purpose to help make financial lives better.',
      'Responsibilities:',
      'Develops and maintains batch data pipelines on Hadoop and Spark for the consumer lending data platform',
    ]);
    expect(lines.slice(-4)).toEqual(['Shift:', '1st shift (United States of America)', 'Hours Per Week:', '40']);
  });
});

describe('section headings drawn as styled lines', () => {
  it('a published document (bold spans, lists of their own classes): every section is read, not only the first', () => {
    // Google Docs "Publish to the web": each paragraph and list has generated classes, headings are styled spans
    const html = `<!doctype html><html><head><title>Job Description: Machine Learning Engineer</title></head><body><div id="contents"><div class="doc-content">
      <p class="c3 title"><span class="c1">Machine Learning Engineer</span></p>
      <p class="c3"><span>Fernhill Labs builds software that reads satellite images of farmland and tells farmers where their crops are stressed. We are 14 people, mostly in Bristol.</span></p>
      <p class="c3"><span class="c1">What you'll work on</span></p>
      <ul class="c4 lst-kix_a-0 start"><li class="c2"><span>Turning our research segmentation models into a service that processes 50,000 images a day</span></li><li class="c2"><span>Building the training pipeline: data versioning, experiment tracking, evaluation</span></li><li class="c2"><span>Monitoring model quality in production and retraining when the seasons change</span></li></ul>
      <p class="c3"><span class="c1">You might be a good fit if you</span></p>
      <ul class="c4 lst-kix_b-0 start"><li class="c2"><span>Have shipped ML models to production before</span></li><li class="c2"><span>Write solid Python and know PyTorch</span></li></ul>
      <p class="c3"><span>Salary £60–75k, equity, 28 days holiday. To apply, email jobs@fernhill.example with your CV.</span></p>
      </div></div><div id="footer"><a href="https://docs.google.com">Google Docs</a><span>Report abuse</span></div></body></html>`;
    const url = 'https://docs.google.com/document/d/e/2PACX-1v/pub';
    const x = extractPosting(loadDocument(html, url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines).toEqual(expect.arrayContaining(['You might be a good fit if you', 'Write solid Python and know PyTorch']));
    expect(lines.at(-1)).toBe('Salary £60–75k, equity, 28 days holiday. To apply, email jobs@fernhill.example with your CV.');
    expect(lines).not.toContain('Report abuse');
  });

  it('a page builder: duties in blocks of another class after the intro are read, though no heading block opens them', () => {
    const block = (kind: string, text: string) => `<div class="blk blk-${kind}"><div class="inner"><p>${text}</p></div></div>`;
    const html = `<!doctype html><html><head><title>Data Scientist | Palmetto</title></head><body><main><h1>Data Scientist</h1><div class="page">
      ${block('p', 'Palmetto builds nutrition apps used by fifteen million people. We are looking for a data scientist to take models from a question to production. What you will do:')}
      ${block('li', '• Apply modern data science techniques to questions the product team brings;')}
      ${block('li', '• Challenge existing models to keep them the best they can be;')}
      ${block('li', '• Work with engineers to monitor model behaviour in production;')}
      ${block('p', 'What we look for:')}
      ${block('li', '• 3+ years of experience in data science and statistics;')}
      ${block('li', '• Substantial experience with Python, SQL and Git.')}
      </div></main><footer><p>© Palmetto</p></footer></body></html>`;
    const url = 'https://palmetto.example/careers/data-scientist';
    const x = extractPosting(loadDocument(html, url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines).toEqual(
      expect.arrayContaining(['• Challenge existing models to keep them the best they can be;', '• Substantial experience with Python, SQL and Git.']),
    );
  });

  it("short lines of the description's own kind after it are still the posting's: a job board's trailing fields and their headings", () => {
    const html = `<!doctype html><html><head><title>Data Engineer | Kestrel</title></head><body><main><h1>Data Engineer</h1><div class="description">
      <p>Kestrel moves freight for 3,000 shippers, and our data team keeps the numbers behind every quote honest.</p>
      <h3>Responsibilities</h3><ul><li>Build and maintain pipelines from our TMS into Snowflake</li><li>Model data in dbt for the pricing team</li><li>Own data quality checks in Airflow</li></ul>
      <p>We need someone with five years of SQL and Python who enjoys talking to the people who use the data.</p>
      <p>Job Type: Full-time</p><p>Pay: $120,000 - $140,000 per year</p><h3>Experience:</h3><p>SQL: 5 years (Required)</p>
      </div><div class="share"><a href="/share">Share this job</a></div></main></body></html>`;
    const url = 'https://kestrel.example/careers/data-engineer';
    const x = extractPosting(loadDocument(html, url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    expect(lines.slice(-4)).toEqual(['Job Type: Full-time', 'Pay: $120,000 - $140,000 per year', 'Experience:', 'SQL: 5 years (Required)']);
    expect(lines).not.toContain('Share this job');
    // the same in a page builder's blocks, each line wrapped in a block of its own
    const built = html.replace(/<p>(.*?)<\/p>/g, '<div class="blk"><div class="inner"><p>$1</p></div></div>');
    const y = extractPosting(loadDocument(built, url), url);
    expect(y.result.ok && y.result.posting.text.split('\n').slice(-4)).toEqual([
      'Job Type: Full-time',
      'Pay: $120,000 - $140,000 per year',
      'Experience:',
      'SQL: 5 years (Required)',
    ]);
  });

  it('another list of jobs and its heading stay out: a board\'s results beside the posting, "More open roles" after it', () => {
    const para = (t: string) => `<p>${t}</p>`;
    const duties = [
      '<h3>Job Summary</h3>',
      para(
        'Acme moves freight for 3,000 shippers across Europe, and every quote we send depends on data that arrives late, arrives twice or does not arrive at all.',
      ),
      para('Our data team is six people: two analysts, a data scientist and three engineers, and we sit with the pricing and operations teams we serve.'),
      para('This year we are moving our warehouse from a nightly batch to streaming, and we need another engineer to help us finish the move.'),
      '<h3>Responsibilities</h3>',
      para('Build and maintain the pipelines that bring shipment, carrier and invoice data from our TMS into Snowflake.'),
      para('Model data in dbt for the pricing team, with tests and documentation that analysts can trust without asking us.'),
      para('Own data quality checks and alerting in Airflow, and share an on-call rota that is quiet most weeks.'),
      '<h3>Requirements</h3>',
      para('Five years of experience with SQL and Python, and at least two with a cloud warehouse such as Snowflake or BigQuery.'),
      para('Experience with streaming systems such as Kafka or Kinesis, or the wish to learn them with us this year.'),
      '<h3>Benefits</h3>',
      para('Thirty days of holiday, a pension with a generous match, and a budget for the courses and books you choose.'),
    ].join('');
    const jobs = [
      ['Senior Backend Engineer', 'You will build the APIs that power our marketplace, in Go and Postgres with a small team.'],
      ['Product Designer', 'Design flows that help shippers book freight in minutes.'],
      ['Account Executive', 'Sell our platform to mid-market logistics companies across Europe.'],
    ];
    const more = jobs.map(([t, d]) => `<div class="related-card"><h4>${t}</h4><p>${d}</p></div>`).join('');
    const site = `<!doctype html><html><head><title>Data Engineer | Acme Careers</title></head><body><header class="site-header"><a href="/"><img alt="Acme" src="l.png"></a><nav><a href="/jobs">Jobs</a></nav></header>
      <main><section class="hero"><h1>Data Engineer</h1><p>New York, NY · Full-time</p></section>
      <section class="job-body"><div class="container">${duties}</div></section>
      <section class="about-acme"><div class="container"><h2>Life at Acme</h2><p>We are 400 people in six offices. We care about craft, kindness and shipping things that matter to our customers.</p><p>Our offices have great coffee, and we meet as a whole company twice a year to plan what comes next.</p></div></section>
      <section class="more-jobs"><div class="container"><h2>More open roles</h2>${more}</div></section></main>
      <footer><p>© 2025 Acme Inc.</p></footer></body></html>`;
    const results = jobs
      .map(
        ([t, d], k) =>
          `<li class="result-card"><a href="/jobs/${k}"><h3>${t}</h3></a><div class="company">Acme</div><p class="snippet">${d}</p><span>2 days ago</span></li>`,
      )
      .join('');
    // a long posting, beside which the results are a small part of the page
    const long = ['Acme', 'We', 'The company', 'Our firm'].map((name) => duties.replace(/Acme/g, name)).join('');
    const split = `<!doctype html><html><head><title>Data Engineer - Jobs | Findwork</title></head><body>
      <header><a href="/">Findwork</a><form role="search"><input name="q"><button>Search</button></form></header>
      <main class="split"><section class="results"><h2>1,204 data jobs</h2><ul class="result-list">${results}</ul></section>
      <section class="detail"><div class="detail-header"><h1>Data Engineer</h1><div>Acme Logistics · New York, NY</div><button>Apply now</button><button>Save</button></div><div class="detail-body">${long}</div></section></main>
      <footer><a href="/privacy">Privacy</a><p>© 2025 Acme Inc.</p></footer></body></html>`;
    for (const [html, furniture] of [
      [site, 'More open roles'],
      [split, '1,204 data jobs'],
    ] as const) {
      const url = 'https://acme.example/jobs/1';
      const x = extractPosting(loadDocument(html, url), url);
      expect(x.result.ok && x.result.posting.text).toContain('Thirty days of holiday');
      expect(x.result.ok && x.result.posting.text).not.toContain(furniture);
      expect(x.result.ok && x.result.posting.text).not.toContain('power our marketplace');
    }
  });

  it('an application form below a short posting stays out, its heading and its survey with it, though its sentences outweigh the posting', () => {
    const html = `<!doctype html><html><head><title>Job Application for Data Engineer at Acme</title></head><body><div id="app_body">
      <div id="header"><h1 class="app-title">Data Engineer</h1><span class="company-name">at Acme</span><div class="location">Detroit, MI</div></div>
      <div id="content"><h3>Key Skills</h3><h3>Hadoop</h3><h3>PySpark</h3><h3>Responsibilities</h3>
        <p>Develop and maintain batch pipelines on Hadoop and GCP for the finance data platform.</p>
        <p>Work with analysts to model data for reporting and keep it documented.</p>
        <p>Should have proficiency in Hadoop and GCP environments, and exposure to APIs.</p>
        <p>Bachelor's degree in computer science or any other relevant field.</p></div>
      <div id="application"><h2>Submit your application</h2><form id="application_form"><label>First Name *<input name="first_name"></label><label>Last Name *<input name="last_name"></label><label>Email *<input name="email"></label><label>Resume/CV *<input type="file"></label>
        <div class="eeoc"><h3>Voluntary Self-Identification</h3><p>For government reporting purposes, we ask candidates to respond to the below self-identification survey. Completion of the form is entirely voluntary. Whatever your decision, it will not be considered in the hiring process or thereafter.</p><p>As set forth in Acme's Equal Employment Opportunity policy, we do not discriminate on the basis of any protected group status under any applicable law.</p><p>If you believe you belong to any of the categories of protected veterans listed below, please indicate by making the appropriate selection.</p></div>
        <button type="submit">Submit Application</button></form></div></div></body></html>`;
    const url = 'https://boards.example.org/acme/jobs/1';
    const x = extractPosting(loadDocument(html, url), url);
    expect(x.result.ok && x.result.posting.text).toContain('Develop and maintain batch pipelines on Hadoop and GCP');
    for (const form of ['Submit your application', 'self-identification', 'First Name']) expect(x.result.ok && x.result.posting.text).not.toContain(form);
  });

  it('a short label line ("compensation: $140k", "Apply for this job") opens no section: what follows it is judged on its own', () => {
    const url = 'https://remotejobs.example/remote-jobs/123';
    const x = extractPosting(loadFixture('generic/remote-board.html', url), url);
    expect(x.result.ok && x.result.posting.text).not.toContain('FIREFLY');
  });
});

describe('an address that points into the page', () => {
  it('at something other than a posting (#application-form) → the whole page is still read', async () => {
    const url = 'https://cobalt.example/jobs/data-scientist-pricing#application-form';
    const x = extractPosting(loadFixture('generic/application-form.html', url), url);
    expect(x.result.ok && x.result.posting.title).toBe('Data Scientist, Pricing');
    expect(x.result.ok && x.result.posting.text).not.toContain('Voluntary Self-Identification');
  });
});

describe('a description shown twice for two screen sizes', () => {
  it('is read once', async () => {
    const url = 'https://cobalt.example/jobs/data-scientist-pricing-m';
    const x = extractPosting(loadFixture('generic/media-queries.html', url), url);
    expect(x.result.ok && x.result.posting.text.split('Cobalt Freight runs a marketplace').length - 1).toBe(1);
  });
});

describe('flat page-builder blocks', () => {
  it('reads every section a heading block opens, each bullet on the line of its item', async () => {
    const url = 'https://quokka.notion.site/Data-Engineer-8c1f';
    const x = extractPosting(loadFixture('generic/notion.html', url), url);
    const lines = x.result.ok ? x.result.posting.text.split('\n') : [];
    for (const line of [
      'What we are looking for',
      '• 3+ years of experience as a data or analytics engineer',
      'Benefits',
      '• Work from anywhere in Australia or New Zealand',
    ])
      expect(lines).toContain(line);
    expect(lines).not.toContain('•');
  });

  it('keeps the text the same length, so offsets on the page still hold', async () => {
    const { bulletsOnTheirLines } = await import('@/lib/extract/generic');
    const text = '•\nBuild pipelines\n\u200b\u200b\n-\nOwn dbt models\n•\n\nnot an item';
    const out = bulletsOnTheirLines(text);
    expect(out).toBe('• Build pipelines\n  \n- Own dbt models\n•\n\nnot an item');
    expect(out).toHaveLength(text.length);
  });
});

describe('soft hyphens', () => {
  it('a CMS\'s soft hyphens inside long words ("Respon&shy;sibilities") leave the text, so its words and headings read whole', () => {
    const html = `<!doctype html><html><head><title>Data Engineer | Rheinblick Versicherung</title></head><body><main><h1>Data Engineer</h1>
      <p>Rheinblick Versicherung insures 300,000 homes in Germany, and our data team is moving claims reporting to the cloud.</p>
      <h2>Respon&shy;sibilities</h2><ul><li>Build and main&shy;tain data pipe&shy;lines in Spark and Air&shy;flow</li><li>Design the data ware&shy;house for our actuaries</li></ul>
      <h2>Require&shy;ments</h2><ul><li>3+ years of experience with Python and SQL</li><li>Experience with Kafka and Snow&shy;flake</li></ul>
      <p>We offer 30 days of holiday and a company pension. Apply with your CV.</p></main></body></html>`;
    const url = 'https://rheinblick.example/jobs/data-engineer';
    const x = extractPosting(loadDocument(html, url), url);
    const text = x.result.ok ? x.result.posting.text : '';
    expect(text).not.toContain('\u00ad');
    expect(text.split('\n')).toContain('Responsibilities');
    expect(text).toContain('Build and maintain data pipelines in Spark and Airflow');
  });
});

describe('sections the page adds after the posting', () => {
  it('leaves out a flat "Supplemental Questions" section (a heading, a note and the questions), keeping what follows its next heading', () => {
    const url = 'https://jobs.eastbrook.example/postings/4821';
    const html = `<html><head><title>Data Scientist | Eastbrook State University</title></head><body><div id="content">
      <h1>Data Scientist</h1>
      <p>The Office of Institutional Research provides the data behind decisions on enrolment and budgets at a university of 24,000 students.</p>
      <h3>Duties</h3>
      <ul><li>Build predictive models of student retention and enrolment in R or Python.</li><li>Design and analyse studies of academic programs and present findings to deans.</li></ul>
      <h3>Qualifications</h3>
      <p>A master's degree in statistics or a related field and two years of experience building statistical models.</p>
      <h3>Supplemental Questions</h3>
      <p>Required fields are indicated with an asterisk (*).</p>
      <ol><li>How many years of experience do you have building predictive models?<ul><li>None</li><li>1-2 years</li></ul></li><li>Do you have a master's degree in a related field?<ul><li>Yes</li><li>No</li></ul></li></ol>
      <h3>Equal opportunity</h3>
      <p>Eastbrook State University is an equal opportunity employer and considers all qualified applicants.</p>
    </div></body></html>`;
    const x = extractPosting(loadDocument(html, url), url);
    const text = x.result.ok ? x.result.posting.text : '';
    expect(text).toContain('Design and analyse studies of academic programs and present findings to deans.');
    expect(text).not.toMatch(/Supplemental Questions|asterisk|How many years/);
    expect(text.trim().endsWith('considers all qualified applicants.')).toBe(true);
  });
});
