/**
 * Web components' shadow roots in a saved page. A browser attaches each declarative shadow root
 * (`<template shadowrootmode="open">`, which SingleFile writes for every open root it saves; older
 * copies say `shadowmode`) to its host as it parses the page; linkedom keeps it an inert template,
 * whose text the reader skips, so a posting drawn inside web components read as no posting.
 */

/** At most this many roots are composed: a hostile page may declare one in every element. */
const MAX_ROOTS = 2000;

/**
 * Puts each declarative shadow root's content in its host, as the page shows it: the host's own
 * children go where the root's slots take them (a named slot takes those that name it, the unnamed
 * one the rest); a slot nothing is assigned to shows its fallback content; children no slot takes
 * are not shown, and are dropped. Returns how many roots it composed.
 */
export function composeShadowRoots(doc: Document): number {
  const roots = Array.from(doc.querySelectorAll('template[shadowrootmode], template[shadowmode]')).slice(0, MAX_ROOTS);
  let composed = 0;
  for (const template of roots) {
    const host = template.parentElement;
    // only a host's first declarative root is attached; a second one, or one in a template's content, stays inert
    if (!host || host.firstElementChild !== template || !host.isConnected) continue;
    const light = Array.from(host.childNodes).filter((n) => n !== template);
    const content = Array.from(template.childNodes);
    for (const slot of Array.from(template.querySelectorAll('slot'))) {
      if (slot.closest('template') !== template) continue;
      const name = slot.getAttribute('name') ?? '';
      const assigned = light.filter((n) => (n.nodeType === 1 ? ((n as Element).getAttribute('slot') ?? '') : '') === name);
      if (assigned.length) slot.replaceWith(...assigned);
    }
    host.replaceChildren(...content);
    composed++;
  }
  return composed;
}
