import { Component, type JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze } from '../analyze';
import { coverage, type Coverage } from '../draft/coverage';
import { EXAMPLES } from '../draft/examples';
import { postingFromText } from '../extract';
import { reportMarkdown } from '../report/markdown';
import { percent } from '../report/summary';
import { activeDraft, createDraft, deleteDraft, mergeDrafts, sameDrafts, updateDraft } from '../storage/drafts';
import { STATE_KEY, type State } from '../storage/schema';
import { loadState, updateState, type Area } from '../storage/store';
import type { Evidence, Posting, Report, Role } from '../types';
import { ROLE_NAMES, ROLES } from '../types';
import { downloadText } from './download';
import { RoleBars } from './RoleBars';
import { RoleTag } from './RoleTag';
import { DraftSummary, readsOff, tooEarly } from './DraftSummary';
import { VerdictCard } from './VerdictCard';

export interface DraftViewProps {
  area: Area;
  /** Text sent from an editable field through the context menu: opens as a new draft. */
  seed?: Posting;
  /** Wait before re-analyzing after typing stops (ms). */
  debounceMs?: number;
  /** Wait before saving after a change (ms). */
  saveMs?: number;
  /** How long "Copied" shows before the button reads "Copy as Markdown" again (ms). */
  copiedMs?: number;
}

interface Analysis {
  report: Report;
  cov: Coverage;
  text: string;
}

/**
 * Write back only the drafts, merged into what is stored now: history recorded meanwhile by
 * another view is kept, and so is every draft another side panel wrote (newest text wins).
 */
function saveDrafts(area: Area, s: State, deleted: ReadonlySet<string>) {
  return updateState(area, (latest) => ({ ...latest, drafts: mergeDrafts(latest.drafts, s.drafts, deleted), activeDraft: s.activeDraft }));
}

