// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { readFocusedEditable, readSelection } from '@/lib/browser/page-text';

afterEach(() => {
  document.body.replaceChildren();
});

describe('reading what the user pointed at (injected functions)', () => {
  it('reads the whole focused textarea, and a contenteditable editor', () => {
    const ta = document.createElement('textarea');
    ta.value = 'Line one\nLine two';
    document.body.append(ta);
    ta.focus();
    expect(readFocusedEditable()).toBe('Line one\nLine two');

    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.tabIndex = 0;
    const p = document.createElement('p');
    p.textContent = 'Deploy models to production.';
    editor.append(p);
    document.body.append(editor);
    editor.focus();
    expect(readFocusedEditable()).toContain('Deploy models to production.');
  });

  it('reads the selection as text', () => {
    const p = document.createElement('p');
    p.textContent = 'Build data pipelines';
    document.body.append(p);
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    expect(readSelection()).toBe('Build data pipelines');
  });
});
