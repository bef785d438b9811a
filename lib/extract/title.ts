/**
 * The job's name, as a person reads it off the page: "Backend engineer at Company (S23)"
 * is the job "Backend engineer"; "Careers | Data Engineer – Acme" is "Data Engineer".
 * Candidates come from the headings before the description, the page's title and its
 * Open Graph title; the one that reads most like a job title wins.
 */
import { DRESSING } from '../nlp/dressing';

/** Words that name a job. Multilingual where career pages commonly are. */
const JOB_NOUN =
  /\b(?:engineer|engineering|scientist|science|analyst|analytics|developer|manager|director|lead|architect|specialist|consultant|designer|intern|internship|researcher|research|administrator|coordinator|officer|associate|head of|vp|president|technician|assistant|representative|programmer|statistician|modeler|owner|strategist|expert|advisor|adviser|executive|nurse|teacher|accountant|sre|devops|recruiter|writer|editor|operator|agent|fellow|postdoc|phd (?:position|student|candidate)|doctoral (?:position|student|candidate|researcher)|studentship|trainee|apprentice|werkstudent|praktikant|ingenieur|entwickler|ingénieur|développeur|chargé|responsable|stagiaire|analista|ingeniero|desarrollador|científico|cientista|engenheiro|ontwikkelaar|utvecklare|ingenjör)s?\b/i;

/** The same in Korean, Japanese, Chinese, Russian, Greek and Hindi (no `\b` there), for the job's own heading: a short line that names one. */
const JOB_NOUN_NON_LATIN =
  /엔지니어|개발자|분석가|과학자|연구원|वैज्ञानिक|इंजीनियर|विश्लेषक|エンジニア|サイエンティスト|アナリスト|開発者|研究員|工程师|工程師|科学家|分析师|分析師|инженер|разработчик|аналитик|программист|μηχανικ|αναλυτ/i;

/** A Chinese title that says who is hiring for which job: "澜海科技诚聘机器学习工程师" (Lanhai Tech is hiring a machine learning engineer). */
// (not a recruiter's own job: "招聘经理", recruiting manager)
export const CJK_HIRING = /^(\S{2,20}?)?(?:诚聘|急聘|诚招|招聘)(?=\S*(?:工程师|工程師|科学家|分析师|分析師))/;

/** A short line with a job's noun in another script: "데이터 엔지니어", "机器学习工程师". */
export const shortJobNonLatin = (text: string): boolean => text.length <= 30 && JOB_NOUN_NON_LATIN.test(text);

/** Headings that name a part of a page, never the job. */
const NOT_A_TITLE =
  /^(?:about( (?:us|the (?:job|role|team|company|position)))?|job (?:description|details|summary|overview)|description|overview|summary|responsibilities|requirements|qualifications|benefits|perks|what you.{0,6}(?:do|bring|need|get)|who you are|apply|apply now|share|(?:(?:open|current|job|available|employment|career|similar|related) )?(?:positions|roles|jobs|openings|vacancies|opportunities)|careers?|search|menu|sign in|log in|cookies?|how to apply|our values|the role|the team|your role|your profile|we offer|why join us|join|navigation|(?:table of )?contents|(?:post|thread|replies|comments)$)\b/i;

/** A search page's heading over its list of results: "Data Scientist jobs in United States", "1,234 jobs". */
// (or a channel's name, "IT вакансии Казань": "vacancies", plural, in Russian)
const SEARCH_HEADING = /\b\d[\d,.]*\+? (?:jobs|results|vacancies)\b|\bjobs (?:in|at|near|for|from)\b|\b(?:jobs|vacancies)$|(?:^|\s)ваканси[ий](?:\s|$)/i;

/** A reply's or a forward's mark before an e-mail's subject: "RE: …", "Fwd: AW: …". */
const MAIL_MARK = /^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*:\s*)+/i;

