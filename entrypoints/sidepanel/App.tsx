import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { recordAnalysis } from '@/lib/browser/history-recorder';
import { localArea } from '@/lib/browser/storage-area';
import { isAnalyzeTextPayload, isMessage, type Message, type ProtocolMap } from '@/lib/messages';
import { TabSession } from '@/lib/sidepanel/tab-session';
import { loadState, updateState } from '@/lib/storage/store';
import type { Evidence, Posting, Role } from '@/lib/types';
import { PastePanel } from '@/lib/ui/PastePanel';
import { DraftView } from '@/lib/ui/DraftView';
import { ErrorBoundary } from '@/lib/ui/ErrorBoundary';
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
  // the Paste tab is a view of its own: its text and its analysis stay there
  const [pasteText, setPasteText] = useState('');
  const [pasted, setPasted] = useState<ViewState | undefined>();
  const stateRef = useRef(state);
  stateRef.current = state;
  const highlightRef = useRef(highlighted);
  highlightRef.current = highlighted;

  // what the panel shows: the tab's posting (painted on the page), or text from elsewhere (nothing painted)
  const show = useCallback((s: ViewState, fromPage: boolean) => {
    setState(s);
    setOnPage(fromPage);
    const tab = session.current;
    if (fromPage) void tab.paint(s, highlightRef.current);
    else void tab.clear();
    if (s.kind === 'report') void recordAnalysis(s.posting, s.report);
  }, []);
  const session = useMemo(() => ({ current: new TabSession((s, fromPage) => show(s, fromPage), location.search) }), [show]);

  // the highlight toggles are a setting: restored on open, saved on change
  useEffect(() => {
    void loadState(area).then((l) => {
      highlightRef.current = l.state.settings.highlight;
      setHighlighted(l.state.settings.highlight);
      void session.current.paint(stateRef.current, l.state.settings.highlight);
    });
  }, [area]);

  useEffect(() => {
    const tab = session.current;
    void tab.read();
    const analyzeText = (payload: ProtocolMap['analyze-text']['request']) => {
      void browser.storage.session?.remove('pending').catch(() => undefined);
      if (payload.target === 'draft') {
        setDraftSeed(payload.posting);
        setView('draft');
      } else {
        setView('posting');
        show(stateFromExtract({ ok: true, posting: payload.posting }), false);
      }
    };
    const onMessage = (msg: unknown, sender: { tab?: { id?: number } }) => {
      if (!isMessage(msg)) return;
      const m = msg as Message;
      if (m.type === 'posting-changed') tab.onReaderNews(m.payload.result, sender.tab?.id, stateRef.current);
      else if (m.type === 'analyze-text' && isAnalyzeTextPayload(m.payload)) analyzeText(m.payload);
    };
    browser.runtime.onMessage.addListener(onMessage);
    const onActivated = () => {
      if (!fixedTab) void tab.read();
    };
    const onUpdated = (tabId: number, info: { status?: string }) => {
      if (tabId === tab.tabId && info.status === 'complete') void tab.read();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    // text sent from a context menu before the panel was open
    void browser.storage.session
      ?.get('pending')
      .then((got) => {
        if (isAnalyzeTextPayload(got['pending'])) analyzeText(got['pending']);
      })
      .catch(() => undefined);
    const clear = () => void tab.clear();
    window.addEventListener('pagehide', clear);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      window.removeEventListener('pagehide', clear);
      clear();
    };
  }, [show, fixedTab]);

  const toggle = (role: Role, on: boolean) => {
    const next = { ...highlighted, [role]: on };
    setHighlighted(next);
    // the page changes once the choice is stored, so a panel closed right after a toggle still remembers it
    void updateState(area, (s) => ({ ...s, settings: { ...s.settings, highlight: next } })).finally(() => {
      if (onPage) void session.current.paint(stateRef.current, next);
    });
  };

  const reveal = (e: Evidence) => session.current.reveal(e);

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
        {/* one boundary a view: a view that fails leaves the other tabs (and the drafts) reachable */}
        <ErrorBoundary key={view}>
          {view === 'posting' && (
            <PostingPanel
              state={state}
              highlighted={highlighted}
              onToggle={toggle}
              onReveal={reveal}
              onRetry={() => void session.current.read()}
              onPage={onPage}
            />
          )}
          {view === 'paste' && (
            <>
              <PastePanel text={pasteText} onText={setPasteText} onAnalyze={(posting) => setPasted(stateFromExtract({ ok: true, posting }))} />
              {pasted && (
                <div class="pasted-result" data-testid="pasted-result">
                  <PostingPanel state={pasted} highlighted={highlighted} onToggle={() => undefined} onPage={false} />
                </div>
              )}
            </>
          )}
          {view === 'draft' && <DraftView area={area} seed={draftSeed} />}
          {view === 'history' && <HistoryView area={area} />}
        </ErrorBoundary>
      </section>
    </main>
  );
}
