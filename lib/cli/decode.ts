/**
 * Bytes from a file or stdin to text: the encoding named by a byte-order mark (UTF-8,
 * UTF-16 LE or BE), else UTF-8. Text that is not text — binary data, control-character
 * soup — is refused with a clear message instead of being analyzed.
 */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export function decodeInput(bytes: Uint8Array): Decoded {
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
