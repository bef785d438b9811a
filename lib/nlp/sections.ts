/**
 * Sections of a posting. A posting is what the person will do: responsibilities
 * count fully, requirements nearly so, the company blurb and benefits barely, and
 * equal-opportunity boilerplate not at all. Headings ("What you'll do",
 * "Requirements:") switch the section; boilerplate is also recognised by content.
 */
import type { SectionKind } from '../types';
import { DRESSING } from './dressing';
import { itemsOf, lines, splitLine, trimSpan, type Span } from './sentences';

export const SECTION_WEIGHT: Record<SectionKind, number> = {
  responsibilities: 1,
  requirements: 0.5,
  body: 0.8,
  about: 0.25,
  benefits: 0.1,
  legal: 0,
  // what the job is not ("What you won't be doing: training models, building dashboards") is no evidence of what it is
  excluded: 0,
};

/** A heading over what the job is not: "What you won't be doing", "What this role is not", "This role might not be for you if". */
const EXCLUDED_HEADING =
  /\b(?:what you (?:won['’]t|will not) (?:do|be doing|work on)|what (?:this|the) (?:role|job|position) (?:is not|isn['’]t)|(?:not|isn['’]t) part of (?:this|the) (?:role|job)|what we (?:don['’]t|do not) (?:expect|need) (?:from )?you|(?:is|might|may|would) not (?:be )?(?:for you|a (?:good |great )?(?:fit|match)|right for you) if)\b/i;

