/** What an extension page shows: one state at a time, computed from an extraction. */
import { analyze } from '../analyze';
import type { ExtractResult, Posting, Report } from '../types';

export type ViewState =
  | { kind: 'analyzing' }
  | { kind: 'restricted'; url?: string }
  | { kind: 'no-posting'; frame?: string }
  | { kind: 'no-access' }
  | { kind: 'error'; message: string }
  | { kind: 'report'; posting: Posting; report: Report };

export function stateFromExtract(result: ExtractResult): ViewState {
  if (!result.ok) {
    const f = result.failure;
    if (f.kind === 'restricted') return { kind: 'restricted', url: f.url };
    if (f.kind === 'no-posting') return f.frame ? { kind: 'no-posting', frame: f.frame } : { kind: 'no-posting' };
    if (f.kind === 'no-access') return { kind: 'no-access' };
    return { kind: 'error', message: f.message };
  }
  try {
    return { kind: 'report', posting: result.posting, report: analyze(result.posting) };
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
}
