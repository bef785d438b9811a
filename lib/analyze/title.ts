/** The role a job title names, and role-name masking for honest evaluation. */
import type { Role } from '../types';

const TITLE_PATTERNS: readonly [Role, RegExp][] = [
  ['mle', /\b(machine[- ]learning|ml|mlops|ai|deep[- ]learning|computer vision|nlp)\b.*\b(engineer|developer|architect)\b|\bmlops\b/i],
  ['de', /\b(data|etl|big[- ]data|analytics|data[- ]platform|data[- ]warehouse)\s+(engineer|engineering|developer|architect)\b/i],
  ['ds', /\bdata[- ]scien(tist|ce)\b|\b(applied|research) scientist\b/i],
];

export function roleOfTitle(title: string | undefined): Role | undefined {
  if (!title) return undefined;
  for (const [role, re] of TITLE_PATTERNS) if (re.test(title)) return role;
  return undefined;
}

/** The three roles' names as postings write them (the masking the development corpus was read with). */
export const ROLE_NAMES = /\b(data scientists?|data engineers?|(machine[- ]learning|ml|mlops|ai) engineers?)\b/gi;

/** Replace every role name in the text so a matcher cannot read the title back. */
export function maskRoleNames(text: string): string {
  return text.replace(ROLE_NAMES, 'professional');
}
