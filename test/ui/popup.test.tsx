// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { Posting } from '@/lib/types';
import { PopupView } from '@/lib/ui/PopupView';
import { stateFromExtract, type ViewState } from '@/lib/ui/view-state';

afterEach(cleanup);

const DE_AS_DS: Posting = {
  title: 'Senior Data Scientist',
  company: 'Northwind Freight',
  source: 'adapter:greenhouse',
  text: `What you'll do
- Design, build and maintain batch and streaming data pipelines with Airflow and Kafka.
- Own ETL jobs that load data from source systems into the Snowflake data warehouse.
- Ensure data quality and troubleshoot failed loads for downstream consumers.
- Occasionally run an A/B test with the pricing team.
Requirements
- Strong SQL and Python.`,
};

const report = (p: Posting): ViewState => ({ kind: 'report', posting: p, report: analyze(p) });

describe('popup states', () => {
  it('analyzing: a labelled status with a fixed-size skeleton (no layout jump)', () => {
    render(<PopupView state={{ kind: 'analyzing' }} />);
    expect(screen.getByRole('status', { name: /analyzing/i })).toBeTruthy();
    expect(screen.queryByTestId('open-panel')).toBeNull();
  });

  it('verdict: a sentence, the mismatch, bars with numbers, and three evidence lines with their sources', () => {
    render(<PopupView state={report(DE_AS_DS)} onOpenPanel={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Titled Data Scientist, reads as Data Engineer');
    expect(screen.getByTestId('mismatch').textContent).toMatch(/This “Data Scientist” job is \d+% data engineering\./);
    const meters = screen.getAllByRole('meter');
    expect(meters.map((m) => m.getAttribute('aria-label'))).toEqual(['Data Engineer', 'Data Scientist', 'Machine Learning Engineer']);
    const total = meters.reduce((s, m) => s + Number(m.getAttribute('aria-valuenow')), 0);
    expect(total).toBeGreaterThanOrEqual(99);
    expect(total).toBeLessThanOrEqual(101);
    expect(within(screen.getByTestId('bar-de')).getByText(/^\d+%$/)).toBeTruthy();
    const items = within(screen.getByTestId('evidence')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toMatch(/^DE/);
    // expanding a line shows the seed sentence behind it
    const why = items[0]!.querySelector('.why')!;
    expect(why.textContent).toMatch(/from the source article: .*data pipelines/);
  });

  it('hybrid: names both roles, strongest first', () => {
    const base = analyze(DE_AS_DS);
    const hybrid: ViewState = {
      kind: 'report',
      posting: { ...DE_AS_DS, title: 'Machine Learning Engineer' },
      report: {
        ...base,
        verdict: 'hybrid',
        hybridOf: ['de', 'ds'],
        topRole: 'de',
        scores: { mle: 0.1, ds: 0.43, de: 0.47 },
        titleRole: 'mle',
        mismatch: { titled: 'mle', readsAs: 'de' },
      },
    };
    render(<PopupView state={hybrid} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Titled Machine Learning Engineer, reads as a mix of Data Engineer and Data Scientist');
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('hybrid');
    expect(screen.getByTestId('mismatch').textContent).toBe('This “Machine Learning Engineer” job is 47% data engineering.');
  });

  it('restricted page: explains that browser pages cannot be read', () => {
    render(<PopupView state={{ kind: 'restricted', url: 'chrome://settings' }} />);
    expect(screen.getByTestId('state-restricted').textContent).toMatch(/can’t read this page/);
  });

  it('no posting: points to the context menu', () => {
    render(<PopupView state={{ kind: 'no-posting' }} />);
    expect(screen.getByTestId('state-no-posting').textContent).toMatch(/No job posting found here.*Select the text and use the context menu/s);
  });

  it('no posting, but a frame from a job board shows one: names its site and opens it in a new tab', () => {
    const frame = 'https://boards.greenhouse.io/embed/job_app?for=acme&token=4001';
    render(<PopupView state={stateFromExtract({ ok: false, failure: { kind: 'no-posting', frame } })} />);
    expect(screen.getByTestId('frame-host').textContent).toBe('boards.greenhouse.io');
    const link = screen.getByTestId('open-frame') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(frame);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toMatch(/noopener/);
    // an address that is not a web page is never offered as a link
    cleanup();
    render(<PopupView state={{ kind: 'no-posting', frame: 'javascript:alert(1)' }} />);
    expect(screen.queryByTestId('open-frame')).toBeNull();
    expect(screen.getByTestId('state-no-posting').textContent).toMatch(/No job posting found here/);
  });

  it('no access: asks for the toolbar click', () => {
    render(<PopupView state={{ kind: 'no-access' }} />);
    expect(screen.getByTestId('state-no-access').textContent).toMatch(/Click the RoleLens button/);
  });

  it('error: shows the detail and retries on request', () => {
    const retry = vi.fn();
    render(<PopupView state={{ kind: 'error', message: 'Receiving end does not exist.' }} onRetry={retry} />);
    expect(screen.getByTestId('state-error').textContent).toMatch(/Receiving end does not exist/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('not English, too short and not a data role each get their own screen, never a verdict', () => {
    const german: Posting = {
      source: 'paste',
      text: 'Aufgaben:\n- Du entwickelst Datenpipelines mit Airflow und Kafka für unser Team und sorgst für die Qualität der Daten.\n- Du arbeitest eng mit den Analysten zusammen und wir bieten dir flexible Arbeitszeiten in unserem Büro.',
    };
    const { unmount } = render(<PopupView state={report(german)} />);
    expect(screen.getByTestId('state-not-english')).toBeTruthy();
    expect(screen.queryByTestId('verdict')).toBeNull();
    unmount();
    render(<PopupView state={report({ source: 'paste', text: 'Build data pipelines.' })} />);
    expect(screen.getByTestId('state-too-short').textContent).toMatch(/Too little text/);
    cleanup();
    const nurse: Posting = {
      source: 'paste',
      text: 'Responsibilities:\n- Provide patient care on a busy surgical ward, administer medication and keep patient records.\n- Work with doctors and families to plan discharge and support recovery.\nRequirements:\n- Registered nurse licence and two years of ward experience.',
    };
    render(<PopupView state={report(nurse)} />);
    expect(screen.getByTestId('state-not-data-role')).toBeTruthy();
  });

  it('renders page text as text, never as HTML', () => {
    const hostile: Posting = {
      ...DE_AS_DS,
      title: '<img src=x onerror="alert(1)">Data Scientist',
      text: `${DE_AS_DS.text}\n- Build data pipelines <script>alert(1)</script><img src=x onerror=alert(2)> with Airflow.`,
    };
    const { container } = render(<PopupView state={report(hostile)} />);
    expect(container.querySelectorAll('script, img[src=x]').length).toBe(0);
    expect(screen.getByTestId('posting-title').textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('stateFromExtract maps every extraction failure to its screen', () => {
    expect(stateFromExtract({ ok: false, failure: { kind: 'restricted' } }).kind).toBe('restricted');
    expect(stateFromExtract({ ok: false, failure: { kind: 'no-access' } }).kind).toBe('no-access');
    expect(stateFromExtract({ ok: false, failure: { kind: 'no-posting' } }).kind).toBe('no-posting');
    expect(stateFromExtract({ ok: false, failure: { kind: 'error', message: 'x' } })).toEqual({ kind: 'error', message: 'x' });
    expect(stateFromExtract({ ok: true, posting: DE_AS_DS }).kind).toBe('report');
  });
});

describe('evidence a reader can check', () => {
  it('marks the words that matched inside each evidence line, as text', () => {
    render(<PopupView state={report(DE_AS_DS)} />);
    const marks = screen.getByTestId('evidence').querySelectorAll('mark.matched');
    expect(marks.length).toBeGreaterThan(2);
    const words = [...marks].map((m) => m.textContent ?? '');
    expect(words.some((w) => /pipelines|ETL|warehouse/i.test(w))).toBe(true);
    // each line's text is unchanged by the marking
    const first = screen.getByTestId('evidence').querySelector('summary')!;
    expect(first.textContent).toMatch(/^(DE|DS|MLE)/);
  });

  it('a reporting analyst posting titled Data Scientist: "reads as analyst work", no bars, no evidence list', () => {
    const analyst: Posting = {
      title: 'Data Scientist',
      source: 'generic',
      text: `Responsibilities:\n- Build Tableau and Power BI dashboards for the sales and finance teams.\n- Produce weekly KPI reports and present them to management.\n- Answer ad hoc requests with SQL queries and Excel pivot tables.\n- Gather business requirements for new reports and dashboards.\nRequirements:\n- Advanced Excel, SQL and Tableau or Power BI.\n- Experience with data visualization and business intelligence reporting.`,
    };
    render(<PopupView state={report(analyst)} />);
    expect(screen.getByText('Reads as analyst work')).toBeTruthy();
    expect(screen.getByTestId('none-sentence').textContent).toBe(
      'Titled Data Scientist, but reads as data or BI analyst work — not a machine learning, data science or data engineering role.',
    );
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    expect(screen.queryByTestId('evidence')).toBeNull();
  });
});

describe('the verdict in one line', () => {
  it('says "reads as one" when title and duties agree, and the clarity in a word (no competing percentage)', () => {
    const p: Posting = { ...DE_AS_DS, title: 'Senior Data Engineer' };
    render(<PopupView state={report(p)} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Data Engineer — reads as one');
    expect(screen.queryByTestId('mismatch')).toBeNull();
    const clarity = screen.getByTestId('clarity');
    expect(clarity.textContent).toMatch(/^(Clear|Leaning|Mixed) reading · \d+ of \d+ sentences count$/);
    expect(clarity.textContent).not.toMatch(/%/);
  });
});

describe('why a line counts', () => {
  it('names each matched phrase once, never a phrase inside a longer one', async () => {
    const { distinctPhrases } = await import('@/lib/ui/EvidenceList');
    expect(distinctPhrases(['batch and streaming data pipelines', 'data pipelines', 'Airflow', 'airflow', 'warehouse', 'Kafka'])).toEqual([
      'batch and streaming data pipelines',
      'warehouse',
      'Airflow',
    ]);
  });
});
