/**
 * A page written without its optional tags, read as a browser reads it. HTML lets a page leave out
 * `<html>`, `<head>` and `<body>` (SingleFile's compressed saves do, and so do hand-written pages);
 * a browser puts the head's elements in the head and the rest in the body. linkedom does not: it
 * leaves an empty body and the page's content beside it — or, with no `<html>` at all, keeps only the
 * first element — so such a page read as no posting.
 */

/** Whether the page opens its `<html>` element (after a doctype, comments or an XML prolog). */
const HAS_HTML = /<html[\s>]/i;

/** The page's markup with an `<html>` element around it where it has none. */
export function wrapHtml(html: string): string {
  if (HAS_HTML.test(html.slice(0, 20_000))) return html;
  const doctype = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?/i.exec(html)![0];
  return `${doctype}<html>${html.slice(doctype.length)}</html>`;
}

/** Elements that stay in the head when they come before the page's first content. */
const HEAD = new Set(['META', 'TITLE', 'LINK', 'STYLE', 'BASE', 'SCRIPT', 'NOSCRIPT']);

/**
 * Puts what linkedom left beside the body into it, in the page's order: the head's elements before
 * any content into the head, everything else — and the children of any second `<body>`, whose
 * attributes the body takes — into the body. A page with just a head and a body is left as it is.
 * Returns whether it moved anything.
 */
export function fillBody(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const nodes = Array.from(root.childNodes);
  const bodies = nodes.filter((n): n is HTMLElement => n.nodeName === 'BODY');
  const stray = (n: ChildNode) => n.nodeName !== 'HEAD' && n.nodeName !== 'BODY' && (n.nodeType === 1 || (n.nodeType === 3 && !!n.textContent?.trim()));
  if (bodies.length <= 1 && !nodes.some(stray)) return false;
  const head = nodes.find((n): n is HTMLHeadElement => n.nodeName === 'HEAD') ?? root.insertBefore(doc.createElement('head'), root.firstChild);
  const body = bodies[0] ?? root.appendChild(doc.createElement('body'));
  const content: Node[] = [];
  let started = false;
  for (const node of nodes) {
    if (node === head) continue;
    if (node.nodeName === 'BODY') {
      for (const { name, value } of Array.from((node as Element).attributes)) if (!body.hasAttribute(name)) body.setAttribute(name, value);
      const kids = Array.from(node.childNodes);
      if (kids.length) started = true;
      content.push(...kids);
      if (node !== body) node.remove();
    } else if (!started && node.nodeType === 1 && HEAD.has(node.nodeName)) head.appendChild(node);
    else if (node.nodeType === 1 || node.nodeType === 3) {
      if (stray(node as ChildNode)) started = true;
      content.push(node);
    }
  }
  body.append(...content);
  return true;
}

/**
 * A table's rows written without their `<tbody>`, put in one as a browser does: a row directly in a
 * `<table>` opens an implied body that holds the rows after it, until the table's next part. linkedom
 * leaves the rows in the table, a level nearer than the browser's, so a page of tables read otherwise.
 * Returns how many bodies it added (the first 5,000 tables: a hostile page may hold more).
 */
export function addTableBodies(doc: Document): number {
  let added = 0;
  for (const table of Array.from(doc.querySelectorAll('table')).slice(0, 5000)) {
    let body: Element | null = null;
    for (const node of Array.from(table.childNodes)) {
      if (node.nodeName === 'TR') {
        if (!body) {
          body = table.insertBefore(doc.createElement('tbody'), node);
          added++;
        }
        body.appendChild(node);
      } else if (node.nodeType === 1) body = null;
      else if (body && node.nodeType === 3) body.appendChild(node);
    }
  }
  return added;
}
