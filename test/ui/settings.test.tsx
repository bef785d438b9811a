// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOARD_ORIGINS } from '@/lib/extract/adapters/origins';
import { STATE_KEY } from '@/lib/storage/schema';
import { memoryArea } from '@/lib/storage/store';
import { SettingsView } from '@/lib/ui/SettingsView';

afterEach(cleanup);

describe('settings', () => {
  it('asks for the job boards only on request, and offers to remove the access once given', () => {
    const allow = vi.fn();
    const revoke = vi.fn();
    const { rerender } = render(<SettingsView allowed={false} area={memoryArea()} onAllow={allow} onRevoke={revoke} />);
    expect(screen.getByTestId('auto-state').textContent).toMatch(/^Off/);
    fireEvent.click(screen.getByTestId('auto-on'));
    expect(allow).toHaveBeenCalledOnce();
    rerender(<SettingsView allowed={true} area={memoryArea()} onAllow={allow} onRevoke={revoke} />);
    expect(screen.getByTestId('auto-state').textContent).toMatch(/^On/);
    fireEvent.click(screen.getByTestId('auto-off'));
    expect(revoke).toHaveBeenCalledOnce();
  });

  it('lists every board it would ask for, and what is kept on the device', async () => {
    const area = memoryArea({
      [STATE_KEY]: {
        version: 2,
        settings: { highlight: { mle: true, ds: true, de: true } },
        drafts: [],
        history: [{ verdict: 'de', scores: { mle: 0, ds: 0, de: 1 }, at: 1, source: 'json-ld' }],
      },
    });
    render(<SettingsView allowed={false} area={area} onAllow={() => undefined} onRevoke={() => undefined} />);
    for (const o of BOARD_ORIGINS) expect(document.body.textContent).toContain(o.replace('https://*.', '').replace('/*', ''));
    await waitFor(() => expect(document.body.textContent).toMatch(/0 drafts and 1 posting in your history/));
  });

  it('asks only for https job-board origins', () => {
    expect(BOARD_ORIGINS.length).toBeGreaterThanOrEqual(7);
    for (const o of BOARD_ORIGINS) expect(o).toMatch(/^https:\/\/\*\.[a-z.]+\/\*$/);
  });
});
