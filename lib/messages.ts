/**
 * The one typed message protocol between the extension's parts. Every message has
 * a `type` from `ProtocolMap`; its payload and reply types are fixed here, so no
 * part sends or answers a stringly-typed message.
 */
import type { ExtractResult, Posting, Role } from './types';

export interface HighlightSpan {
  /** Text of the sentence, used to find it on the page. */
  text: string;
  role: Role;
}

export interface ProtocolMap {
  /** popup/side panel → content script: extract the posting shown now. */
  extract: { request: Record<string, never>; response: ExtractResult };
  /** side panel → content script: draw highlights for these sentences (replacing old ones). */
  highlight: { request: { spans: HighlightSpan[]; roles: Role[]; css: string }; response: { drawn: number; missing: number; supported: boolean } };
  /** side panel → content script: scroll to and flash one sentence. */
  reveal: { request: { span: HighlightSpan; css: string }; response: { found: boolean } };
  /** side panel → content script: remove every highlight. */
  clear: { request: Record<string, never>; response: { cleared: boolean } };
  /** content script → extension pages: the posting on the page changed (single-page boards). */
  'posting-changed': { request: { result: ExtractResult }; response: void };
  /** extension page → content script: is a reader alive in this tab? */
  ping: { request: Record<string, never>; response: { alive: true } };
  /** popup/side panel → background: keep this posting in the history (the service worker outlives a popup closed at once). */
  'record-posting': { request: { posting: Posting }; response: { saved: boolean } };
  /** background → side panel: text to analyze from a context-menu action. */
  'analyze-text': { request: { posting: Posting; target: 'analysis' | 'draft' }; response: void };
}

/** Name of the port a side panel holds open to the content script of the tab it shows. */
export const PANEL_PORT = 'rolelens-panel';

export type MessageType = keyof ProtocolMap;
export type Message<T extends MessageType = MessageType> = T extends MessageType ? { type: T; payload: ProtocolMap[T]['request'] } : never;
export type Reply<T extends MessageType> = ProtocolMap[T]['response'];

export function message<T extends MessageType>(type: T, payload: ProtocolMap[T]['request']): Message<T> {
  return { type, payload } as Message<T>;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'payload' in value;
}

/** Handlers for the messages a part answers; unlisted types are ignored. */
export type Handlers = { [T in MessageType]?: (payload: ProtocolMap[T]['request']) => Reply<T> | Promise<Reply<T>> };

/** Dispatch a message to its handler; `undefined` when no handler takes it. */
export function dispatch(handlers: Handlers, msg: unknown): Promise<unknown> | undefined {
  if (!isMessage(msg)) return undefined;
  const handler = handlers[msg.type] as ((p: unknown) => unknown) | undefined;
  if (!handler) return undefined;
  return new Promise((ok) => ok(handler(msg.payload)));
}

/**
 * A `runtime.onMessage` listener that answers through `sendResponse` and returns `true`
 * while the answer is pending — the documented way, which every Chrome version honours
 * (only recent ones also accept a returned Promise). Messages no handler takes get no
 * answer and leave the channel to other listeners (`false`). A handler that throws answers
 * `undefined` rather than leaving the sender waiting.
 */
export function listener(handlers: Handlers): (msg: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean {
  return (msg, _sender, sendResponse) => {
    const pending = dispatch(handlers, msg);
    if (!pending) return false;
    pending.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}

/** A posting as a message carries it: text and source, and url/title/company strings where present. */
function isPostingLike(p: unknown): p is Posting {
  if (!p || typeof p !== 'object') return false;
  const v = p as { text?: unknown; source?: unknown; url?: unknown; title?: unknown; company?: unknown };
  const optional = (x: unknown) => x === undefined || typeof x === 'string';
  return typeof v.text === 'string' && typeof v.source === 'string' && optional(v.url) && optional(v.title) && optional(v.company);
}

/** A stored or received "analyze this text" payload, checked (session storage holds whatever was put there). */
export function isAnalyzeTextPayload(value: unknown): value is ProtocolMap['analyze-text']['request'] {
  if (!value || typeof value !== 'object') return false;
  const v = value as { posting?: unknown; target?: unknown };
  return (v.target === 'analysis' || v.target === 'draft') && isPostingLike(v.posting);
}

/** A "record this posting" payload, checked: only a posting read from a page joins the history. */
export function isRecordPayload(value: unknown): value is ProtocolMap['record-posting']['request'] {
  return !!value && typeof value === 'object' && isPostingLike((value as { posting?: unknown }).posting);
}
