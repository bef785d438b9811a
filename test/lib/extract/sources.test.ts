import { describe, expect, it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { ADAPTER_NOTES, ADAPTERS, adapterFor } from '@/lib/extract/adapters';
import type { Posting } from '@/lib/types';
import { readPosting } from '@/lib/extract/read';
import { loadDocument, loadFixture } from '../../helpers/dom';

function posting(fixture: string, url: string): Posting {
  const x = extractPosting(loadFixture(fixture, url), url);
  if (!x.result.ok) throw new Error(`no posting in ${fixture}: ${JSON.stringify(x.result.failure)}`);
  return x.result.posting;
}

const lines = (p: Posting) =>
  p.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface Case {
  fixture: string;
  url: string;
  source: string;
  title: string;
  company: string;
  location?: string;
  first: string;
  last: string;
  absent: string[];
}

const CASES: Case[] = [
  {
    fixture: 'linkedin-search.html',
    url: 'https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=machine%20learning',
    source: 'adapter:linkedin',
    title: 'Machine Learning Engineer',
    company: 'Quayside Robotics',
    location: 'Bristol, England, United Kingdom',
    first: 'Deploy computer vision models to production on our warehouse robots.',
    last: 'Experience with PyTorch, ONNX and TensorRT.',
    absent: ['Similar jobs', 'Tidewater Bank', 'Premium', 'See less', 'Easy Apply', 'Messaging'],
  },
  {
    fixture: 'linkedin-guest.html',
    url: 'https://uk.linkedin.com/jobs/view/data-scientist-at-tidewater-bank-3900000002',
    source: 'adapter:linkedin',
    title: 'Data Scientist',
    company: 'Tidewater Bank',
    location: 'Leeds, England, United Kingdom',
    first: 'Design and analyse experiments and A/B tests for our savings products.',
    last: 'A degree in statistics, economics or another quantitative field; fluency in R or Python.',
    absent: ['Show more', 'Similar jobs', 'Seniority level', 'Sign in', 'Cookie Policy'],
  },
  {
    fixture: 'indeed.html',
    url: 'https://uk.indeed.com/viewjob?jk=abc123',
    source: 'adapter:indeed',
    title: 'Analytics Engineer',
    company: 'Harrow Grocers',
    location: 'London',
    first: 'Own the ELT pipelines that bring till, loyalty and stock data into BigQuery.',
    last: 'Strong SQL and some Python.',
    absent: ['Report job', 'Company reviews', 'Career advice', 'Posted 3 days ago'],
  },
  {
    fixture: 'greenhouse.html',
    url: 'https://job-boards.greenhouse.io/northwind/jobs/4012345',
    source: 'adapter:greenhouse',
    title: 'Senior Data Scientist',
    company: 'Northwind Freight',
    location: 'Rotterdam, Netherlands (Hybrid)',
    first: 'Design, build and maintain batch and streaming data pipelines that move shipment events from our sources into the warehouse.',
    last: 'Experience with data modeling, schema design and orchestration tools.',
    absent: ['Similar jobs', 'cookies', 'Submit application', 'Privacy'],
  },
  {
    fixture: 'lever.html',
    url: 'https://jobs.lever.co/kelpie/6f1c-4d2a',
    source: 'adapter:lever',
    title: 'Senior Data Scientist',
    company: 'Kelpie Analytics',
    location: 'Edinburgh',
    first: 'Build probabilistic forecasting models of turbine output and quantify their uncertainty.',
    last: 'Prototype new statistical methods in Python and R.',
    absent: ['Apply for this job', 'Jobs powered by Lever', 'Home Page'],
  },
  {
    fixture: 'workday.html',
    url: 'https://fenwick.wd5.myworkdayjobs.com/en-US/External/job/Boston/Data-Engineer-II_R1001',
    source: 'adapter:workday',
    title: 'Data Engineer II',
    company: 'Fenwick Mutual',
    location: 'Boston, MA',
    first: 'Develop ingestion pipelines from policy and claims source systems into the Azure data lake.',
    last: 'Three years of experience with SQL Server, Python and Spark.',
    absent: ['Similar Jobs', 'Actuarial Analyst', 'Workday, Inc.'],
  },
  {
    fixture: 'ashby.html',
    url: 'https://jobs.ashbyhq.com/lantern/0d9e-77aa',
    source: 'adapter:ashby',
    title: 'Machine Learning Platform Engineer',
    company: 'Lantern Health',
    location: 'Remote (US)',
    first: 'Build the model serving platform our clinical NLP models run on, with Kubernetes and Triton.',
    last: 'Monitor models in production for drift and latency regressions.',
    absent: ['Powered by Ashby', 'Open positions', 'Application'],
  },
  {
    fixture: 'smartrecruiters.html',
    url: 'https://jobs.smartrecruiters.com/BrightmoorRetail/744000012345-data-scientist-pricing',
    source: 'adapter:smartrecruiters',
    title: 'Data Scientist – Pricing',
    company: 'Brightmoor Retail',
    location: 'Manchester, United Kingdom',
    first: 'Estimate price elasticities with regression and Bayesian models.',
    last: "A master's degree in statistics, economics or a quantitative field.",
    absent: ['240 shops', 'Staff discount', "I'm interested", 'Powered by SmartRecruiters'],
  },
  {
    fixture: 'career-page.html',
    url: 'https://ostrich.example/careers/data-platform-engineer',
    source: 'generic',
    title: 'Data Platform Engineer',
    company: '',
    first: 'We are looking for an engineer to run the data platform behind our three live games.',
    last: 'Apply with your CV; we answer every application within two weeks.',
    absent: ['Related jobs', 'Machine Learning Engineer', 'Cookie settings', 'Our games'],
  },
];

describe('extraction from saved job-board pages', () => {
  for (const c of CASES) {
    it(`${c.fixture}: ${c.source}`, () => {
      const p = posting(c.fixture, c.url);
      expect(p.source).toBe(c.source);
      expect(p.title).toBe(c.title);
      if (c.company) expect(p.company).toBe(c.company);
      if (c.location) expect(p.location).toBe(c.location);
      expect(p.url).toBe(c.url);
      const l = lines(p);
      const responsibility = (s: string) => l.includes(s);
      expect(responsibility(c.first), `first line in:\n${p.text}`).toBe(true);
      expect(responsibility(c.last), `last line in:\n${p.text}`).toBe(true);
      expect(l.indexOf(c.first)).toBeLessThan(l.indexOf(c.last));
      for (const bad of c.absent) expect(p.text, `"${bad}" should be left out`).not.toContain(bad);
      expect(p.text).not.toMatch(/<[a-z]/i);
    });
  }

  it('has an adapter with selectors, a note and a check date for each of the seven boards', () => {
    expect(ADAPTERS.map((a) => a.name).sort()).toEqual(['ashby', 'greenhouse', 'indeed', 'lever', 'linkedin', 'smartrecruiters', 'workday']);
    for (const a of ADAPTERS) {
      expect(a.description.length).toBeGreaterThan(0);
      expect(ADAPTER_NOTES[a.name]!.note.length).toBeGreaterThan(20);
      expect(ADAPTER_NOTES[a.name]!.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(adapterFor('https://www.linkedin.com/jobs/view/1')?.name).toBe('linkedin');
    expect(adapterFor('https://evil-linkedin.com/jobs')).toBeUndefined();
    expect(adapterFor('not a url')).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('reads a JobPosting inside @graph, decodes entity-encoded HTML, and skips broken blocks', () => {
    const p = posting('jsonld-graph.html', 'https://careers.juniper.example/jobs/42');
    expect(p).toMatchObject({ source: 'json-ld', title: 'Applied Scientist, Forecasting', company: 'Juniper Labs', location: 'Austin, TX, US' });
    expect(lines(p)).toEqual([
      'Responsibilities',
      'Build time series forecasting models for demand.',
      'Run backtests and experiments and present the results to planners.',
      'Juniper Labs is an equal opportunity employer.',
    ]);
  });

  it('picks the posting the URL names out of several, never merging them', () => {
    const de = posting('jsonld-multi.html', 'https://pelican.example/jobs/de-7');
    expect(de.title).toBe('Data Engineer');
    expect(de.text).toContain('Redshift');
    expect(de.text).not.toContain('SageMaker');
    const mle = posting('jsonld-multi.html', 'https://pelican.example/jobs/mle-9');
    expect(mle.title).toBe('Machine Learning Engineer');
    expect(mle.text).not.toContain('Airflow');
  });

  it('a short JSON-LD description with nothing more on the page is still read (the page reader loads the generic reader to check first)', () => {
    const url = 'https://tiny.example/jobs/1';
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Data Engineer', description: '<ul><li>Build and maintain data pipelines in Spark and Airflow.</li><li>Own the warehouse models and data quality checks.</li></ul>' })}</script><h1>Data Engineer</h1><p>Apply below.</p>`;
    const doc = loadDocument(html, url);
    expect(extractPosting(doc, url).result).toMatchObject({ ok: true, posting: { source: 'json-ld', title: 'Data Engineer' } });
    // without the generic reader (the first injection), the page reader asks for it rather than settle on a summary
    expect(readPosting(doc, url).result).toMatchObject({ ok: false, failure: { kind: 'no-posting', unread: 'generic' } });
  });

  it('falls back to the posting whose title is the page heading', () => {
    const p = posting('jsonld-multi.html', 'https://pelican.example/jobs');
    expect(p.title).toBe('Machine Learning Engineer');
  });
});

describe('pages that are not a posting', () => {
  for (const [fixture, url] of [
    ['not-a-posting.html', 'https://news.example/bike-lanes'],
    ['search-page.html', 'https://jobharbour.example/search?q=data&l=Leeds'],
  ] as const) {
    it(`${fixture} gives a clear no-posting result, not a guess`, () => {
      const x = extractPosting(loadFixture(fixture, url), url);
      expect(x.result.ok).toBe(false);
      if (!x.result.ok) expect(x.result.failure.kind).toBe('no-posting');
    });
  }
  it('an empty page gives no-posting', () => {
    const x = extractPosting(loadFixture('not-a-posting.html').implementation.createHTMLDocument(''), 'https://x.example/');
    expect(x.result.ok).toBe(false);
  });
});

describe('the title of pasted text', () => {
  const body = '\nBuild pipelines.\nOwn the warehouse.\nRun Airflow.\n';
  it.each([
    ['Senior Data Scientist — Acme', 'Senior Data Scientist'],
    ['Data Engineer at Quokka', 'Data Engineer'],
    ['About the role', undefined], // a draft that opens with a section names no job
    ['Responsibilities', undefined],
    ['What you will do', undefined],
    ['We are looking for someone great.', undefined],
    // a first line that names no job: a section, the employer's pitch, a place
    ['Company Description', undefined],
    ['Who we are', undefined],
    ['Location: 100% Remote', undefined],
    ['Center 1 (19052), United States of America, McLean, Virginia', undefined],
    ['Title: Power BI Analyst', 'Power BI Analyst'],
  ])('%s → %s', async (first, title) => {
    const { guessTitle } = await import('@/lib/extract');
    expect(guessTitle(first + body)).toBe(title);
  });
});

describe('pasted text', () => {
  it('puts a bullet copied onto a line of its own back on its item’s line', async () => {
    const { postingFromText } = await import('@/lib/extract');
    const p = postingFromText('Data Engineer\r\nWhat you will do\r\n•\r\nBuild pipelines\r\n• \r\nOwn Airflow\r\n', 'paste');
    expect(p.text.split('\n')).toEqual(['Data Engineer', 'What you will do', '• Build pipelines', '• Own Airflow']);
  });
});
