import type { Role } from '../types';
import { ROLE_NAMES, ROLE_SHORT } from '../types';

export function RoleTag({ role }: { role: Role }) {
  return (
    <span class={`tag tag-${role}`} title={ROLE_NAMES[role]}>
      {ROLE_SHORT[role]}
      <span class="sr-only"> ({ROLE_NAMES[role]})</span>
    </span>
  );
}
