// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { Posting } from '@/lib/types';
import { PostingPanel } from '@/lib/ui/PostingPanel';
import { byRole, ResponsibilityGroups } from '@/lib/ui/ResponsibilityGroups';

afterEach(cleanup);

const MIXED: Posting = {
  source: 'adapter:lever',
  title: 'Data Scientist',
  text: `Responsibilities
- Build and maintain data pipelines with Airflow and Kafka.
- Own ETL jobs into the Snowflake data warehouse.
- Design experiments and A/B tests and present findings to stakeholders.
- Deploy machine learning models to production and monitor them.
Requirements
- Statistics and R.`,
};
const report = analyze(MIXED);
const on = { mle: true, ds: true, de: true };

describe('side panel responsibility list', () => {
  it('groups every evidence line under its role, in page order, with counts', () => {
    render(<ResponsibilityGroups report={report} highlighted={on} onToggle={() => undefined} />);
    const groups = byRole(report);
    for (const role of ['mle', 'ds', 'de'] as const) {
      const section = screen.getByTestId(`group-${role}`);
      const buttons = within(section).queryAllByRole('button');
      // the line's own text (its matched words marked inside it), without the "why" and screen-reader parts
      const lineText = (b: HTMLElement) =>
        [...b.childNodes]
          .filter((n) => !(n instanceof HTMLElement && (n.classList.contains('line-why') || n.classList.contains('sr-only'))))
          .map((n) => n.textContent)
          .join('');
      expect(buttons.map(lineText)).toEqual(groups[role].map((e) => e.text));
      // each line says which responsibility of its role it counts for
      for (const b of buttons) expect(b.querySelector('.line-why')!.textContent!.length).toBeGreaterThan(5);
      expect(within(section).getByRole('heading').textContent).toMatch(new RegExp(`${groups[role].length} lines?$`));
    }
    expect(within(screen.getByTestId('group-de')).getAllByRole('button')[0]!.textContent).toMatch(/^Build and maintain data pipelines/);
  });

  it('clicking a line asks to reveal that sentence on the page', () => {
    const reveal = vi.fn();
    render(<ResponsibilityGroups report={report} highlighted={on} onToggle={() => undefined} onReveal={reveal} />);
    fireEvent.click(screen.getByRole('button', { name: /Own ETL jobs/ }));
    expect(reveal).toHaveBeenCalledWith(expect.objectContaining({ text: 'Own ETL jobs into the Snowflake data warehouse.', role: 'de' }));
  });

  it('has one labelled toggle per role that reports its new state', () => {
    const toggle = vi.fn();
    render(<ResponsibilityGroups report={report} highlighted={{ ...on, ds: false }} onToggle={toggle} onReveal={() => undefined} />);
    const ds = screen.getByTestId('toggle-ds') as HTMLInputElement;
    expect(ds.checked).toBe(false);
    expect(ds.closest('label')!.textContent).toMatch(/DS/);
    fireEvent.click(screen.getByTestId('toggle-de'));
    expect(toggle).toHaveBeenCalledWith('de', false);
  });

  it('says when pasted text cannot be highlighted on the page, and offers no reveal', () => {
    render(
      <PostingPanel state={{ kind: 'report', posting: MIXED, report }} highlighted={on} onToggle={() => undefined} onReveal={() => undefined} onPage={false} />,
    );
    expect(screen.getByText(/did not come from the page/)).toBeTruthy();
    expect(screen.getByTestId('posting-source').textContent).toBe('from Lever');
  });
});

describe('pasted text and groups', () => {
  it('text not on the page gets no highlight toggles; groups fold, with their counts, and mark the matched words', () => {
    render(<ResponsibilityGroups report={report} highlighted={on} onToggle={() => undefined} />);
    expect(screen.queryByTestId('toggle-de')).toBeNull();
    const de = screen.getByTestId('group-de');
    expect(de.querySelector('details')).not.toBeNull();
    expect(de.querySelector('summary')!.textContent).toMatch(/Data Engineer — \d+ lines?/);
    expect(de.querySelectorAll('mark.matched').length).toBeGreaterThan(0);
  });
});