const HEADINGS: readonly [SectionKind, RegExp][] = [
  ['excluded', EXCLUDED_HEADING],
  [
    'legal',
    /\b(equal (employment )?opportunit|eeo\b|diversity|accommodation|privacy notice|disclaimer|physical (requirements|demands)|work(ing)? (environment|conditions)|pay transparency|how to apply|application process|(recruitment|interview|hiring|selection) (process|steps|stages)|our (hiring |recruitment |interview )?process|next steps|what you need to do now)/i,
  ],
  [
    'benefits',
    /\b(benefits|perks|what we offer|we offer|compensation|salary|pay range|why (you['’]ll love|join)|what['’]s in it for you|our offer|what we (can|will) offer|on offer|hiring ranges?|pay types|expect from us|what you(['’]ll| will)? get(?! to)\b|total rewards?|what we['’]re offering|^the package|what you['’]ll gain|why work (with|for) us)/i,
  ],
  [
    'about',
    /\b(about (?!you\b)(us|the company|the team|our|[A-Z][\w&.-]+$)|who we are|our (mission|story|company|team|culture|values|vision)|company (overview|description|profile)|the company|life at|^the team$|who you['’]ll work with|meet the team|^what we do:?$|about the department|about (the|our) client|^our client|your new company|where you['’]ll work)/i,
  ],
  [
    'requirements',
    /\b(requirements?|qualifications?|what you (have|should have)|what you(['’]ll| will)? (bring|need)|you (bring|have|need)|you(['’]ll| will) (bring|need)|are we looking for|do we look for|who you are|about you|skills|experience|must[- ]haves?|nice[- ]to[- ]haves?|preferred|bonus points|ideal candidate|you might be a (good )?fit|you['’]re (probably )?a (good |great )?(match|fit)|we['’]re looking for|we are looking for|what we look for|what we need|need to see|we['’]d love to see|stand out|^(required|desired)\b|desired (characteristics|qualifications|attributes)|competencies|education|(your|candidate) profile|what we expect|tech(nology)? stack|our stack|who are you|is (this|that) you|person specification|(essential|desirable) criteria|^(essential|desirable):?$|good[- ]to[- ]haves?|ideally,? you['’]ll have|you['’]ll thrive|you may be a (good )?fit)/i,
  ],
  [
    'responsibilities',
    /\b(responsibilit|about (the|this) (role|job|position|opportunity)|what you(['’]?ll|['’]d| would) (do|be doing|work on|achieve)|what you will (do|be doing|achieve)|what will you (do|be doing|work on)|duties|your (role|impact|day|mission|tasks)|the role|role overview|in this role|day[- ]to[- ]day|key (tasks|accountabilities)|the job|job (description|summary|purpose)|what the job involves|you will|you['’]ll|accountabilities|the opportunity|position (summary|overview)|essential functions|what success looks like|your first \d+ (days|months)|role purpose|a day in the life|your new role|^tasks\b|responsible (?:and accountable )?for:?$)/i,
  ],
];

/**
 * Company blurb without a heading: founding, size, funding, mission statements ("…45 employeesFounded in 2019": labels run
 * together), the employer's people ("Our diverse workforce includes … artificial intelligence, machine learning (AI/ML)
 * experts", "Koch employs 122,000+ employees") and what it sells ("GliaCell’s Enterprise capabilities include … Big Data,
 * Cloud Technologies, Analytics, Machine Learning, AI", "our solutions span …").
 */
const ABOUT_CONTENT =
  /founded in (?:1[89]|20)\d\d|\b(founded in|headquartered in|is headquartered|our mission is|we are an? (leading|global|fast[- ]growing|award[- ]winning|world[- ]class|venture[- ]backed)|is an? (leading|global) (provider|company|platform)|backed by|series [a-e] (funding|round)|(employees|offices) (in|across) \d|trusted by (over|more than) |our (diverse |global |talented )?(workforce|people|employees|team members) (includes?|are|span|come)\b|we employ\b|employs? (over |more than |approximately |nearly |about |some )?[\d,.]+k?\+? (people|employees|staff|professionals|team members)|(?:our|[A-Z][\w&-]*['’]s)(?: [\w-]+){0,2} (?:capabilities|services|offerings|solutions|expertise) (?:include|span|cover)s?\b)/i;
/** A degree line: "BS in Applied Math, Statistics or a related field". Education is a filter, not a duty. */
const DEGREE_LINE = /\b(bachelor['’]?s?|master['’]?s?|ph\.?\s?d\.?|doctorate|degree|b\.?\s?sc?\b\.?|m\.?\s?sc?\b\.?|ms\/phd|bs\/ms|mba)\b/i;
const DEGREE_FIELD = /\b(in|of)\b[^.]{0,120}\b(science|statistics|math\w*|physics|engineering|economics|quantitative|related|relevant|equivalent|technical)\b/i;

/**
 * A line that opens a list of fields of study ("Advanced degree in one or more of the following:", "Interest or experience in
 * a STEM related field, such as:", "Required Fields of Study:"): its short items are subjects, not work.
 */
const FIELDS_LEAD = /\b(?:fields?|disciplines?|majors?|areas? of study|subjects?|degrees?)\b[^:]{0,80}:\s*$/i;
/** An item of such a list: a subject's name, a few words ("Statistics", "Computational social science"). */
const FIELD_ITEM = (sentence: string) =>
  !/[.;]\s*$/.test(sentence) && sentence.split(/\s+/).length <= 24 && sentence.split(/,|\bor\b/).every((part) => part.trim().split(/\s+/).length <= 5);
/** What makes such a line a list of studies, not of experience: a degree, or fields of study, majors, STEM. */
const opensFields = (line: string): boolean =>
  FIELDS_LEAD.test(line) &&
  (/\b(?:fields? of study|areas? of study|majors?|academic disciplines?|stem)\b/i.test(line) || (DEGREE_LINE.test(line) && !/\bexperience\b/i.test(line)));

/** A certification named as a credential: "AWS Certified Solutions Architect", "Tableau Certified Data Analyst or equivalent required". */
const CERTIFICATION = /\bcertifi(?:ed|cates?|cations?)\b/i;

/** A line that names a credential, a degree or a certification: a filter on who may apply, not work the job does. */
export function isCredentialLine(sentence: string): boolean {
  return isDegreeLine(sentence) || (CERTIFICATION.test(sentence) && sentence.split(/\s+/).length <= 14);
}

export function isDegreeLine(sentence: string): boolean {
  return DEGREE_LINE.test(sentence) && DEGREE_FIELD.test(sentence) && sentence.length < 260;
}

const LEGAL_CONTENT =
  /\b(equal opportunity employer|without regard to|affirmative action|reasonable accommodations?|e-verify|protected veteran|sexual orientation|gender identity|national origin|genetic information|drug[- ]free workplace|background check)/i;
/**
 * A line that opens a list of the job's duties ("As a data engineer, you will be expected to:": read in its last 200
 * characters, so a hostile line stays linear), or says what the role is responsible for.
 */
const opensDuties = (line: string): boolean =>
  (/:\s*$/.test(line) && /\b(?:you will|you['’]ll|expected to|responsib\w*|duties|day to day|day-to-day)\b[^:]*:\s*$/i.test(line.slice(-200))) ||
  /\b(?:is|are|will be) responsible for\b/i.test(line);
/** A sentence that says what the job is: "In this role you will …", "The senior analyst will be responsible for …". */
const ROLE_INTRO =
  /\b(?:in this (?:role|position)|this (?:role|position) (?:involves|encompasses|includes|is responsible)|(?:will|would) be responsible for|we(?:['’]re| are) (?:currently |now )?(?:looking|seeking|hiring) (?:for )?an? (?!\w+ (?:people|individuals|team))|as an? [\w\s&/-]{2,40}, you(?:['’]ll| will)\b|^you(?:['’]ll| will) (?!be joining|join|love|enjoy|get|have access|receive))/i;
/** A line that asks for experience: "5+ years of …", "Strong expertise in …", "Proven track record with …". */
const ASKS_FOR =
  /^\W*(?:\d+\+?\s*(?:years|yrs)|(?:strong|solid|proven|hands-on|deep|demonstrated|advanced|extensive)\s+\w+|(?:experience|expertise|proficiency|proficient|knowledge|familiarity)\s+(?:in|with|of|using)|must have)\b/i;
const BENEFIT_CONTENT =
  /\b(401\(?k\)?|paid (time off|holiday|leave|vacation)|health (insurance|care|benefits)|dental|vision insurance|parental leave|stock options|equity package|gym|wellness|free (lunch|snacks)|pto\b)/i;

export interface SectionedSentence extends Span {
  section: SectionKind;
  heading: boolean;
  /** A credential asked for, a degree or a certification: it names fields of study or exams, not work, and counts for little. */
  credential?: boolean;
  /**
   * A short line in Title Case that may head a section or be an item whose list marker a scrape lost
   * ("Hadoop", "AWS CloudFormation", "Data Governance"): it bounds sections as a heading does and is read as a sentence.
   */
  item?: boolean;
  /**
   * Before the first heading of a posting that states its duties under a heading of their own:
   * the opening, mostly the employer's own story (a data company's blurb is full of data words).
   */
  opening?: boolean;
}

/**
 * A whole line that is a section heading whatever its case ("What you'll do", "About
 * you", "Nice to have"); a longer line that merely starts like one ("Experience building
 * data pipelines") is a requirement, not a heading.
 */
const EXACT_HEADING =
  /^(?:(?:key|main|core|principal|major|your|the|our|job|role|position|primary|essential|minimum|basic|preferred|additional|required|desired|technical|general)\s+)*(?:(?:responsibilities|requirements|qualifications|duties|skills|experience|education|knowledge|abilities)(?:\s*(?:\/|,|and|&)\s*(?:responsibilities|requirements|qualifications|duties|skills|experience|education|knowledge|abilities))+(?: required| needed| preferred)?|(?:qualifications|skills|experience) (?:required|needed|preferred)|responsibilities|requirements|qualifications|duties|tasks|skills|experience|education|profile|mission|benefits|perks|compensation|salary|about (?:you|us|(?:the|this|our) (?:role|job|team|company|position|opportunity|client))|what you(?:['’]ll| will|['’]d| would)? (?:do|be doing|bring|need|get|work on)(?: in this role| here| day[- ]to[- ]day| to succeed| in return)?|what you(?:['’]ll| will) be (?:responsible|accountable) for|(?:main |key )?(?:responsible|accountable) for|what you (?:won['’]t|will not) (?:do|be doing|work on)|what (?:this|the) (?:role|job|position) (?:is not|isn['’]t)|your new (?:company|role)|what you need to do now|what you (?:must|need to|should) have|what you can expect from us|what you['’]ll love about us|what['’]s in it for you|(?:what|who) (?:are|do) we (?:look(?:ing)? for|offer)|what else do we offer|what we offer you|(?:required|preferred) qualifications,? capabilities,? and skills|required knowledge,? skills,? and abilities|other requirements|you['’]re (?:probably )?a (?:good |great )?(?:match|fit)(?: if(?: you)?)?|what we(?:['’]re| are)? (?:offer|look(?:ing)? for)|we offer|who you are|who we are|nice[- ]to[- ]haves?|must[- ]haves?|bonus points|skills (?:and|&) experience|experience (?:and|&) skills|the role|your role|the team|the opportunity|overview|summary|job description|description|your (?:impact|tasks|day|team)|day[- ]to[- ]day|what success looks like|your first \d+ (?:days|months)|why (?:join us|work with us|you['’]ll love (?:working )?(?:here|with us))|our team|who you['’]ll work with|how to apply|application process|(?:recruitment|interview|hiring|selection) (?:process|steps|stages)|our (?:hiring |recruitment |interview )?process|next steps|tech(?:nology)? stack|our stack|what we expect|you (?:might|may) be a (?:good )?fit(?: if(?: you)?)?|good[- ]to[- ]haves?|person specification|total rewards|role purpose|a day in the life|essential functions|physical (?:requirements|demands)|work(?:ing)? (?:environment|conditions)|pay transparency)$/i;

/** The section a heading line opens, if the line is a heading. A list item is never a heading. */
export function headingKind(line: string, bullet = false): SectionKind | 'other-heading' | undefined {
  if (bullet) return undefined;
  const t = line
    .trim()
    .replace(/[*#_]+/g, '')
    // a heading dressed in emoji or symbols ("🚀 What you'll do", "⭐️ Benefits", "👋 About Owner.com")
    .replace(DRESSING, '')
    // a heading trailing off into its list ("What we're looking for…") ends as one with a colon does
    .replace(/\s*(?:…|\.\.\.)$/, ':')
    .trim();
  if (!t || t.length > 70) return undefined;
  const colon = /:$/.test(t);
  // a requirement whose list marker a scrape lost ("Experience with Snowflake", "Proficiency in C++", "5+ years of SQL")
  if (ASKS_FOR.test(t) && !colon && !/^must[- ]haves?$/i.test(t)) return undefined;
  const words = t.split(/\s+/).length;
  // a short question may head a section ("Why join us?", "What will you do?")
  const question = /\?$/.test(t) && (words <= 4 || EXACT_HEADING.test(t.slice(0, -1).trim()));
  if (words > 9 || (/[.!?]$/.test(t) && !colon && !question)) return undefined;
  const bare = t.replace(/[:?]$/, '').trim();
  const titleCase =
    /^[A-Z][^a-z]*[a-z]?/.test(bare) &&
    bare.split(/\s+/).every((w) => /^[A-Z0-9&(/'’-]/.test(w) || /^(?:and|or|of|the|to|for|in|a|an|we|you|at|on|with|&)$/.test(w));
  const allCaps = bare === bare.toUpperCase() && /[A-Z]{3}/.test(bare);
  // a heading ends with a colon, is set in Title Case or capitals, or is a known heading as a whole
  if (!colon && !titleCase && !allCaps && !EXACT_HEADING.test(bare) && !question) return undefined;
  const found = HEADINGS.find(([, re]) => re.test(t));
  if (found) return found[0];
  if (question) return undefined;
  // a list of names in Title Case is an item, not a heading ("Spark, Java, or Python", "AWS Kinesis, Firehose, AWS Glue")
  if (!colon && /,/.test(bare)) return undefined;
  // an unknown short line ending with a colon, or in Title Case, is a heading of some other section
  if (colon || (words <= 5 && (titleCase || allCaps))) return 'other-heading';
  return undefined;
}

/** A heading at the start of a sentence, before its colon: "Responsibilities: build pipelines…". */
function inlineHeading(text: string, line: Span): { kind: SectionKind; contentStart: number } | undefined {
  const slice = text.slice(line.start, Math.min(line.end, line.start + 60));
  const colon = slice.indexOf(':');
  // "We ship every day. Our stack: …": a sentence before the colon is no part of a heading
  if (colon < 3 || /[.!?]\s/.test(slice.slice(0, colon))) return undefined;
  const kind = headingKind(slice.slice(0, colon + 1));
  if (!kind || kind === 'other-heading') return undefined;
  return { kind, contentStart: line.start + colon + 1 };
}

/** A line written this long is a posting whose line breaks a scrape removed: its headings are glued to its sentences. */
const FLAT_LINE = 600;
/**
 * A known section's heading written in Title Case or capitals ("Job Description", "QUALIFICATIONS"): its kind. A segment that
 * is a heading `alone`, cut off by items on both sides, needs only the word of a heading of duties or requirements
 * ("Principal Responsibilities"; not "Best CEOs for Diversity;", an award's name).
 */
function gluedKind(words: string[], alone = false): SectionKind | undefined {
  const heading = words.join(' ');
  const exact = EXACT_HEADING.test(heading);
  if (
    !words.every((w) => /^[A-Z&]/.test(w) || /^(?:and|or|of|the|to|for|we|you|a|&)$/.test(w)) ||
    !(exact || (alone && words.length <= 4 && /\w$/.test(heading)))
  )
    return undefined;
  const kind = headingKind(heading + ':');
  return kind === 'other-heading' || (!exact && kind !== 'responsibilities' && kind !== 'requirements') ? undefined : kind;
}

/**
 * A heading a scrape glued to the sentence after it ("Job Description As a data scientist you will …"), or to the one
 * before it ("… stay up to date with the latest technologies Qualifications"), or the whole of it: the heading's kind and
 * the sentence without it.
 */
function glued(text: string, s: Span): { before?: SectionKind; after?: SectionKind; span: Span; alone?: boolean } {
  const sentence = text.slice(s.start, s.end);
  const words = sentence.split(' ');
  // (or left alone between two items: "… the ingestion system. Requirements Proficiency in Python …")
  const alone = gluedKind(words, true);
  if (alone) return { before: alone, span: s, alone: true };
  let span = s;
  let before: SectionKind | undefined;
  let after: SectionKind | undefined;
  // (the heading's words, then a word in capitals or a number: "Requirements 5+ years", "About You You have")
  for (let k = Math.min(4, words.length - 2); k >= 1 && !before; k--) {
    const kind = /^[A-Z0-9]/.test(words[k]!) ? gluedKind(words.slice(0, k)) : undefined;
    if (kind) {
      before = kind;
      span = trimSpan(text, s.start + words.slice(0, k).join(' ').length, s.end) ?? s;
    }
  }
  // (after a word in lower case and no full stop: "… and technologies Qualifications")
  if (!/[.!?:]$/.test(sentence))
    for (let k = Math.min(3, words.length - 2); k >= 1 && !after; k--) {
      const kind = /^[a-z]/.test(words.at(-k - 1)!) ? gluedKind(words.slice(-k)) : undefined;
      if (kind) {
        after = kind;
        span = trimSpan(text, span.start, s.end - words.slice(-k).join(' ').length) ?? span;
      }
    }
  return { before, after, span };
}

/** Every sentence of the text with the section it belongs to. */
export function sectionedSentences(text: string): SectionedSentence[] {
  const out: SectionedSentence[] = [];
  let current: SectionKind = 'body';
  /** Equal-opportunity text found with no heading over it, running on through its paragraphs. */
  let runOn = false;
  let beforeRunOn: SectionKind = 'body';
  /** Inside a list of fields of study, under the line that opens it. */
  let fields = false;
  /** The line as written that the current line lies on: where it ends, and whether it is a flattened posting. */
  let written = { end: -1, flat: false };
  for (const line of lines(text)) {
    const raw = text.slice(line.start, line.end);
    // a check mark dresses a heading as it does a list item ("✅ You might be a fit if", "✅ Minimum requirements"):
    // a known heading, whole, after one is a heading
    const checked =
      line.bullet && /[✓✔✅]\uFE0F?\s*$/u.test(text.slice(Math.max(0, line.start - 4), line.start)) && EXACT_HEADING.test(raw.trim().replace(/:$/, ''));
    const h = headingKind(raw, line.bullet && !checked);
    const lead = opensFields(raw);
    // (the list goes on while its items are subjects' names, a short line in Title Case among them; a longer line or a heading ends it)
    fields = fields && FIELD_ITEM(raw.trim()) && (!h || (h === 'other-heading' && !/:\s*$/.test(raw)));
    // a line that opens the job's duties ("More specifically, as a Zelus engineer, you will be expected to:"), says what
    // the role is responsible for, or asks for experience ("5+ years …", "Strong expertise in …") ends such a run: a
    // diversity paragraph in the middle of a posting is not the end of it (how to apply, after one, still is)
    if (runOn && !h && (opensDuties(raw) || ASKS_FOR.test(raw)) && !LEGAL_CONTENT.test(raw)) {
      current = beforeRunOn;
      runOn = false;
    }
    if (h) {
      runOn = false;
      if (h !== 'other-heading') current = h;
      else if (current === 'legal' || current === 'benefits' || current === 'about') current = 'body';
      const item = h === 'other-heading' && !/:\s*$/.test(raw);
      out.push({
        start: line.start,
        end: line.end,
        section: h === 'other-heading' ? current : h,
        heading: true,
        ...(item ? { item } : {}),
        ...(item && fields ? { credential: true } : {}),
      });
      fields ||= lead;
      continue;
    }
    // (the line as written: a list a scrape ran together is split into items, each a line of its own, on one such line;
    // its bounds looked up once, so a hostile line of thousands of items stays linear)
    if (line.start >= written.end) {
      const start = text.lastIndexOf('\n', line.start) + 1;
      const nl = text.indexOf('\n', line.start);
      written = { end: nl < 0 ? text.length : nl, flat: (nl < 0 ? text.length : nl) - start > FLAT_LINE };
    }
    const flat = written.flat;
    // (whose sentences are cut where an item begins, the run-on sentences of a list whose markers and breaks a scrape removed)
    const spans = splitLine(text, line, flat ? 2000 : undefined);
    for (let s of flat ? spans.flatMap((x) => itemsOf(text, x)) : spans) {
      // a heading that opens the sentence ("Responsibilities: build pipelines…"), at the start of its line or after a
      // sentence on it, as a scrape that removed line breaks leaves it ("… to apply. Requirements: 5+ years …")
      const inline = inlineHeading(text, s);
      if (inline) {
        current = inline.kind;
        const rest = trimSpan(text, inline.contentStart, s.end);
        if (!rest) continue;
        s = rest;
      }
      // (or, on such a line, a heading glued to the sentence without a colon: "Job Description As a …", "… technologies Qualifications")
      let next: SectionKind | undefined;
      let g: ReturnType<typeof glued> | undefined;
      if (flat && !inline) {
        g = glued(text, s);
        if (g.before) current = g.before;
        if (g.alone) {
          out.push({ ...s, section: current, heading: true });
          continue;
        }
        next = g.after;
        s = g.span;
      }
      const sentence = text.slice(s.start, s.end);
      // (on such a line, a section that counts for nothing ends as a line of its own would end it: at a sentence that opens the
      // job's duties or asks for experience — a salary's or an employer's heading found glued has no heading after it to end it)
      if (
        flat &&
        !g?.before &&
        (current === 'legal' || current === 'benefits' || current === 'about') &&
        (opensDuties(sentence) || ASKS_FOR.test(sentence) || ROLE_INTRO.test(sentence)) &&
        !LEGAL_CONTENT.test(sentence) &&
        !BENEFIT_CONTENT.test(sentence)
      ) {
        current = runOn ? beforeRunOn : 'body';
        runOn = false;
      }
      // the job itself, said under the employer's heading ("About the company … In this role you will be responsible
      // for analyzing our eCommerce data"): the posting's body from there
      if (current === 'about' && ROLE_INTRO.test(sentence)) current = 'body';
      let section = current;
      if (LEGAL_CONTENT.test(sentence)) {
        section = 'legal';
        // equal-opportunity text runs on to the end of its paragraph group: what follows without a heading is more of it
        if (current !== 'responsibilities' && current !== 'legal') {
          beforeRunOn = current === 'about' || current === 'benefits' ? 'body' : current;
          current = 'legal';
          runOn = true;
        }
      } else if (section !== 'legal' && BENEFIT_CONTENT.test(sentence)) section = 'benefits';
      else if (section !== 'legal' && ABOUT_CONTENT.test(sentence)) section = 'about';
      const credential = isCredentialLine(sentence) || fields;
      out.push({ ...s, section, heading: false, ...(credential ? { credential } : {}) });
      if (next) current = next;
    }
    if (lead) fields = true;
  }
  const first = out.findIndex((s) => s.heading);
  if (first > 0 && out.some((s) => s.heading && s.section === 'responsibilities'))
    for (const s of out.slice(0, first)) if (s.section === 'body') s.opening = true;
  return out;
}
