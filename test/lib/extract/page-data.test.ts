import { describe, expect, it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { pageData, pageDataPostings } from '@/lib/extract/page-data';
import { loadDocument } from '../../helpers/dom';

const DUTIES =
  '<p>Orca Freight moves containers between 40 ports, and every one of them sends us events around the clock. We are hiring a second engineer for our data platform team.</p><h3>What you will do</h3><ul><li>Build and maintain data pipelines from our port systems into Snowflake</li><li>Model warehouse tables in dbt and keep them tested</li><li>Own data quality checks in Airflow</li></ul><h3>Requirements</h3><ul><li>3+ years of experience with SQL and Python</li></ul>';

const page = (scripts: string, body = '<div id="root"></div>') =>
  `<!doctype html><html><head><title>Data Engineer | Orca Freight</title></head><body>${body}${scripts}</body></html>`;
// as pages write it: "</" escaped, so that a "</script>" in the data does not end the script
const assign = (value: unknown, name = 'window.__appData') => `<script>${name} = ${JSON.stringify(value).replace(/<\//g, '<\\/')};</script>`;

describe('the posting in the data a page ships for its scripts', () => {
  it('reads an assignment to a global (window.__appData = {…}) and a JSON script (__NEXT_DATA__)', () => {
    const a = loadDocument(page(assign({ posting: { title: 'Data Engineer', descriptionHtml: DUTIES } })));
    expect(pageDataPostings(a)).toEqual([
      expect.objectContaining({ title: 'Data Engineer', text: expect.stringContaining('Build and maintain data pipelines') }),
    ]);
    const b = loadDocument(
      page(
        `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { job: { title: 'Data Engineer', description: DUTIES } } } })}</script>`,
      ),
    );
    expect(pageDataPostings(b)[0]?.text.split('\n')).toContain('Model warehouse tables in dbt and keep them tested');
  });

  it("reads the data a server renders into an element's data attribute: JSON (Inertia's data-page) or the description's HTML, titled by the h1", () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const inertia = loadDocument(
      page('', `<div id="app" data-page="${escape(JSON.stringify({ props: { job: { title: 'Data Engineer', description: DUTIES } } }))}"></div>`),
    );
    expect(pageDataPostings(inertia)).toEqual([
      expect.objectContaining({ title: 'Data Engineer', text: expect.stringContaining('Own data quality checks in Airflow') }),
    ]);
    const html = loadDocument(
      page('', `<h1>Data Engineer</h1><div class="job-description" data-description="${escape(DUTIES)}"><div class="spinner"></div></div>`),
    );
    expect(pageDataPostings(html)).toEqual([
      expect.objectContaining({ title: 'Data Engineer', text: expect.stringContaining('Own data quality checks in Airflow') }),
    ]);
    // (a short attribute, or one that holds no markup and is named for something else, is no description)
    const other = loadDocument(page('', `<h1>Data Engineer</h1><div data-tooltip="${'x'.repeat(500)}"></div><div data-description="short &lt;b&gt;"></div>`));
    expect(pageDataPostings(other)).toEqual([]);
  });

  it('looks through 12,000 nested elements for data attributes without quadratic work (a descendant selector checks every ancestor)', async () => {
    const { parseHTML } = await import('linkedom');
    const depth = 12_000;
    const { document } = parseHTML(`<html><body>${'<div data-x="1">'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`);
    const t0 = performance.now();
    expect(pageData(document as unknown as Document)).toEqual([]);
    // "body *" took about 2.5 s here; a walk of the elements, a few milliseconds
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it("reads Nuxt's payload, whose values are flattened into one array and referred to by their index", () => {
    const payload = [['ShallowReactive', 1], { data: 2 }, { 'job-7': 3 }, { title: 4, description: 5, company: 6 }, 'Data Engineer', DUTIES, 'Orca Freight'];
    const doc = loadDocument(page(`<script type="application/json" id="__NUXT_DATA__">${JSON.stringify(payload)}</script>`));
    expect(pageDataPostings(doc)).toEqual([
      expect.objectContaining({ title: 'Data Engineer', company: 'Orca Freight', text: expect.stringContaining('Model warehouse tables in dbt') }),
    ]);
  });

  it('reads a description the data splits into parts, headings on their own lines, and counts the parts as one posting', () => {
    const [intro, duties] = DUTIES.split('<h3>What you will do</h3>');
    // {company: "<p>…", role: "<p>…"}
    const parts = loadDocument(page(assign({ job: { name: 'Data Engineer', description: { company: intro, role: `<h3>What you will do</h3>${duties}` } } })));
    const a = pageDataPostings(parts);
    expect(a).toHaveLength(1);
    expect(a[0]?.text).toMatch(/^Orca Freight moves containers[\s\S]*\nWhat you will do\nBuild and maintain data pipelines/);
    // details: [{name: "Description", value: "…"}, {name: "Requirements", value: "<ul>…"}] — and a section that itself
    // looks like a posting (a title and a long "content") is part of it, not a second posting
    const [what, requirements] = duties!.split('<h3>Requirements</h3>');
    const sections = {
      position: {
        name: 'Data Engineer',
        details: [
          { name: 'Description', value: intro },
          { title: 'Responsibilities', content: `${what}${what}` },
          { name: 'Requirements', value: requirements, order: 3 },
        ],
      },
    };
    const b = pageDataPostings(loadDocument(page(assign(sections))));
    expect(b).toHaveLength(1);
    expect(b[0]?.title).toBe('Data Engineer');
    expect(b[0]?.text.split('\n')).toEqual(
      expect.arrayContaining(['Description', 'Responsibilities', 'Requirements', '3+ years of experience with SQL and Python']),
    );
  });

  it("reads an object passed to the page's script as a call's argument (UKG: new US.Opportunity.CandidateOpportunityDetail({…}))", () => {
    const call = `<script>$(function () { var opportunity = new US.Opportunity.CandidateOpportunityDetail(${JSON.stringify({ Id: 'x1', Title: 'Data Engineer', Description: DUTIES, FullTime: true }).replace(/<\//g, '<\\/')}); });</script>`;
    expect(pageDataPostings(loadDocument(page(call)))).toEqual([
      expect.objectContaining({ title: 'Data Engineer', text: expect.stringContaining('Own data quality checks in Airflow') }),
    ]);
  });

  it('never takes a posting from a page that shows one: the page comes first', () => {
    const shown =
      '<main><h1>Data Scientist</h1><p>Orca Freight prices container moves between 40 ports, and we are hiring a data scientist to make those prices smarter and fairer for our customers.</p><h2>Responsibilities</h2><ul><li>Build demand forecasting models for our ports</li><li>Design and analyse experiments on pricing</li><li>Present findings to the commercial team</li></ul><h2>Requirements</h2><ul><li>A degree in statistics</li><li>3+ years of experience with Python or R</li></ul><p>Apply with your CV.</p></main>';
    const url = 'https://orca.example/jobs/1';
    const x = extractPosting(loadDocument(page(assign({ posting: { title: 'Data Engineer', descriptionHtml: DUTIES } }), shown), url), url);
    expect(x.result.ok && x.result.posting).toMatchObject({ source: 'generic', title: 'Data Scientist' });
  });

  it('reads nothing from data that lists several postings, or text that is no posting', () => {
    const list = { jobs: ['Data Engineer', 'Data Scientist'].map((title) => ({ title, descriptionHtml: DUTIES.replace('Orca', title) })) };
    expect(pageDataPostings(loadDocument(page(assign(list))))).toEqual([]);
    const url = 'https://orca.example/blog/1';
    const blog = { post: { title: 'Our year in review', content: 'We moved more containers than ever this year, and we opened two new offices. '.repeat(12) } };
    const x = extractPosting(loadDocument(page(assign(blog)), url), url);
    expect(x.result.ok).toBe(false);
  });

  it('runs nothing: a JavaScript object literal is not read, and HTML in the data is read as text only', () => {
    const literal = `<script>window.__appData = {posting: {title: 'Data Engineer', descriptionHtml: ${JSON.stringify(DUTIES)}}};</script>`;
    expect(pageData(loadDocument(page(literal)))).toEqual([]);
    const hostile = {
      posting: { title: 'Data Engineer', descriptionHtml: `${DUTIES}<img src="x" onerror="globalThis.__pwned = 1"><script>globalThis.__pwned = 1</script>` },
    };
    const found = pageDataPostings(loadDocument(page(assign(hostile))));
    expect(found[0]?.text).toContain('Own data quality checks in Airflow');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('bounded cost: 3 MB of nested assignments, and an object that never closes', () => {
    const nested = `<script>${'a={'.repeat(400_000)}</script>`;
    const unclosed = `<script>window.__appData = {"posting": {"title": "Data Engineer", "descriptionHtml": "${'x'.repeat(2_000_000)}</script>`;
    const t0 = performance.now();
    expect(pageData(loadDocument(page(nested)))).toEqual([]);
    expect(pageData(loadDocument(page(unclosed)))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(10_000); // scanning each assignment to the end took minutes
  });
});
