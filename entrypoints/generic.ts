/**
 * The generic page reader, a second script injected into a tab only when the page reader
 * (`reader.js`) found no site adapter and no JSON-LD posting (or only a short one). It registers the reader for
 * `reader.js` (content scripts of one extension share their isolated world) and does
 * nothing else.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readGeneric, type GenericReader } from '@/lib/extract/generic';

export default defineUnlistedScript({
  main() {
    (globalThis as unknown as { __rolelensGeneric?: GenericReader }).__rolelensGeneric = readGeneric;
  },
});