/** Recruiter draft mode: write a posting, pick the role it is for, see live what it reads as and what it lacks. */
export function DraftView({ area, seed, debounceMs = 60, saveMs = 300, copiedMs = 2000 }: DraftViewProps) {
  const [state, setState] = useState<State | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | undefined>();
  const [readOnly, setReadOnly] = useState(false);
  const [analysis, setAnalysis] = useState<Analysis | undefined>();
  const [copied, setCopied] = useState(false);
  const seeded = useRef<Posting | undefined>();
  const textarea = useRef<HTMLTextAreaElement>(null);
  /** Drafts deleted here (never written back by a merge), and drafts seen in storage (gone from it: deleted elsewhere). */
  const deleted = useRef(new Set<string>());
  const stored = useRef(new Set<string>());

  useEffect(() => {
    void loadState(area).then((loaded) => {
      let s = loaded.state;
      stored.current = new Set(s.drafts.map((d) => d.id));
      if (s.drafts.length === 0) s = createDraft(s).state;
      setState(s);
      setNotice(loaded.notice);
      setReadOnly(!!loaded.readOnly);
    });
  }, [area]);

  // another side panel (another window) saved drafts: take its newest text, keep ours
  useEffect(() => {
    return area.subscribe?.(STATE_KEY, () => {
      void loadState(area).then((loaded) => {
        const incoming = loaded.state.drafts;
        const here = new Set(incoming.map((d) => d.id));
        setState((cur) => {
          if (!cur) return cur;
          // a draft this view had seen stored that is gone now was deleted in another view
          const gone = new Set([...stored.current].filter((id) => !here.has(id)));
          stored.current = here;
          const mine = cur.drafts.filter((d) => !gone.has(d.id));
          const drafts = mergeDrafts(incoming, mine, deleted.current);
          if (sameDrafts(drafts, cur.drafts)) return cur;
          const activeStill = drafts.some((d) => d.id === cur.activeDraft);
          return { ...cur, drafts, activeDraft: activeStill ? cur.activeDraft : drafts[0]?.id };
        });
      });
    });
  }, [area]);

  // a draft sent from a page's editor opens as a new draft
  useEffect(() => {
    if (!state || !seed || seeded.current === seed) return;
    seeded.current = seed;
    setState(createDraft(state, { text: seed.text, name: 'From a page editor' }).state);
  }, [seed, state]);

  // save as it changes (debounced); failures are shown, never swallowed
  const unsaved = useRef<State | undefined>();
  useEffect(() => {
    if (!state || readOnly) return;
    unsaved.current = state;
    const t = setTimeout(() => {
      unsaved.current = undefined;
      void saveDrafts(area, state, deleted.current).then((r) => {
        setSaveError(r.ok ? undefined : r.error);
        if (r.state) stored.current = new Set(r.state.drafts.map((d) => d.id));
      });
    }, saveMs);
    return () => clearTimeout(t);
  }, [state, area, readOnly, saveMs]);

  // closing the panel or leaving the Draft tab inside the debounce still saves
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) void saveDrafts(area, unsaved.current, deleted.current);
      unsaved.current = undefined;
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [area]);

  const draft = state ? activeDraft(state) : undefined;

  // analysis off the input path: after a quiet moment, in its own task
  useEffect(() => {
    if (!draft) return;
    const { text, intended } = draft;
    const t = setTimeout(() => {
      if (!text.trim()) return setAnalysis(undefined);
      const report = analyze(postingFromText(text, 'draft', undefined, ''));
      setAnalysis({ report, cov: coverage(report, intended), text });
    }, debounceMs);
    return () => clearTimeout(t);
  }, [draft?.text, draft?.intended, debounceMs]);

  // the re-analyzed draft is on screen: read by bench/draft-speed.ts
  useEffect(() => {
    if (analysis) performance.mark('rolelens:draft-shown');
  }, [analysis]);

  if (!state || !draft) return <p class="hint">Loading drafts…</p>;
  const change = (patch: Parameters<typeof updateDraft>[2]) => setState((s) => (s ? updateDraft(s, draft.id, patch) : s));

  return (
    <div data-testid="draft-view">
      {/* too early to judge, the one hint below the editor says so: no summary to keep in view yet */}
      {analysis && !tooEarly(analysis.report) && <DraftSummary report={analysis.report} cov={analysis.cov} intended={draft.intended} />}
      {notice && (
        <p class="note" role="status">
          {notice}
        </p>
      )}
      <div class="actions draft-bar" style={{ marginTop: 0 }}>
        <label class="field" style={{ flex: 1, margin: 0 }}>
          <span>Draft</span>
          <select
            value={draft.id}
            onChange={(e) => setState({ ...state, activeDraft: (e.currentTarget as HTMLSelectElement).value })}
            data-testid="draft-select"
          >
            {state.drafts.map((d) => (
              <option value={d.id} key={d.id}>
                {d.name} — {ROLE_NAMES[d.intended]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="btn" onClick={() => setState(createDraft(state).state)} data-testid="draft-new">
          New draft
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => {
            if (!confirm(`Delete “${draft.name}”? This cannot be undone.`)) return;
            // deleting the last draft leaves a fresh empty one to write in
            deleted.current.add(draft.id);
            setState((s) => {
              if (!s) return s;
              const rest = deleteDraft(s, draft.id);
              return rest.drafts.length ? rest : createDraft(rest).state;
            });
          }}
          data-testid="draft-delete"
        >
          Delete
        </button>
      </div>
      <label class="field">
        <span>Name</span>
        <input
          type="text"
          value={draft.name}
          required
          aria-invalid={!draft.name.trim()}
          aria-describedby={draft.name.trim() ? undefined : 'draft-name-error'}
          onInput={(e) => change({ name: (e.currentTarget as HTMLInputElement).value })}
          onBlur={(e) => {
            // a draft always has a name: an emptied one gets its old place back
            if (!(e.currentTarget as HTMLInputElement).value.trim()) change({ name: `Draft ${state.drafts.findIndex((d) => d.id === draft.id) + 1}` });
          }}
          data-testid="draft-name"
        />
      </label>
      {!draft.name.trim() && (
        <p class="note" id="draft-name-error" role="alert" data-testid="draft-name-error">
          A draft needs a name.
        </p>
      )}
      <fieldset class="toggles" style={{ border: 'none', padding: 0 }}>
        <legend>
          <strong>The role this posting is for</strong>
        </legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="intended"
              value={r}
              checked={draft.intended === r}
              onChange={() => change({ intended: r })}
              data-testid={`intended-${r}`}
            />
            <RoleTag role={r} /> {ROLE_NAMES[r]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Posting text</span>
        <textarea
          ref={textarea}
          value={draft.text}
          onInput={(e) => change({ text: (e.currentTarget as HTMLTextAreaElement).value })}
          data-testid="draft-text"
          placeholder="Type or paste the posting. RoleLens checks it as you write."
        />
      </label>
      <p class="hint" data-testid="draft-saved" aria-live="polite">
        {readOnly ? 'Not saving: see the note above.' : saveError ? <span role="alert">Not saved — {saveError}</span> : 'Saved on this device as you type.'}
      </p>
      {analysis && (
        <StableAnalysis
          analysis={analysis}
          intended={draft.intended}
          name={draft.name}
          copied={copied}
          setCopied={setCopied}
          copiedMs={copiedMs}
          onInsert={(line) => setState((s) => (s ? updateDraft(s, draft.id, { text: appendLine(activeDraft(s)?.text ?? '', line) }) : s))}
          onShow={(start, end) => {
            const el = textarea.current;
            if (!el || el.value.slice(start, end) !== analysis.text.slice(start, end)) return;
            el.focus();
            el.setSelectionRange(start, end);
          }}
        />
      )}
    </div>
  );
}

type AnalysisProps = {
  analysis: Analysis;
  intended: Role;
  name: string;
  copied: boolean;
  setCopied: (v: boolean) => void;
  copiedMs: number;
  /** Add a suggested line to the end of the draft, as a bullet. */
  onInsert: (line: string) => void;
  /** Select a stretch of the draft in the editor. */
  onShow: (start: number, end: number) => void;
};

/** The draft with one more bullet at its end. */
export function appendLine(text: string, line: string): string {
  const base = text.replace(/\s+$/, '');
  return `${base}${base ? '\n' : ''}- ${line}`;
}

/** Re-renders only when the analysis (not every keystroke) changes, so typing stays light. */
class StableAnalysis extends Component<AnalysisProps> {
  override shouldComponentUpdate(next: AnalysisProps) {
    const p = this.props;
    return next.analysis !== p.analysis || next.intended !== p.intended || next.name !== p.name || next.copied !== p.copied;
  }
  override render() {
    return <DraftAnalysis {...this.props} />;
  }
}

function DraftAnalysis({ analysis, intended, name, copied, setCopied, copiedMs, onInsert, onShow }: AnalysisProps) {
  const { report, cov, text } = analysis;
  const markdown = useMemo(() => reportMarkdown({ text, source: 'draft', title: name }, report, cov), [report, cov, text, name]);
  const off = readsOff(report, intended);
  if (tooEarly(report)) {
    return (
      <section aria-label="Draft analysis" data-testid="draft-analysis">
        <p class="hint" data-testid="draft-too-short">
          {report.noneReason === 'thin-evidence'
            ? `Not enough yet to say which role this reads as. Write the duties of the ${ROLE_NAMES[intended]} — what the person will do — and the analysis appears here.`
            : `Keep writing: a posting needs a few lines of duties before RoleLens can say which role it reads as.`}
        </p>
      </section>
    );
  }
  return (
    <section aria-label="Draft analysis" data-testid="draft-analysis">
      {off && (
        <p class="mismatch" data-testid="draft-mismatch">
          Meant as {ROLE_NAMES[intended]}, reads as {ROLE_NAMES[off]} ({percent(report.scores[off])}).
        </p>
      )}
      <VerdictCard report={report} level={2} />
      <RoleBars report={report} />
      <h2 class="section">
        Covers {cov.covered.length} of {cov.covered.length + cov.missing.length} core {ROLE_NAMES[intended]} responsibilities
      </h2>
      <ul class="coverage" data-testid="coverage">
        {cov.covered.map((c) => (
          <li class="ok" key={c.entry.id}>
            {c.entry.label}
          </li>
        ))}
        {cov.missing.map((m) => (
          <li class="missing" key={m.id} data-testid="missing">
            {m.label} — <em>missing</em>
            {/* a sentence in the source article's wording, ready to paste or add */}
            {(EXAMPLES[m.id] ?? []).map((line) => (
              <div class="suggestion" key={line} data-testid="suggestion">
                <q>{line}</q>
                <span class="suggestion-actions">
                  <button type="button" class="btn small" onClick={() => onInsert(line)} data-testid="suggestion-add" aria-label={`Add to the draft: ${line}`}>
                    Add to draft
                  </button>
                  <button type="button" class="btn small" onClick={() => void navigator.clipboard?.writeText(line)} aria-label={`Copy: ${line}`}>
                    Copy
                  </button>
                </span>
              </div>
            ))}
          </li>
        ))}
      </ul>
      {cov.pulling.length > 0 && (
        <>
          <h2 class="section">Lines that pull towards another role</h2>
          <MarkedDraft text={text} pulling={cov.pulling} onShow={onShow} />
        </>
      )}
      <div class="actions">
        <button
          type="button"
          class="btn"
          data-testid="copy-md"
          onClick={() => {
            void navigator.clipboard?.writeText(markdown).then(
              () => {
                setCopied(true);
                // "Copied" says what just happened, then the button reads as a button again
                setTimeout(() => setCopied(false), copiedMs);
              },
              () => setCopied(false),
            );
          }}
        >
          {copied ? 'Copied' : 'Copy as Markdown'}
        </button>
        <button
          type="button"
          class="btn"
          data-testid="download-md"
          onClick={() => downloadText(`${name.replace(/[^\w.-]+/g, '-') || 'draft'}.md`, markdown, 'text/markdown')}
        >
          Download .md
        </button>
      </div>
    </section>
  );
}

/** Only the draft's lines that read as another role, each marked with that role and a way to find it in the editor. Rendered as text. */
export function MarkedDraft({ text, pulling, onShow }: { text: string; pulling: Evidence[]; onShow?: (start: number, end: number) => void }) {
  const lines: JSX.Element[] = [];
  let pos = 0;
  for (const e of pulling) {
    if (e.start < pos) continue;
    const line = text.slice(e.start, e.end);
    lines.push(
      <li key={e.start}>
        <mark class={`pull pull-${e.role}`} title={`Reads as ${ROLE_NAMES[e.role]}`}>
          <RoleTag role={e.role} />
          {line}
        </mark>
        {onShow && (
          <button type="button" class="btn small" onClick={() => onShow(e.start, e.end)} aria-label={`Show in the draft: ${line}`}>
            Show in draft
          </button>
        )}
      </li>,
    );
    pos = e.end;
  }
  return (
    <ul class="marked-draft" data-testid="marked-draft">
      {lines}
    </ul>
  );
}
