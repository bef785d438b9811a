/**
 * Tokens with their character spans, normalised for matching: lower-cased, irregular
 * verb forms mapped to their lemma (a table generated at build time with compromise),
 * then stemmed with natural's Porter stemmer. Words with + or # (c++, c#) stay whole.
 */
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import IRREGULAR from './irregular-forms.json';

export interface Token {
  /** Normalised form used for matching. */
  norm: string;
  /** The word as written, lower-cased, for patterns that must match a word exactly (`=production`). */
  lower: string;
  start: number;
  end: number;
  /**
   * Which clause of the run the word is in: a semicolon starts the next, and so does a colon after a label of up to
   * three words ("Move smart: we are data driven"); a colon after a longer clause leads into its own elaboration
   * ("Develop end-to-end machine learning solutions: offline training, production serving").
   */
  clause: number;
}

/** A word; "R&D" and "P&L" are one word (so a lone "R" is not read as the R language). */
const WORD = /[A-Za-z]&[A-Za-z](?![A-Za-z])|[A-Za-z0-9\u00C0-\u024F]+[+#]*/g;
const irregular = IRREGULAR as Record<string, string>;
/** Porter collisions that would mislead the matcher ("experience" and "experiment" both stem to "experi"). */
const OVERRIDE: Record<string, string> = {
  experience: 'experienc',
  experiences: 'experienc',
  experienced: 'experienc',
  university: 'universit',
  universities: 'universit',
  // everyday words Porter folds into a technical one: "excellent" is not Excel, "physical" not
  // physics, "government" not governance, "united" not unit tests, "the rest" not REST
  excellent: 'excellent',
  excellence: 'excellent',
  excels: 'excellent',
  excelling: 'excellent',
  excelled: 'excellent',
  physical: 'physical',
  physically: 'physical',
  government: 'government',
  governments: 'government',
  governmental: 'government',
  united: 'united',
  unite: 'united',
  unites: 'united',
  uniting: 'united',
  applicant: 'applicant',
  applicants: 'applicant',
  community: 'communiti',
  communities: 'communiti',
  customer: 'customer',
  customers: 'customer',
  added: 'add',
  adding: 'add',
  logistics: 'logistics',
  executive: 'executive',
  executives: 'executive',
  response: 'response',
  responses: 'response',
  responsive: 'responsive',
  formation: 'formation',
  nature: 'nature',
  collective: 'collective',
  collectively: 'collective',
  economy: 'economy',
  economic: 'economy',
  economical: 'economy',
  economically: 'economy',
  integral: 'integral',
  virtually: 'virtually',
  // and words of their own that Porter folds into a role's: "designated" is not designed, "productivity" not a product,
  // "transformative" not a data transform, "pivotal" not a pivot table, "busy" not business, "optimism" not optimisation,
  // "objectives" not objects, "presently" not presenting, "mastering" not a master's degree, "one" not "on"
  designate: 'designat',
  designated: 'designat',
  designates: 'designat',
  designating: 'designat',
  designation: 'designat',
  designations: 'designat',
  productivity: 'productiv',
  productive: 'productiv',
  productively: 'productiv',
  transformative: 'transformativ',
  transformational: 'transformativ',
  pivotal: 'pivotal',
  busy: 'busy',
  optimism: 'optimism',
  optimistic: 'optimism',
  objective: 'objectiv',
  objectives: 'objectiv',
  objectively: 'objectiv',
  presently: 'presently',
  mastering: 'mastering',
  masterful: 'mastering',
  one: 'one',
  prototypical: 'prototypical',
  methodical: 'methodical',
  incidence: 'incidence',
  recurrence: 'recurrence',
};
const cache = new Map<string, string>();

/** The matching form of one lower-case word. */
export function normalizeWord(lower: string): string {
  let n = cache.get(lower);
  if (n !== undefined) return n;
  if (/[+#]/.test(lower) || lower.length <= 2) n = lower;
  else n = OVERRIDE[lower] ?? PorterStemmer.stem(irregular[lower] ?? lower);
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, n);
  return n;
}

/** The most words a label before a colon has ("Move smart:", "Tools:"). */
const LABEL_WORDS = 3;

/** Tokens of `text[from, to)` with spans in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  let clause = 0;
  let clauseStart = 0;
  let last = from;
  while ((m = WORD.exec(text)) !== null && m.index < to) {
    const word = (m[0].length > 40 ? m[0].slice(0, 40) : m[0]).toLowerCase();
    const between = text.slice(last, m.index);
    if (between.includes(';') || (between.includes(':') && out.length - clauseStart <= LABEL_WORDS)) {
      clause++;
      clauseStart = out.length;
    }
    last = m.index + m[0].length;
    out.push({ norm: normalizeWord(word), lower: word, start: m.index, end: Math.min(last, to), clause });
  }
  return out;
}

/** Plain word count, cheaper than tokenising. */
export function wordCount(text: string): number {
  const m = text.match(WORD);
  return m ? m.length : 0;
}
