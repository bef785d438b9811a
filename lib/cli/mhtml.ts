/**
 * A page saved as one file — MHTML, the browser's "Webpage, Single File": a MIME message whose
 * first HTML part is the page, quoted-printable or base64 encoded, with the address it was
 * saved from in its headers; its CSS parts are the page's stylesheets, its later HTML parts the
 * pages of its frames. The CLI reads that part as it reads a saved HTML page.
 */

export interface MhtmlPage {
  html: string;
  /** The address the page was saved from (Snapshot-Content-Location, else the part's Content-Location). */
  url?: string;
  /** The page's stylesheets and frames (text/css and later text/html parts) by address and by `cid:`. */
  parts: Map<string, string>;
}

/** Whether the text is a MIME message of related parts (cheap: its first lines only). */
export function isMhtml(text: string): boolean {
  const head = text.slice(0, 2000);
  return /^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head);
}

export function fromMhtml(text: string): MhtmlPage | undefined {
  if (!isMhtml(text)) return undefined;
  const [head = ''] = text.split(/\r?\n\r?\n/, 1);
  const headers = unfold(head);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary) return undefined;
  const snapshot = header(headers, 'Snapshot-Content-Location');
  let page: MhtmlPage | undefined;
  const parts = new Map<string, string>();
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const cut = /\r?\n\r?\n/.exec(part);
    if (!cut) continue;
    const partHeaders = unfold(part.slice(0, cut.index));
    const type = header(partHeaders, 'Content-Type') ?? '';
    const html = /^text\/html/i.test(type);
    // the first HTML part is the page; later ones are its frames, CSS parts its sheets
    if (!html && !/^text\/css/i.test(type)) continue;
    const body = part.slice(cut.index + cut[0].length);
    const charset = /charset="?([\w-]+)"?/i.exec(type)?.[1] ?? 'utf-8';
    const decoded = decode(body, (header(partHeaders, 'Content-Transfer-Encoding') ?? '').toLowerCase(), charset);
    const location = header(partHeaders, 'Content-Location');
    if (html && !page) {
      const url = snapshot ?? location;
      page = { html: decoded, parts, ...(url && /^https?:/i.test(url) ? { url } : {}) };
      continue;
    }
    const id = header(partHeaders, 'Content-ID')?.replace(/^<|>$/g, '');
    if (id) parts.set(`cid:${id}`, decoded);
    if (location && !parts.has(location)) parts.set(location, decoded);
  }
  return page;
}

/** Header lines joined with their continuation lines. */
function unfold(headers: string): string {
  return headers.replace(/\r?\n[ \t]+/g, ' ');
}

function header(headers: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(headers)?.[1]?.trim();
}

function decode(body: string, encoding: string, charset: string): string {
  let bytes: Uint8Array;
  if (encoding === 'base64') bytes = Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  else if (encoding === 'quoted-printable') bytes = quotedPrintable(body);
  else return body;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Quoted-printable to bytes: "=\n" joins lines, "=XX" is a byte. */
function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61 /* = */ && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[n++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}
