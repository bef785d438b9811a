import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { recordAnalysis } from '@/lib/browser/history-recorder';
import { extractFromTab, sendToTab, targetTab, type TabInfo } from '@/lib/browser/page-client';
import { localArea } from '@/lib/browser/storage-area';
import { loadState, updateState } from '@/lib/storage/store';
import { needsGeneric } from '@/lib/extract/read';
import { postingKey } from '@/lib/extract/watch';
import { HIGHLIGHT_CSS } from '@/lib/highlight/styles';
import { isMessage, PANEL_PORT, type Message } from '@/lib/messages';
import type { Evidence, Posting, Role } from '@/lib/types';
import { PastePanel } from '@/lib/ui/PastePanel';
import { DraftView } from '@/lib/ui/DraftView';
import { HistoryView } from '@/lib/ui/HistoryView';
import { PostingPanel } from '@/lib/ui/PostingPanel';
import { stateFromExtract, type ViewState } from '@/lib/ui/view-state';

type Tab = 'posting' | 'paste' | 'draft' | 'history';
const ALL_ON: Record<Role, boolean> = { mle: true, ds: true, de: true };

export function App() {
  const fixedTab = new URLSearchParams(location.search).has('tab');
  const area = useMemo(() => localArea(), []);
  const [view, setView] = useState<Tab>('posting');
  const [state, setState] = useState<ViewState>({ kind: 'analyzing' });
  const [onPage, setOnPage] = useState(true);
  const [highlighted, setHighlighted] = useState<Record<Role, boolean>>(ALL_ON);
  const [draftSeed, setDraftSeed] = useState<Posting | undefined>();
  const tabRef = useRef<TabInfo | undefined>();
  const portRef = useRef<{ tabId: number; port: ReturnType<typeof browser.tabs.connect> } | undefined>();
  const stateRef = useRef(state);
  stateRef.current = state;
  const highlightRef = useRef(highlighted);
  highlightRef.current = highlighted;

  const paint = useCallback(async (s: ViewState, roles: Record<Role, boolean>) => {
    const tab = tabRef.current;
    if (!tab || s.kind !== 'report') return;
    // highlights only while a verdict stands: none for "not a data role", "not English" or thin evidence
    if (s.report.verdict === 'none') return void sendToTab(tab.id, 'clear', {}).catch(() => undefined);
    const spans = s.report.evidence.map((e) => ({ text: e.text, role: e.role }));
    const on = (Object.keys(roles) as Role[]).filter((r) => roles[r]);
    await sendToTab(tab.id, 'highlight', { spans, roles: on, css: HIGHLIGHT_CSS }).catch(() => undefined);
  }, []);

  const holdPort = (tabId: number) => {
    if (portRef.current?.tabId === tabId) return;
    portRef.current?.port.disconnect();
    try {
      portRef.current = { tabId, port: browser.tabs.connect(tabId, { name: PANEL_PORT }) };
    } catch {
      portRef.current = undefined;
    }
  };

  const show = useCallback(
    (s: ViewState, fromPage: boolean) => {
      setState(s);
      setOnPage(fromPage);
      const tab = tabRef.current;
      if (fromPage) void paint(s, highlightRef.current);
      else if (tab) void sendToTab(tab.id, 'clear', {}).catch(() => undefined); // pasted text: nothing of it is on the page
      if (s.kind === 'report') void recordAnalysis(s.posting, s.report);
    },
    [paint],
  );

  const run = useCallback(async () => {
    setState({ kind: 'analyzing' });
    const tab = await targetTab();
    tabRef.current = tab;
    if (!tab) return show({ kind: 'no-access' }, false);
    const result = await extractFromTab(tab);
    if (result.ok) holdPort(tab.id);
    show(stateFromExtract(result), true);
  }, [show]);

  // the highlight toggles are a setting: restored on open, saved on change
  useEffect(() => {
    void loadState(area).then((l) => {
      highlightRef.current = l.state.settings.highlight;
      setHighlighted(l.state.settings.highlight);
      void paint(stateRef.current, l.state.settings.highlight);
    });
  }, [area, paint]);

  useEffect(() => {
    void run();
    const onMessage = (msg: unknown, sender: { tab?: { id?: number } }) => {
      if (!isMessage(msg)) return;
      const m = msg as Message;
      if (m.type === 'posting-changed' && sender.tab?.id === tabRef.current?.id) {
        // a freshly injected reader announces the posting the panel has just read: skip the repeat
        const cur = stateRef.current;
        // the page changed to one only the generic reader can read: the panel brings it in
        if (needsGeneric(m.payload.result)) return void run();
        if (cur.kind === 'report' && postingKey({ ok: true, posting: cur.posting }) === postingKey(m.payload.result)) return;
        show(stateFromExtract(m.payload.result), true);
      } else if (m.type === 'analyze-text') {
        void browser.storage.session?.remove('pending').catch(() => undefined);
        if (m.payload.target === 'draft') {
          setDraftSeed(m.payload.posting);
          setView('draft');
        } else {
          setView('posting');
          show(stateFromExtract({ ok: true, posting: m.payload.posting }), false);
        }
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onActivated = () => {
      if (!fixedTab) void run();
    };
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === tabRef.current?.id && info.status === 'complete') void run();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // text sent from a context menu before the panel was open
    void browser.storage.session
      ?.get('pending')
      .then((got) => {
        const pending = got['pending'] as Message<'analyze-text'>['payload'] | undefined;
        if (pending) onMessage({ type: 'analyze-text', payload: pending }, {}); // which also removes it
      })
      .catch(() => undefined);
    const clear = () => {
      const tab = tabRef.current;
      if (tab) void sendToTab(tab.id, 'clear', {}).catch(() => undefined);
    };
    window.addEventListener('pagehide', clear);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      window.removeEventListener('pagehide', clear);
      clear();
    };
  }, [run, show, fixedTab]);

  const toggle = (role: Role, on: boolean) => {
    const next = { ...highlighted, [role]: on };
    setHighlighted(next);
    void updateState(area, (s) => ({ ...s, settings: { ...s.settings, highlight: next } }));
    if (onPage) void paint(stateRef.current, next);
  };

  const reveal = (e: Evidence) => {
    const tab = tabRef.current;
    if (tab) void sendToTab(tab.id, 'reveal', { span: { text: e.text, role: e.role }, css: HIGHLIGHT_CSS }).catch(() => undefined);
  };

  const tabs: [Tab, string][] = [
    ['posting', 'This page'],
    ['paste', 'Paste'],
    ['draft', 'Draft'],
    ['history', 'History'],
  ];

  return (
    <main class="panel">
      <p class="brand">
        <img src="/icon/32.png" alt="" /> RoleLens
      </p>
      <nav
        class="tabs"
        role="tablist"
        aria-label="RoleLens views"
        onKeyDown={(e) => {
          // arrow keys move between tabs, as a tab list should
          const i = tabs.findIndex(([id]) => id === view);
          const next = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i + tabs.length - 1) % tabs.length : -1;
          if (next < 0) return;
          setView(tabs[next]![0]);
          (e.currentTarget.querySelectorAll('[role="tab"]')[next] as HTMLElement | undefined)?.focus();
        }}
      >
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={view === id}
            tabIndex={view === id ? 0 : -1}
            aria-controls={`view-${id}`}
            onClick={() => setView(id)}
            data-testid={`tab-${id}`}
          >
            {label}
          </button>
        ))}
      </nav>
      <section role="tabpanel" id={`view-${view}`} aria-labelledby={`tab-${view}`}>
        {view === 'posting' && (
          <PostingPanel state={state} highlighted={highlighted} onToggle={toggle} onReveal={reveal} onRetry={() => void run()} onPage={onPage} />
        )}
        {view === 'paste' && (
          <PastePanel
            onAnalyze={(posting) => {
              setView('posting');
              show(stateFromExtract({ ok: true, posting }), false);
            }}
          />
        )}
        {view === 'draft' && <DraftView area={area} seed={draftSeed} />}
        {view === 'history' && <HistoryView area={area} />}
      </section>
    </main>
  );
}