/** Prefixes and suffixes that boards and career sites add around the job's name. */
function trimDecoration(s: string): string {
  // a post's words quoted in its page's title: '"We're hiring a data engineer'
  s = s.replace(/^["“„]|["”]$/g, '');
  // a reply's or a forward's mark before an e-mail's subject: "RE: Data Scientist opportunity", "Fwd: AW: …"
  s = s.replace(MAIL_MARK, '');
  // a Japanese board's job in lenticular brackets before its selling points: "【データエンジニア】自社物流…／リモート可",
  // "【数据科学家_北京 30-50k】…" (without the place and pay after "_"); a bracket without a job's name is a tag ("【急募】")
  const lens = /^【([^】]{1,40})】\s*(.*)$/.exec(s);
  if (lens) s = JOB_NOUN.test(lens[1]!) || JOB_NOUN_NON_LATIN.test(lens[1]!) ? lens[1]!.split('_')[0]!.trim() : lens[2]! || s;
  // who is hiring, before the job in Chinese: "澜海科技诚聘机器学习工程师（推荐算法方向）"; "hiring" before it in Persian: "استخدام مهندس داده"
  s = s.replace(CJK_HIRING, '').replace(/^استخدام\s+(?=\S)/, '');
  // "We're hiring a Data Engineer in Leeds!": an announcement names the job, then where it is, and cheers
  const where = /^(?:we['’]?re|we are|now) hiring\b/i.test(s) ? /(?:\s+in\s+(?!Test\b|Residence\b)[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})?!*$/ : /$^/;
  const lead = s.replace(
    /^(?:[[(](?:now )?hiring[\])]:?|job application for|apply for|apply to|join (?:us|our (?:\w+ )?team|the team) as(?: an?)?|(?:job(?: opening| opportunity| posting)?|vacancy|position|opening):|(?:oferta de (?:trabajo|empleo)|offre d['’]emploi|stellenangebot|vacature|vaga)(?: de|:)?(?= )|careers? at \S+ [-–|:]\s*|(?:(?:we['’]?re|we are|now|[\w&.' ]{2,40}?(?: \((?:YC )?[SWFX]\d{2}\))? is) hiring[:!]*(?:\s*(?:[\uD83C-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF])\uFE0F?)*|(?:we['’]?re|we are) (?:looking for|seeking)|ищем|требуется)(?:\s+(?:an?|our)(?: first| next| new)?\b)?)\s*/i,
    '',
  );
  // (the job's name after an announcement, as a sentence writes it, opens the title: "We're hiring: a data engineer for …" is
  // "Data engineer for …"; "iOS Engineer" stays as written)
  // (and a sentence's words after it: "We're looking for a data engineer to join our team", "Ищем Data Engineer в команду …")
  const cut =
    lead !== s && /hiring|looking|seeking|ищем|требуется/i.test(s.slice(0, s.length - lead.length))
      ? lead.replace(/^\p{Ll}(?=\p{Ll})/u, (c) => c.toUpperCase()).replace(/(?<=\S)\s+(?:to (?:join|help|build|lead|work)|who|в|для)\s.*$/iu, '')
      : lead;
  return (
    cut
      // (and the ellipsis of a post's words cut short: "Our first Machine Learning Engineer…")
      .replace(/\s*(?:…|\.{3})$/, '')
      .replace(/\s*[-–]\s*job post$/i, '')
      // a document's file name, as a PDF viewer titles its page: "Data Engineer position description.pdf"
      .replace(/\.(?:pdf|docx?|rtf)$/i, '')
      .replace(/(?<=\S)[\s_-]+(?:position|job|role) (?:description|profile|specification)$/i, '')
      // what an e-mail's subject calls it: "Data Scientist opportunity", "Senior Data Engineer role"
      .replace(/(?<=\b(?:engineer|scientist|analyst|developer|manager|lead|architect|specialist|researcher)s?)\s+(?:opportunity|vacancy|role|position)$/i, '')
      // a country's code before the job's name: "(USA) Senior Data Scientist"
      .replace(/^\([A-Z]{2,3}\)\s+/, '')
      // a wiki's or a notes site's parent page before a subpage's name: "Jobs/Data Engineer"
      .replace(/^(?:jobs?|careers?|vacancies|openings|open roles|positions)\/\s*(?=\S)/i, '')
      // a mailing list's tag before a message's subject: "[ml-jobs] Postdoc in ocean forecasting"
      .replace(/^\[[a-z][\w.-]*\]\s+/, '')
      // ...or its tag for a job: "[JOB] Research Data Scientist", "[Hiring] …"
      .replace(/^\[(?:jobs?|hiring|vacancy|position|opening)\]:?\s*/i, '')
      .replace(MAIL_MARK, '')
      .replace(/\s*\(fwd\)$/i, '')
      .replace(/^(?:opening|vacancy|position) for (?:an? )?(?=\S)/i, '')
      // how the job is worked, tagged before its name: "[Remote] Data Engineer"
      .replace(/^\[(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|freelance)\]\s*/i, '')
      // a team's name tagged before the job's: "[데이터플랫폼팀] 데이터 엔지니어", "[Data Platform] Data Engineer"
      .replace(/^\[([^\]]{1,30})\]\s*(?=\S)/, (tag, name: string, at: number, all: string) => {
        const rest = all.slice(tag.length);
        return !JOB_NOUN.test(name) && (JOB_NOUN.test(rest) || JOB_NOUN_NON_LATIN.test(rest)) ? '' : tag;
      })
      // emoji around the job's name: "🚀 ML Engineer 🤖"
      .replace(DRESSING, '')
      .replace(where, '')
      .replace(/\s*\((?:[SWFX]|Spring |Summer |Fall |Winter )\d{2,4}\)\s*$/i, '')
      // a reference in brackets, "(Ref: 2026/45)", how the job is worked, "[Remote, EU]", and hashtags, "#remote"
      .replace(REFERENCE, '')
      .replace(/\s*\[(?:remote|hybrid|on-?site)\b[^\]]*\]$/i, '')
      .replace(/(?:\s+#\w+)+$/, '')
      // what an ad says of the job, or where a board's title says it is: "Data Engineer wanted", "Data Engineer job in London"
      // (and its cheer, "We are looking for a Data Engineer!", and a board's badge after it: "Data Engineer New", "… Featured")
      .replace(/(?<=\S)\s+(?:needed|wanted)!*$|(?<=\S)\s+jobs? in [A-Z][\p{L}'’. -]*$|!+$/u, '')
      .replace(/(?<=[\p{L}\p{N})])\s+(?:new|featured|promoted|sponsored|urgent)$/iu, '')
      // a recruitment drive's word and year, as job news in India titles it: "Data Scientist Recruitment 2026", "डेटा वैज्ञानिक भर्ती 2026"
      .replace(/(?<=\S)\s+(?:recruitment\s+\d{4}|भर्ती(?:\s+\d{4})?)$/i, '')
      // the years of experience a board adds in brackets: "(10-15 yrs)"
      .replace(/\s*\(\d{1,2}\s*-\s*\d{1,2}\s*yrs?\)$/i, '')
      // a requisition number: "(2500123)", "(Req #R-1042)", "- JR104233"
      .replace(REQUISITION, '')
      .trim()
  );
}

/** A reference in brackets after a job's name: "(Ref: 2026/45)", "(Ref. 26/114)", "(Job ID 4471)". */
const REFERENCE = /\s*\((?:ref(?:erence)?|req(?:uisition)?|job (?:id|no\.?|ref))\s*[:#.]?\s*[\w/-]*\d[\w/-]*\)$/i;
/** A requisition number after a job's name: "(2500123)", "(Req #R-1042)", "- JR104233". */
const REQUISITION = /\s*(?:\((?:req(?:uisition)?\.?\s*(?:id|no\.?)?\s*:?\s*)?#?\s*[A-Z]{0,4}-?\d{4,}\)|[-–]\s*(?:req\s*)?[A-Z]{1,4}-?\d{4,})\s*$/i;

/** A job's name without the reference or requisition number a page writes after it (as a title is read). */
export function withoutReference(name: string): string {
  return name.replace(REFERENCE, '').replace(REQUISITION, '').trim();
}

/** Words that end the names of firms ("Pecan Street Analytics", "Acme Engineering"), which a job title holds too. */
export const FIRM_WORDS = /\b(?:analytics|engineering|research|sciences?|consulting|technolog(?:y|ies)|labs?|group|solutions|systems|partners)\b/gi;

/** A programme that hires into a field: "2027 Graduate Program", "Summer Internship Programme", "Early Careers Scheme". */
const PROGRAMME = /\b(?:graduate|early careers?|internship|apprenticeship|trainee|placement)s?\b.*\b(?:program(?:me)?|scheme)$/i;

/** An academic rank, which names no field of its own: "Assistant Professor", "Lecturer", "Postdoctoral Fellow". */
const ACADEMIC_RANK =
  /^(?:(?:assistant|associate|full|visiting|adjunct|clinical|research|teaching|senior|tenure[- ]track)\s+)*(?:professor|lecturer|reader|fellow|faculty(?: member)?|postdoc|postdoctoral (?:researcher|fellow|scholar|associate)|instructor)$/i;

const BOARD_PART = /^(?:careers?|jobs?|linkedin|indeed|glassdoor|home)$/i;

/** A part of a heading that says how to apply or how the job is worked, not what it is: "Apply Now!", "CDI", "Full-time", "12 Month FTC". */
// (or a list of them, "Vollzeit / Remote"; a contract's length and tax status, "6 month contract", "Outside IR35"; "Apply by 15 Jan")
const WORKED =
  /^(?:apply(?: now| today| (?:by|before) .*)?!*|remote|hybrid|on-?site|full[- ]time|part[- ]time|permanent|temporary|freelance|cd[di]|vollzeit|teilzeit|(?:in|out)side ir35|(?:\d+[- ]months?\s+)?(?:contract|ftc|fixed[- ]term(?: contract)?))(?:\s*\([^)]*\))?$/i;
const worked = (p: string): boolean => p.split(/\s*[/,&]\s*|\s+and\s+/).every((w) => WORKED.test(w));

/** How many brackets a text opens and leaves open: "Data Scientist (Hybrid" leaves one. */
const unclosed = (s: string): number => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);

/**
 * What a page title puts between the job, the employer and the site: "Data Engineer | Acme", "Data Engineer at Acme • Berlin"
 * (or a Japanese board's full-width bar, spaced or not: "株式会社…｜データサイエンティスト"; or a tilde, as a Salesforce site's
 * template writes it: "Job Details ~ Harbourline Community Trust Careers").
 */
export const SEPARATORS = /\s+[|–—·•»›~]\s+|\s+-\s+|\s+::\s+|\s*｜\s*/;

/** "Tidewave: Machine Learning Engineer": a short name, a colon, the job. */
export const NAME_THEN_JOB = /^([^:]{2,40}?)\s*:\s+(\S.*)$/;

/**
 * The job's name in a heading or page title: the part between the separators that reads
 * most like a job, without "at Company" and a batch tag.
 */
export function cleanTitle(raw: string | undefined, company?: string, whole = false): string | undefined {
  if (!raw) return undefined;
  // (without a LinkedIn tag: "Data Engineer #LI-Remote")
  const text = trimDecoration(
    raw
      .replace(/\s*#LI-[\w-]+/gi, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  // a heading that names the job keeps a short qualifier after a dash ("Data Engineer - Data Platform",
  // "Software Engineer – Backend"); a company, a board or another job after it still goes
  if (whole && !/\s[|·•]\s|\s::\s/.test(text)) {
    const co = company?.toLowerCase();
    const dashed = text.split(/\s+[-–—]\s+/);
    // (nor the pay and all after it, an agency's facts: "Lead Data Engineer – £95k – Leeds")
    const paid = dashed.findIndex((p, i) => i > 0 && /^(?:up to |c\.\s?)?[$€£₹¥]\s?\d/i.test(p));
    const all = paid > 0 ? dashed.slice(0, paid) : dashed;
    // (nor a call to apply, "Apply Now!", nor how the job is worked, "CDI", "12 Month FTC"; nor the company with where it is, "Tallis Pay (remote, UK)")
    const [job, ...rest] = all.filter((p) => !(co && (p.toLowerCase() === co || p.toLowerCase().startsWith(`${co} (`))) && !BOARD_PART.test(p) && !worked(p));
    // (a graduate or intern programme before the field it is in names the job with it: "2027 Graduate Program - Data Engineering")
    // (and so does "Head" before the function it heads: "Head - Data Engineering"; and an academic rank before its field:
    // "Assistant Professor - Statistics and Data Science", "Research Fellow – Machine Learning")
    const programme = !!job && (PROGRAMME.test(job) || /^head$/i.test(job) || ACADEMIC_RANK.test(job));
    if (
      job &&
      rest.length &&
      (JOB_NOUN.test(job) || programme) &&
      rest.every((p) => p.split(' ').length <= 4 && (programme || !JOB_NOUN.test(p)) && !/\d{3,}/.test(p))
    )
      // as the page writes it ("Data Scientist – Pricing") when nothing was taken out
      return (rest.length + 1 === dashed.length ? text : `${job} - ${rest.join(' - ')}`).slice(0, 200);
  }
  // (a separator inside brackets parts nothing: "Data Scientist (Hybrid - 3 days in office)")
  const bits = text.split(new RegExp(`(${SEPARATORS.source})`));
  const unbroken: string[] = [];
  for (let i = 0, cur = ''; i < bits.length; i += 2) {
    cur += bits[i];
    if (unclosed(cur) > 0 && i + 2 < bits.length) cur += bits[i + 1];
    else {
      unbroken.push(cur);
      cur = '';
    }
  }
  const parts = unbroken.map((p) => trimDecoration(p)).filter(Boolean);
  const co = company?.toLowerCase();
  const usable = parts.filter((p) => !(co && p.toLowerCase() === co) && !BOARD_PART.test(p));
  // (a job's name in another script too: "(주)한빛모빌리티 채용 - 머신러닝 엔지니어 | 잡코리아")
  let pick = usable.find((p) => JOB_NOUN.test(p) || shortJobNonLatin(p)) ?? usable[0] ?? parts[0];
  if (!pick) return undefined;
  // "Tidewave: Machine Learning Engineer": a name before a colon, then the job ("Data Scientist: Pricing" stays whole)
  const colon = NAME_THEN_JOB.exec(pick);
  if (colon && !JOB_NOUN.test(colon[1]!) && colon[1]!.split(/\s+/).length <= 4 && JOB_NOUN.test(colon[2]!)) pick = colon[2]!;
  // "Backend engineer at Acme (S23)": the job, not the company
  const at = /^(.*?\S)\s+(?:at|@|bei|chez|en)\s+(\S.*)$/i.exec(pick);
  // ...but not inside brackets: "AWS Data Engineer (Hybrid at Eagan, Minnesota)" names a place, not an employer
  const open = at ? unclosed(at[1]!) : 0;
  // (a firm's name may end in a word a job's name holds too: "Data Engineer @ Fernhill Analytics")
  const job = at && open <= 0 && JOB_NOUN.test(at[1]!) && !JOB_NOUN.test(at[2]!.replace(FIRM_WORDS, ' ')) ? at[1]! : pick;
  // (nor the employer's name after it, where one heading holds both: "Data Engineer H/F" over "Atlantique Mutuelle")
  // (or after a word that joins them in any language: "Dataingeniør til Energinet", "Data Scientist für Stadtwerke Kiel"; or a colon:
  // "Machine Learning Engineer (w/m/d): Hochschule …")
  const tail = co && job.toLowerCase().endsWith(` ${co}`) ? job.slice(0, -co.length - 1) : undefined;
  const lead = tail?.replace(/\s+(?:at|@|bei|chez|en|til|till|for|für|hos|para|per|voor|bij|à|w|u)$|(?<=\S):$/i, '');
  const own = tail && lead && (JOB_NOUN.test(tail) || (lead !== tail && lead.split(' ').length <= 5)) ? lead : job;
  // (and without the pay beside it in its heading, "Senior ML Engineer $5000-6500", or the place after it, "Data Analyst in Columbus, OH")
  const out = trimDecoration(own)
    .replace(/\s+[$€£]\s?\d[\d,.]*k?(?:\s*[-–]\s*[$€£]?\s?\d[\d,.]*k?)?$/i, '')
    .replace(/(?<=\S)\s+in\s+[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,3},\s*[A-Z]{2}$/u, '')
    .slice(0, 200);
  return out || undefined;
}

/** How much a candidate text reads like a job title (higher is better; below 0, not a title). */
export function titleScore(text: string): number {
  const words = text.split(/\s+/).length;
  if (words > 16 || text.length > 160 || text.length < 2) return -10;
  let score = 0;
  if (JOB_NOUN.test(text)) score += 3;
  // (nor a call to join the firm, "Join Fernbrook Analytics", nor a gist's or a repository's path, "mira-sparrowgrass / ml-engineer.md")
  // (nor an account's page: "Brightloom AI (@brightloom.ai) on Threads")
  if (NOT_A_TITLE.test(text) || SEARCH_HEADING.test(text) || /^[a-z0-9][\w.-]*\s+\/\s+[\w.-]+$|(?:^|\()@[\w.]+\)? on \w+$/.test(text)) score -= 5;
  // (nor a firm's legal name, as a footer's copyright line gives it: "Tidalwave Analytics Inc.", "Nordlicht Data GmbH")
  if (/\s(?:Inc\.?|Ltd\.?|LLC|GmbH|plc|Corp\.?|S\.A\.|B\.V\.|Pty\.? Ltd\.?)$/.test(text)) score -= 5;
  if (/[.!?]$/.test(text) && words > 6) score -= 3;
  if (words > 10) score -= 1;
  return score;
}

export interface TitleCandidate {
  text: string;
  /** Extra weight from where it was found (an h1, a "job-title" class, the page title). */
  bonus: number;
  /** A heading on the page, which names the job alone (a page title also names the site). */
  whole?: boolean;
  /** The page's title or its Open Graph title. */
  page?: boolean;
}

/** The best title among candidates, cleaned; the first candidate that is not a section name when none names a job. */
export function pickTitle(candidates: TitleCandidate[], company?: string): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  const titles = candidates.filter((c) => c.page).map((c) => c.text.toLowerCase());
  for (const c of candidates) {
    const cleaned = cleanTitle(c.text, company, c.whole);
    if (!cleaned) continue;
    if (company && cleaned.toLowerCase() === company.toLowerCase()) continue;
    // (nor a department's name alone, as a header's facts end with it: "Remote (Canada) · Full time · Engineering")
    if (/^(?:engineering|science|analytics|research)$/i.test(cleaned)) continue;
    // a heading names the job where the page's title repeats it, even in words `JOB_NOUN` cannot read ("Veri Bilimci" over "Genel
    // Nitelikler"; "Data Analyst - Warehouse Operations", its qualifier kept, over the page title's "Data Analyst"),
    // or where it is short and has a job's noun in another script ("데이터 엔지니어 경력 채용" over "상세요강")
    const score =
      titleScore(cleaned) +
      c.bonus +
      (c.whole && cleaned.length > 3 && titles.some((t) => t.includes(cleaned.toLowerCase())) ? 1 : 0) +
      (shortJobNonLatin(cleaned) ? 3 : 0);

    if (score > bestScore) {
      bestScore = score;
      best = cleaned;
    }
  }
  return bestScore > -3 ? best : undefined;
}
