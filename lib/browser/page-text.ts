/**
 * Functions injected into a page by `scripting.executeScript` to read what the user
 * pointed at. They must be self-contained (they are serialised), and only read.
 */

/** The selected text with its line breaks (context-menu `selectionText` loses them). */
export function readSelection(): string {
  return globalThis.getSelection?.()?.toString() ?? '';
}

/** The whole text of the focused editable field: textarea, input or contenteditable editor. */
export function readFocusedEditable(): string {
  let el: Element | null = document.activeElement;
  // editors in iframes and shadow roots keep focus one level down
  while (el && (el as HTMLElement & { shadowRoot?: ShadowRoot | null }).shadowRoot?.activeElement) {
    el = (el as HTMLElement).shadowRoot!.activeElement;
  }
  if (!el) return '';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const editable = (el as HTMLElement).closest?.('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]') as HTMLElement | null;
  return editable?.innerText ?? '';
}
