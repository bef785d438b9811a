/**
 * Bytes from a file or stdin to text: the encoding named by a byte-order mark (UTF-8,
 * UTF-16 LE or BE), else UTF-8. Text that is not text — binary data, control-character
 * soup — is refused with a clear message instead of being analyzed.
 */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Documents that are not text, named by their first bytes, and what to do instead. */
const DOCUMENTS: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], 'a Word document or another zip archive'], // .docx, .odt, .pages
  [[0xd0, 0xcf, 0x11, 0xe0], 'an older Word document'], // .doc
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'], // {\rtf
];

export function decodeInput(bytes: Uint8Array): Decoded {
  const doc = DOCUMENTS.find(([magic]) => magic.every((b, i) => bytes[i] === b));
  if (doc)
    return {
      ok: false,
      message: `This is ${doc[1]}, not text: RoleLens reads text, HTML and saved web pages. Copy the posting's text into a .txt file (or pipe it in), or save the posting's web page, and analyze that.`,
    };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8').decode(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
  return readable(text) ? { ok: true, text } : { ok: false, message: 'This is not a readable posting: it looks like binary data, not text.' };
}

/** Whether a text is mostly printable: few NULs, control characters or replacement characters in its first 64 KB. */
export function readable(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (!sample) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length < 0.02;
}
