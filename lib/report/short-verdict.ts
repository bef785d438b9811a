/**
 * A stored verdict said briefly — on a search-result chip, in a Compare column — with the
 * whole sentence beside it for labels. Reads only what a history item keeps; a damaged
 * record says no more than it can stand behind.
 */
import type { HistoryItem } from '../storage/schema';
import { OTHER_KINDS, OTHER_NAMES, ROLE_NAMES, ROLE_SHORT, ROLES, type OtherKind, type Role } from '../types';

/** What a `none` posting reads as, in a few words. */
const OTHER_SHORT: Record<OtherKind, string> = { analyst: 'analyst work', software: 'software eng.', devops: 'DevOps/SRE', research: 'non-ML research' };

/** A history item's verdict in a few words ("Reads as DE"), and whole in a label for screen readers and tooltips. */
export function shortVerdict(item: HistoryItem): { text: string; label: string; tone: Role | 'hybrid' | 'none' } {
  const share = (r: Role) => (typeof item.scores?.[r] === 'number' ? ` (${Math.round(item.scores[r] * 100)}%)` : '');
  if (item.verdict === 'hybrid' && Array.isArray(item.hybridOf) && ROLES.includes(item.hybridOf[0]) && ROLES.includes(item.hybridOf[1])) {
    const [a, b] = item.hybridOf;
    return {
      text: `Reads as ${ROLE_SHORT[a]} + ${ROLE_SHORT[b]}`,
      label: `RoleLens: reads as a mix of ${ROLE_NAMES[a]} and ${ROLE_NAMES[b]} work`,
      tone: 'hybrid',
    };
  }
  if ((ROLES as readonly string[]).includes(item.verdict)) {
    const r = item.verdict as Role;
    return { text: `Reads as ${ROLE_SHORT[r]}`, label: `RoleLens: reads as a ${ROLE_NAMES[r]} role${share(r)}`, tone: r };
  }
  const other = OTHER_KINDS.includes(item.readsAs as OtherKind) ? (item.readsAs as OtherKind) : undefined;
  return other
    ? { text: `Reads as ${OTHER_SHORT[other]}`, label: `RoleLens: not a data or ML role; reads as ${OTHER_NAMES[other]}`, tone: 'none' }
    : { text: 'Not a data role', label: 'RoleLens: not a data or ML role', tone: 'none' };
}
