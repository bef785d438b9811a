/**
 * linkedom's `compareDocumentPosition` compares depths only (any deeper node "precedes"), so
 * the CLI saw a heading before the description as after it and read another title than the
 * browser does. The CLI puts the DOM's answer, by tree order, on linkedom's `Node` prototype.
 */
const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;
const DISCONNECTED = 1;
const IMPLEMENTATION_SPECIFIC = 32;

interface TreeNode {
  parentNode: TreeNode | null;
  childNodes: ArrayLike<TreeNode>;
}

function chain(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  for (let n: TreeNode | null = node; n; n = n.parentNode) out.push(n);
  return out.reverse(); // root first
}

/** What `other`'s position is to `node`, as the DOM standard says. */
export function documentPosition(node: TreeNode, other: TreeNode): number {
  if (node === other) return 0;
  const a = chain(node);
  const b = chain(other);
  if (a[0] !== b[0]) return DISCONNECTED | IMPLEMENTATION_SPECIFIC | PRECEDING;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length) return CONTAINED_BY | FOLLOWING; // node holds other
  if (i === b.length) return CONTAINS | PRECEDING; // other holds node
  const siblings = Array.prototype.indexOf.bind(a[i - 1]!.childNodes) as (n: TreeNode) => number;
  return siblings(a[i]!) < siblings(b[i]!) ? FOLLOWING : PRECEDING;
}

export function fixDocumentPosition(proto: object): void {
  Object.defineProperty(proto, 'compareDocumentPosition', {
    configurable: true,
    writable: true,
    value(this: TreeNode, other: TreeNode): number {
      return documentPosition(this, other);
    },
  });
}
