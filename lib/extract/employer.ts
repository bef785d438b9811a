/**
 * The employer of a posting on a page no adapter knows: the site's name, a hiringOrganization
 * mark-up, an element marked "company-name", the page title's part beside the job, or the
 * logo on the link home — never a job board's name, a city or a reference number.
 */
import { isLeaf, oneLine } from './clean';
import { escapeRegExp, textMap } from './offsets';
import { CJK_HIRING, FIRM_WORDS, NAME_THEN_JOB, SEPARATORS, shortJobNonLatin, titleScore } from './title';

/** Names of job boards and career-site systems, which a page title may carry instead of the employer. */
export const JOB_BOARDS =
  /linkedin|indeed|glassdoor|seek|monster|ziprecruiter|careerbuilder|stepstone|totaljobs|reed|workday|greenhouse|lever|smartrecruiters|workable|bamboohr|icims|taleo|successfactors|personio|recruitee|teamtailor|y combinator|work at a startup|wellfound|angellist|welcome to the jungle|\botta\b|\bbuilt ?in\b|\bdice\b|\bhired\b|remote ?ok|we work remotely|\bhimalayas\b|\bxing\b|jooble|adzuna|craigslist|hacker news|nhs jobs|jobs\.ac\.uk|simplyhired|naukri|onlinejobs\.ph|net-empregos|rekrute|elempleo|akhtaboot|shine\.com|rocketpunch|로켓펀치|yourator|nodeflair|\bvdab\b|jobvite|eightfold|usajobs|cv-?library|\bjora\b|\bbayt\b|idealist|foundit|careerjet|talent\.com|cwjobs|efinancialcareers|infojobs|job ?bank|reliefweb|computrabajo|workopolis|handshake|higher ?ed|euraxess|academic ?(?:positions|jobs ?online)|chronicle vitae|governmentjobs|calcareers|flexjobs|remotive|working nomads|dynamite jobs|levels\.fyi|ai-jobs|kununu|karriere\.at|arbeitsagentur|instahyre|hirist|neuvoo|interfolio|\btally\b|typeform|jotform|^(?:coda|craft(?:\.do)?|gamma(?:\.app)?|slite)$|wuzzuf|wantedly|gulftalent|mycareersfuture|kalibrr|glints|jobberman|brightermonday|careers24|\bcatho\b|bumeran|occmundial|infoempleo|tecnoempleo|hellowork|cadremploi|\bapec\b|jobware|stellenanzeigen|duunitori|jobnet|just ?join|bulldogjob|pracuj|profesia|jobs\.cz|jobteaser|prospects\.ac|gradcracked|targetjobs|milkround|bright network|ethicaljobs|careerone|the muse|\bladders\b|snagajob|clearancejobs|wayup|job(?:s\.ch|s\.ge|up|serve|sdb|street|index|rapido|gether)|\bfinn(?:\.no)?\b|gc jobs|get on board|boss直聘|france travail|p[oô]le emploi|\bmalt\b|\bdoda\b|impactpool|escape the city|djinni|headhunter|\bhh\.ru|kariyer\.net|saramin|itviec|kariera\.gr|jobsuche|topcv|work\.ua|jobthai|\bharri\b|varbi|jobdiva|arbeidsplassen|nationale vacaturebank|\bpnet\b|104人力銀行|cake ?resume|jobkorea|^applied$|eurotechjobs|^freelancer(?:\.com)?$|\btoptal\b|^turing(?:\.com)?$|\bjobs? (?:board|portal)\b|careers@gov|猎聘|liepin|智联招聘|前程无忧|51job|拉勾|잡코리아|사람인|エン転職|マイナビ|リクナビ/i;

/** What a page title puts before the employer's name: "Careers at …", "Jobs @ …", "Life at …". */
// (and in French or German, where the preposition may go: "Carrières Maison Verdoux", "Karriere bei Stadtwerke Rheinau")
const CAREERS_AT =
  /^(?:(?:careers?|jobs?|life|work(?:ing)?)\s+(?:at|@)|join(?:\s+(?:us|the team)\s+at)?(?!\s+(?:us|our|the)\b)|carri[eè]res(?:\s+chez)?|karriere(?:\s+bei)?|werken\s+bij|arbeiten\s+bei)\s+/i;

/** What a site named for its employer's jobs puts after the name: "Meridian Bank Careers", "Guardian Jobs". */
const SITE_WORD = /\s+(?:careers?|jobs)$/i;

/** The same in Japanese and Chinese: "株式会社ミナトロジ 採用サイト", "星途出行招聘官网" (recruiting site), "求人情報" (job listings). */
const CJK_SITE_WORD = /\s*(?:の?採用(?:情報|サイト)?|求人情報|(?:社会|校园)?招聘(?:官网)?)$/;

/** Whose job a page title says it is: "… job at Lakeshore State University", "Data Scientist job with Wrenfield Housing Association | 4821377". */
// (without the place after it: "Job at Kaveri Fintech in Bangalore")
const JOB_OF = /\b(?:job|position|vacancy|role|opening)\s+(?:at|with)\s+([^|()]+?)(?:\s+in\s+[A-Z][\p{L}'’. -]*)?\s*(?:[|(]|$)/iu;

/**
 * A job, then whose it is: "Backend Engineer at Tallyho (S23)", "Data Scientist in Leipzig bei Mitteldeutsche Versicherung"
 * (a batch or place in brackets after the name is not part of it; nor is the end of a post's words quoted in its page's
 * title, cut short: 'Dan on X: "We're hiring our first ML engineer at Sentry Farms..." / X').
 */
const JOB_AT = /^(.+?)\s(?:at|@|bei|chez)\s+([^()"”…]+?)(?:\s*\([^)]*\))?(?:\.{3}|…)?["”]?(?:\s+\/\s+\S+)?$/i;

/** Sites where anyone posts, whose page titles are their writers' own words, not an employer's name (and the mail apps a message is read in: Gmail's logo heads its print view). */
const PLATFORM =
  /^(?:github|gitlab|[\w.-]+\.(?:github|gitlab)\.io|[\w.-]+\.(?:netlify|vercel)\.app|[\w.-]+\.pages\.dev|medium|reddit|substack|telegram|mastodon|dev community|hashnode|x|twitter|facebook|instagram|tiktok|telegraph|telegra\.ph|bluesky(?: social)?|threads|trello|tumblr|lemmy(?:\.\w+)?|mailman \d|groups\.io|네이버 블로그(?: \|.*)?|知乎(?:专栏)?|note(?:（ノート）)?|csdn(?:博客)?|gmail|outlook|yahoo(?:!? mail)?|proton ?mail|velog|tistory|brunch(?:story)?|qiita|zenn|livejournal|habr|хабр)$/i;

/** A part of a page title that names a page or the site, not an employer ("Careers", "Job Details", "Career Site"). */
// (or a forum's board for them: "Jobs & Recruitment")
const SITE_PART =
  /^(?:jobs? (?:&|and) )?(?:careers?(?: site| portal| (?:&|and) (?:jobs|internships|opportunities))?|jobs?|(?:our )?people|(?:our )?team|why work (?:here|with us|for us)|human resources|hr|people (?:&|and) culture|talent acquisition|recruit(?:ment|ing)|karriere|carri[eè]res?|carreiras?|carreras?|kari[eé]ra|karri[äe]r|kariyer|karjera|ledige stillinger|lediga (?:jobb|tjänster)|työpaikat|ofert[ay] pracy|nab[ií]dk[ay] pr[aá]ce|pracovn[aá] ponuka|[aá]ll[aá]s(?:aj[aá]nlat|hirdet[eé]s)|offert[ae] di lavoro|stellenanzeigen?|jobangebote?|empleos?|stellenangebote?|vacatures?|offres? d['’]emploi|ofertas? de (?:emprego|empleo|trabajo)|(?:job |employment |career |vacancy |position )?(?:details|description|announcement|posting|opening|offer|employment|opportunities)|(?:(?:current|open|latest|job) )?(?:vacanc(?:y|ies)|positions|openings|roles|opportunities)(?: (?:&|and) volunteering)?|home|apply|join (?:us|our team|the team)|work(?:ing)? (?:(?:with|for) us|here)|lavora con noi|trabalhe conosco|trabaja con nosotros|news|blog|press|announcements)$/i;

/** A word firms end their names with, tested once (FIRM_WORDS is global, for replacing every one). */
const FIRM_WORD = new RegExp(FIRM_WORDS.source, 'i');

/** Whether a name reads as a job rather than a firm: a job's noun left once the words firms end their names with are set aside. */
const readsAsJob = (name: string) => titleScore(name.replace(FIRM_WORDS, ' ').trim() || name) >= 3;

/** A firm's legal form, which makes a name longer but not less of a name ("Công ty Cổ phần …", "PT …", "… Sdn Bhd"). */
const LEGAL_FORM = /^(?:công ty(?: cổ phần| tnhh)?|pt|ооо|тов)\s+|\s+(?:co\.?,? ltd\.?|pvt\.? ltd\.?|sdn\.? bhd\.?|gmbh(?: & co\.? kg)?|tbk\.?)$/i;

/** A forum's, a mailing list's or a community's name ("Scottish Python Users Forum", "GeoSpatial Forums"): the site's, not an employer's. */
// (a list's name as Mailman gives it, "Geostats-announce", "r-help", and its host, "lists.geostat-community.org")
const COMMUNITY =
  /\b(?:forums?|community|mailing list|message board|slack(?: archive)?|archive)$|\S-(?:announce|users?|devel|discuss|help|l)$|^(?:lists|groups|forums?)\./i;

/** A firm's name, short (but for its legal form), not a job and not a board's. */
// (a name has letters: not a board's blurred placeholder, "██████ ██████")
// (nor the heading of the section about the employer: "公司介绍", "About the company", "会社概要", "회사 소개")
const plausibleName = (name: string): boolean =>
  /\p{L}/u.test(name) &&
  name.length <= 60 &&
  name.replace(LEGAL_FORM, '').split(' ').length <= 6 &&
  !readsAsJob(name) &&
  !JOB_BOARDS.test(name) &&
  !ABOUT_EMPLOYER.test(name);

/** A heading over what a page says of the employer, in the languages of the boards that mark it as the company's. */
const ABOUT_EMPLOYER =
  /^(?:about (?:the )?(?:company|employer|us)|company (?:info(?:rmation)?|introduction|overview|profile|description|details)|(?:公司|企业)(?:介绍|简介|信息|概况)|公司介紹|(?:会社|企業)(?:概要|紹介|情報)|(?:회사|기업)\s?(?:소개|정보)|о компании|o (?:firmie|společnosti|spoločnosti|nas)|à propos(?: de l['’]entreprise)?|über uns|sobre (?:nós|nosotros|la empresa)|acerca de)\s*:?$/i;

/** An institution's name, longer than a firm's, in capitals but for its small words: "European Union Agency for Transport Safety". */
const INSTITUTION =
  /^(?=(?:\S+\s+){5,7}\S+$)(?=.*\b(?:Agency|Authority|Commission|Council|Department|Ministry|Institute|University|College|Foundation|Association|Hospital|Office|Service)\b)[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the|&))+$/;

/** A unit of an employer, named before it or alone: "Department of Statistics - Ridgeway University". */
const UNIT = /^(?:department|dept\.?|faculty|division|school) of\b/i;

/** Cities where many jobs are, which a board's page title names beside the job ("Data Engineer GCP - Paris | Malt"), not the employer. */
const CITIES =
  /^(?:paris|london|berlin|madrid|barcelona|amsterdam|munich|münchen|hamburg|frankfurt|lyon|milan|milano|rome|roma|warsaw|warszawa|krak[oó]w|prague|praha|vienna|wien|z[uü]rich|dublin|stockholm|oslo|copenhagen|helsinki|lisbon|lisboa|brussels|new york|san francisco|seattle|austin|boston|chicago|toronto|vancouver|montr[eé]al|sydney|melbourne|singapore|bangalore|bengaluru|hyderabad|pune|mumbai|delhi|tokyo|seoul|shanghai|beijing|dubai|s[aã]o paulo|mexico city|buenos aires|santiago|bogot[aá]|lagos|nairobi|cape town|johannesburg|tel aviv)$/i;

/** The codes of the states of the United States and of Brazil, which a page title puts after the city ("… em São Paulo - SP"). */
const STATE =
  /^(?:A[CKLMPRZ]|C[AEOT]|D[CEF]|ES|FL|G[AO]|HI|I[ADLN]|K[SY]|LA|M[ADEGINOST]|N[CDEHJMVY]|O[HKR]|P[ABEIR]|R[IJNORS]|S[CDEP]|T[NOX]|UT|V[AT]|W[AIVY])$/;

/** The address of an employer's page on a board: a folder of companies, then one of them. */
const EMPLOYER_PAGE =
  /[/-](?:compan(?:y|ies)|employers?|organi[sz]ations?|brands|empresas?|entreprises?|firma|gongsi|bedrijven|unternehmen|aziende)\/[^/?#]+\/?(?:[?#]|$)/i;

/** Where a board lists other jobs beside the posting, each card with its employer. */
const OTHER_JOBS = '[class*="related" i],[class*="similar" i],[class*="recommend" i],[id*="related" i],[id*="similar" i],[id*="recommend" i]';

/** What a page title puts before a colon that is not a name: "Job: …", "Now hiring: …". */
const JOB_LABEL =
  /^(?:(?:new |open |current )?(?:jobs?|job (?:title|opening|vacancy|posting|opportunity)|title|role|position|vacancy|opening|opportunity|career|careers|hiring|now hiring|we(?:['’]?re| are) hiring!*|apply|posting|req(?:uisition)?(?: id| no\.?)?|ref(?:erence)?|(?:position|job|vacancy) announcement|stellenangebot|offre d['’]emploi|oferta de (?:trabajo|empleo)|vacature|vaga|mission(?: freelance)?|re|fwd?|fw|aw|wg|tr|sv|jd)|\d.*)$/i;

/** A mark of the employer's name itself: "company-name", "employerName", "corp_name". */
const NAME_MARK = /(?:company|employer|org|corp)[-_ ]?name/i;

/** A "name" inside the company's box: WP Job Manager's "<div class="company"><p class="name">". */
const NAME_IN_COMPANY = '[class*="company" i] > [class~="name"]';

/** Elements marked as the employer's name, or holding it: "company-name", data-at="header-company-name", id="employer_name". */
const MARKED = `[class*="company" i],[class*="corp_name" i],[class*="corp-name" i],[data-at*="company" i],[data-testid*="company" i],[data-cy*="company" i],[id*="company" i],[class*="employer" i],[id*="employer" i],[data-testid*="employer" i],[data-test*="employer" i],[class*="org-name" i],[class*="__org" i],[class~="org"],[class~="agency"],[class*="organi" i],[data-automation*="advertiser" i],${NAME_IN_COMPANY}`;

/**
 * The employer, from the first of: the site's name or a hiringOrganization mark-up; an element
 * marked as the company's name (the nearest to `near`, the posting's text, first); the page title's part beside the job ("Data Scientist | Juno
 * Travel", "Careers at Ostrich Games"); the logo on the link home.
 */
export function companyOf(doc: Document, near?: Element): string | undefined {
  const meta = doc.querySelector('meta[property="og:site_name"],meta[name="application-name"]')?.getAttribute('content');
  // schema.org microdata: the organisation's name (a <meta> keeps it in its content), else the organisation's text
  const org = doc.querySelector('[itemprop="hiringOrganization"] [itemprop="name"]') ?? doc.querySelector('[itemprop="hiringOrganization"]');
  // a site builder's name for the site: "Quokka on Notion"
  // "Meta Careers", "Careers at Hearthstay", "Groupe Vellane - Carrières": the employer's careers site, named for the employer
  const named = oneLine(
    (meta ?? org?.getAttribute('content') ?? org?.textContent)
      ?.replace(
        /\s+on\s+(?:notion|medium|substack)$|\s+(?:[-–—|·]\s+)?(?:careers?|carri[eè]res|karriere|jobs|(?:engineering |tech )?blog|help cent(?:er|re)|support|knowledge base|handbook|docs|documentation|wiki|채용)$|^(?:careers?|jobs) at\s+|^(?:vagas|carreiras|empleos|karriere bei|jobs bei|emplois chez|carrières chez|lavora con)\s+/i,
        '',
      )
      .replace(CJK_SITE_WORD, ''),
  );
  // a board's site named "… Jobs" ("Guardian Jobs") says whose job it is in its page title: "Data Scientist job with Wrenfield Housing Association | 4821377"
  const jobWith = JOB_OF.exec(doc.title ?? '')?.[1];
  if (named && jobWith && SITE_WORD.test(meta ?? '') && plausibleName(jobWith)) return oneLine(jobWith);
  // a name set alone just over the job's heading that the posting's own "About …" heading names too: the employer, where
  // the site is a staffing platform's or a board's ("Tidewell" over "Senior Data Engineer", then "About Tidewell")
  const brand = brandOverHeading(doc);
  if (brand) return brand;
  // the employer's name marked as such beside the job: "company-name" (data-at="header-company-name") first,
  // else a marked element with no elements inside (not a header around it)
  // (names written in camelCase are words too: "CompanyInfo__Name")
  const attrs = (el: Element) =>
    `${el.getAttribute('class') ?? ''} ${el.getAttribute('data-at') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test') ?? ''} ${el.getAttribute('data-cy') ?? ''} ${el.id}`.replace(
      /([a-z])(?=[A-Z])/g,
      '$1 ',
    );
  // ("company-name"; or "job-organization", "JobAdHeader_company__p2", "job-hero__org", a government job's "agency", "organisation" around one element at most: not a cell
  // "company" around the job's name, its employer and its place, nor "company-details")
  // (or a "name" inside the company's box)
  const nameMarked = (el: Element) =>
    NAME_MARK.test(attrs(el)) ||
    el.matches(NAME_IN_COMPANY) ||
    // (not a column of the page named for the company's page: "tCompany_sidebar", with other jobs in it)
    (el.childElementCount < 3 && /(?:^|[\s_-])(?:company|employer|organi[sz]ation|org|agency)(?:$|[\s_](?!sidebar|main|center|page|wrap))/i.test(attrs(el)));
  // the first few of each (a hostile page may mark thousands of nested elements)
  // (an element marked as the name, "company_name", before one marked as the company's box around it and its line of business)
  const markedIn = (root: ParentNode): Element[] => {
    const marked = [...root.querySelectorAll(MARKED)];
    const named = marked.filter(nameMarked).slice(0, 20);
    const byName = (el: Element) => (NAME_MARK.test(attrs(el)) || el.matches(NAME_IN_COMPANY) ? 0 : 1);
    return [...named.sort((a, b) => byName(a) - byName(b)), ...marked.filter(isLeaf).slice(0, 20)];
  };
  let candidates = markedIn(doc);
  // on a board that lists other jobs beside the posting, each card with its employer, the one nearest the posting first
  let scope: Element | null | undefined = near;
  for (let up = 0; scope && up < 4 && scope !== doc.body; up++, scope = scope.parentElement) {
    const inside = markedIn(scope);
    if (inside.length) {
      candidates = [...new Set([...inside, ...candidates])];
      break;
    }
  }
  // a site no list knows as a board still shows whose job it is, marked as the employer's name beside the job ("Devex" over "Amani Health Partners")
  // (nor a forum's: "GIS Lounge Community", whose page title says whose job it is)
  if (named && !JOB_BOARDS.test(named) && !PLATFORM.test(named) && !COMMUNITY.test(named)) {
    // (or beside the job's heading, in the job's header over the description: "<h1 class="job-title">" over "<a class="company-name">Greenfold</a>")
    const h1 = doc.querySelector('h1');
    const header = (el: Element) => !!h1 && [el.parentElement, el.parentElement?.parentElement].some((p) => p?.contains(h1));
    const inScope = (el: Element) => !!scope && scope !== doc.body && scope.contains(el);
    for (const el of candidates) {
      const beside = (inScope(el) || header(el)) && nameMarked(el) && !el.closest(OTHER_JOBS) ? employerIn(el) : undefined;
      if (beside) return beside;
    }
    // a forum's or a newsletter's name, where the page title says whose job it is: "Machine Learning Engineer at Kestrel Bio (Boston)"
    return postEmployer(doc) ?? named;
  }
  for (const el of candidates) {
    // a card of another job ("Related jobs", "Similar jobs"), each with its own employer, names someone else
    const others = el.closest(OTHER_JOBS);
    if (others && !(near && others.contains(near))) continue;
    const name = employerIn(el);
    if (name) return name;
  }
  // a link to the employer's own page on the board ("/companies/kobo-foods", "/brands/vistula", "/employers/kth", "/gongsi/1.html"),
  // not in the site's menus or footer, nor on another job's card
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 400)) {
    if (!EMPLOYER_PAGE.test(a.getAttribute('href')!) || a.closest(`nav,header,footer,${OTHER_JOBS}`)) continue;
    const name = employerIn(a);
    if (name) return name;
  }
  // a fact labelled as the employer: "<dt>Organisation/Company</dt><dd>University of Valmont</dd>"
  const fact = labelledEmployer(doc);
  if (fact) return fact;
  // (a platform's page names none, but for a post's title that says whose job it is: "[Remote] Data Engineer @ Fernhill Analytics · Issue #412")
  if (named && PLATFORM.test(named)) return postEmployer(doc);
  // (a label before the job's name is no part of it: "Job Details: Data Engineer | Acme Inc.")
  // (nor a tracker's issue key before it: "[HIRE-212] Hiring: Data Engineer (Platform) - OpenHarbor Jira")
  const title = (doc.title ?? '')
    .replace(/^\[[A-Z][A-Z\d]*-\d+\]\s*/, '')
    .replace(/^([^:|]{2,40}):\s+/, (m, label: string) => (JOB_LABEL.test(label.trim()) || SITE_PART.test(label.trim()) ? '' : m));
  // (a platform's name after a post's words is not the employer's: "We're hiring: Senior Data Engineer - DEV Community")
  // (nor the name of the software the page says it runs on: "Data Scientist Sr. - Banco Austral | HiringRoom" over "Powered by HiringRoom")
  const credited = new Set(
    Array.from(doc.querySelectorAll('a'))
      .slice(-60)
      .filter((a) => /\b(?:powered|created|built|made|hiring)\s+(?:by|with)\s*$/i.test(a.previousSibling?.textContent ?? ''))
      .map((a) => oneLine(a.textContent)?.toLowerCase()),
  );
  const platform = (p: string, i: number) => i > 0 && (PLATFORM.test(p) || credited.has(p.toLowerCase()));
  const all = title.split(SEPARATORS).map((p) => p.trim());
  const parts = all.filter((p, i) => !platform(p, i));
  // "Machine Learning Engineer - Personalization | Spotify": the bar parts the site's name from the job and its qualifier
  const barred = title
    .split(/\s+\|\s+/)
    .map((p) => p.trim())
    .filter((p, i) => !i || !credited.has(p.toLowerCase()));
  const titled = (barred.length > 1 && /\s[-–—]\s/.test(barred[0]!) ? fromTitle(doc, barred) : undefined) ?? fromTitle(doc, parts);
  // a page whose title ends in a board's or a platform's name ("… - craigslist") shows its logo, not the employer's
  return titled ?? logoBesideHeading(doc) ?? ((all.length > 1 && JOB_BOARDS.test(all.at(-1)!)) || PLATFORM.test(all.at(-1)!) ? undefined : logoName(doc));
}

/** The employer a post's page title names after its job: "Machine Learning Engineer at Kestrel Bio (Boston)", "Data Engineer @ Fernhill Analytics". */
// (or the account that posts it, where its name is a firm's: "Fernwild Labs on Instagram: "We're hiring! …"", not "Dan Okafor on X: …")
// (in any part of the page title or its Open Graph title: "TalentDock | Data Scientist at Greenline Grocers")
function postEmployer(doc: Document): string | undefined {
  const titles = [doc.title ?? '', doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''];
  for (const part of titles.flatMap((t, i) => (i ? [t] : t.split(SEPARATORS))).slice(0, 6)) {
    const at = JOB_AT.exec(part.trim());
    if (at && titleScore(at[1]!) >= 3 && /^[A-Z0-9]/.test(at[2]!) && plausibleName(at[2]!)) return at[2]!;
  }
  const account = /^(.{2,40}?) on (?:instagram|facebook|threads|x|tiktok|linkedin):/i.exec(doc.title ?? '')?.[1];
  return account && (FIRM_WORD.test(account) || LEGAL_FORM.test(account)) && plausibleName(account) ? account : undefined;
}

/** The employer a page title names, from its parts. */
function fromTitle(doc: Document, parts: string[]): string | undefined {
  // "Backend Engineer at Tallyho (S23)"
  // (or "Data Scientist - Institutional Research job at Lakeshore State University | HigherEdJobs")
  // (without the place after it, "job at Acme in London", nor a job after a colon: "Jobs at Acme: Data Engineer")
  const at =
    JOB_AT.exec(parts[0] ?? '')?.[2]
      ?.replace(/\s+in\s+[A-Z][\p{L}'’. -]*$/u, '')
      .replace(/:.*$/, '') ??
    parts
      .slice(1)
      .map((p) => JOB_OF.exec(p)?.[1])
      .find(Boolean);
  // (not a firm left unnamed: "… at a U.S.-based company | Turing")
  if (at && at.split(/\s+/).length <= 5 && !/^an?\s/i.test(at)) return oneLine(at);
  // "Tessellate (YC W24) Is Hiring a Founding Data Engineer": a firm's news that it is hiring (not "Ask HN: Who is hiring?")
  const hiring = /^([A-Z0-9][^:]{1,39}?)(?:\s+\((?:YC\s+)?[SWFX]\d{2}\))?\s+is\s+hiring\b/i.exec(parts[0] ?? '')?.[1];
  if (hiring && plausibleName(hiring) && !/^(?:who|everyone|nobody|anyone)$/i.test(hiring)) return oneLine(hiring);
  // (in Chinese, in any part: "招聘 | 澜海科技诚聘机器学习工程师")
  const cjk = parts.map((p) => CJK_HIRING.exec(p)?.[1]).find(Boolean);
  if (cjk) return cjk;
  // "Tidewave: Machine Learning Engineer": a name, then the job
  const lead2 = NAME_THEN_JOB.exec(parts[0] ?? '');
  // (not the site's words for its jobs: "Join us: Research Data Scientist")
  if (
    lead2 &&
    titleScore(lead2[1]!) < 3 &&
    titleScore(lead2[2]!) >= 3 &&
    !JOB_LABEL.test(lead2[1]!) &&
    !JOB_BOARDS.test(lead2[1]!) &&
    !SITE_PART.test(lead2[1]!)
  )
    return oneLine(lead2[1]!.replace(CAREERS_AT, ''));
  // a part that says whose careers these are ("Careers at Meridian Bank", "Loomwise Jobs") names the employer first
  const labelled = (p: string) => CAREERS_AT.test(p) || /\s(?:careers?|jobs?)$/i.test(p) || CJK_SITE_WORD.test(p);
  // (a Korean board's title opens with whose recruiting it is: "(주)한빛모빌리티 채용 - 머신러닝 엔지니어 | 잡코리아")
  const recruiting = /\S\s채용$/.test(parts[0] ?? '') ? [parts[0]!] : [];
  // "Lanternfish | Senior ML Engineer | Remote (US/EU)": a name before the job, as a "Who is hiring?" line opens
  // (a job's name in another script too: "株式会社ミナトロジスティクス｜データサイエンティスト（需要予測）の求人 - マイナビ転職")
  // (not an institution's or a firm's name with a field in it: "Halden Institute for Ocean Science", "Spatial Analytics Co.")
  const namesJob = (p: string) =>
    (titleScore(p) >= 3 &&
      !(
        /\b(?:Institute|University|College|Laboratory|Cent(?:re|er)|Foundation|Society|Academy|Co\.|Inc\.?|Ltd\.?|LLC|GmbH)(?!\S)/.test(p) && !readsAsJob(p)
      )) ||
    shortJobNonLatin(p);
  // (or before its careers, then the job: "Harbor Mutual › Careers › Data Engineer")
  const lead = parts.length > 2 && !namesJob(parts[0] ?? '') && (namesJob(parts[1] ?? '') || /^(?:careers?|jobs)$/i.test(parts[1]!)) ? [parts[0]!] : [];
  // (nor the qualifier the page's heading shows after the job's name: "Machine Learning Engineer - Recommendation Infrastructure",
  // titled "… - Recommendation Infrastructure - Join us", names a team)
  const qualifiers = new Set<string>();
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 3)) {
    const [job, ...rest] = (oneLine(h.textContent) ?? '').toLowerCase().split(SEPARATORS);
    // (but a firm's, by its legal form or the place it hires for: "… – Spatial Analytics Co.", "… - Stormbrew Games (Remote EU)")
    if (rest.length && rest.length <= 2 && titleScore(job!) >= 3)
      for (const q of rest) if (!/(?:\bco\.|\binc\.?|\bltd\.?|\bllc|\bgmbh|\((?:remote|hybrid)\b.*\))$/.test(q)) qualifiers.add(q);
  }
  let body: string | undefined;
  const placeSaid = (name: string): boolean =>
    // (not a tool one has experience in, "experience in Salesforce", nor a firm's own "in Uber's bonus program")
    new RegExp(
      `(?<!\\b(?:experience|expertise|skills?|knowledge|proficiency|background|certified|work|working)\\s)\\b(?:in|near)\\s+${escapeRegExp(name)}(?![\\w'’-])`,
    ).test((body ??= doc.body?.textContent?.slice(0, 50_000) ?? ''));
  const names = [...recruiting, ...parts.slice(1).filter(labelled), ...parts.slice(1).filter((p) => !labelled(p)), ...lead].flatMap((p) => {
    const at = p.replace(CAREERS_AT, '');
    const name =
      at &&
      !qualifiers.has(at.toLowerCase()) &&
      (at.split(/\s+/).length <= 5 || INSTITUTION.test(at)) &&
      !SITE_PART.test(at) &&
      // (nor a post's label before the job: "Hiring - Data Engineer …")
      !JOB_LABEL.test(at) &&
      // (a board's words for its page before its own name: "Offre d'emploi ReKrute.com", "Job offer Jobs.example")
      !/^(?:offre d['’]emploi|job offer|stellenangebot|oferta de (?:trabajo|empleo)|vacature|vaga)\s/i.test(at) &&
      // how and where the job is worked, not by whom: "Data Scientist - Remote - Contract"
      // (or a French or German contract: "CDI", "Alternance", "Vollzeit")
      !/^(?:remote|hybrid|on-?site|in-office|contract(?:or)?|freelance|temporary|permanent|internship|(?:full|part)[- ]time|cd[di]|int[eé]rim|alternance|stage|vollzeit|teilzeit)\b/i.test(
        at,
      ) &&
      // a reference, not a name: "Job ID: 2891234", "Req 10442"; a board's category ("software/QA/DBA"), not a firm's legal form ("Nordvind A/S");
      // nor a board's words for where the job is: "Senior Data Scientist - Pricing Job in Manchester | JobServe"
      !/\d{3,}|\/|\b[Jj]obs? in [A-Z]/.test(at.replace(/\b[A-Z]\/[A-Z]\b/g, '')) &&
      // a département's or a district's number, alone or after its city ("69", "LYON 03", "Paris 15e", "Nantes (44)"), or a city where many jobs are
      !/^(?:[\p{L}' -]+ )?\(?\d{1,2}(?:e|er)?\)?$/u.test(at) &&
      !CITIES.test(at) &&
      // (or any place the posting says it is in: "… - Glasgow - Scottish Python Users Forum" over "a consultancy in Glasgow";
      // not a name the title says the careers are at, "Life at Palette", which the posting may say its product is: "elements in Palette")
      (at !== p || !placeSaid(at)) &&
      // (a forum's or a mailing list's name: "Scottish Python Users Forum")
      !COMMUNITY.test(at) &&
      // (words all in lower case name a topic, not a firm: "… – climate model emulation (Bergen)")
      !/^\p{Ll}+(?: \p{Ll}+)+$/u.test(at.replace(/\s*\([^)]*\)/g, '')) &&
      // a place: a city and its state's or district's code ("Austin, TX", "DALLAS TX", "Bogotá, D.C."), or the code alone ("São Paulo - SP")
      !/,\s*(?:[A-Z]{2}|D\.C\.)$/.test(at) &&
      // (but a European company's "SE" after its name: "Acme SE"); nor a city before a state's code alone ("Aracaju - SE")
      !(STATE.test(at.split(/\s+/).at(-1)!) && !/\S\s+SE$/.test(at)) &&
      !STATE.test(parts[parts.indexOf(p) + 1] ?? '') &&
      // a unit of the employer ("Department of Statistics - Ridgeway University")
      !UNIT.test(at) &&
      !JOB_BOARDS.test(at);
    // ("Tidepool Foods Blog": a company's blog, where it posts its jobs; "The Quillsoft Handbook": its handbook; "Open Atlas Docs": its docs)
    // (nothing is left of a part that only names the site: "社会招聘")
    const left =
      name &&
      oneLine(
        at
          .replace(/^the\s+(?=\S+\s+handbook$)/i, '')
          // (and a project's version before its documentation's word: "OpenTide 2.4 documentation")
          .replace(/(?:\s+v?\d+(?:\.\d+)+)?(?:\s+|\.)(?:careers?(?: opportunities)?|jobs?|blog|wiki|handbook|docs|documentation|jira|confluence)$|\s채용$/i, '')
          // (and its portal's: "Veltrix Health Portal", "Marlow County Careers Portal")
          .replace(/(?<=\S)\s+(?:(?:careers?|jobs?|recruit(?:ment|ing)|applicant|candidate|employee|self[- ]service) )?portal$/i, '')
          // (nor how and where the job is worked, in brackets after the name: "Tallis Pay (remote, UK)")
          // (or after a comma: "Vesta Audio, remote UK")
          .replace(
            /\s*\((?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b[^)]*\)$|,\s*(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b[^,]*$/i,
            '',
          )
          .replace(CJK_SITE_WORD, ''),
      );
    // (a name cut short by the site's word, "Smart Jobs and Careers" → "Smart Jobs and", is the site's name, not a firm's)
    return left && !/\s(?:and|&|of|for|the|at|in|with|und|et|y|de)$/i.test(left) ? [left] : [];
  });
  // the job is the part the page shows as a heading ("Kelpie Analytics - Senior Data Scientist" over an h2 "Senior Data Scientist")
  const headings = new Set(Array.from(doc.querySelectorAll('h1,h2,h3'), (h) => oneLine(h.textContent)?.toLowerCase()).slice(0, 50));
  const notHeading = (n: string | undefined) => (n && !headings.has(n.toLowerCase()) ? n : undefined);
  // a part that does not read as a job; else, beside a job, the last part ("Data Scientist | Birchwood Analytics"),
  // or the first when the page shows the last as its heading
  // a title that names neither the job nor whose careers these are names the site, not the employer ("Civil Service Jobs - GOV.UK");
  // one that says it shows a job's details names whose ("Opportunity Details | Harbor Freight Logistics")
  // (a board's "Data Engineer Jobs in Dubai" names a job too, as a search's "data engineer jobs near me" does not)
  const aboutJob =
    parts.some((p) => namesJob(p.replace(/\s+[Jj]obs in [A-Z].*$/, ''))) ||
    /^(?:careers?|jobs?|home|vacancies|opportunities|(?:job|opportunity|position) details|(?:open|current) (?:positions|roles|jobs|vacancies|openings)|join (?:us|our team)|work (?:with|for) us)$/i.test(
      parts[0] ?? '',
    ) ||
    parts.slice(1).some(labelled) ||
    recruiting.length > 0;
  const site = parts.length === 2 ? parts.findIndex((p) => SITE_PART.test(p)) : -1;
  const other = site < 0 ? undefined : parts[1 - site];
  return (
    (aboutJob ? names.find((n) => !namesJob(n)) : undefined) ??
    (titleScore(parts[0] ?? '') >= 3 && parts.length === names.length + 1 ? notHeading(names.at(-1)) : undefined) ??
    // (not a board's name shown as its logo's heading: "… | 잡코리아")
    // ("Acme Careers - Data Engineer": without its careers site's word)
    (parts.length === 2 && headings.has(parts[1]!.toLowerCase()) && !SITE_PART.test(parts[0]!) && !JOB_BOARDS.test(parts[1]!)
      ? notHeading(parts[0]!.replace(SITE_WORD, ''))
      : undefined) ??
    // (and the last when the page shows the first as its heading, a job's name in any language: "Doktorand i maskininlärning - Norrlands universitet")
    (parts.length === 2 && headings.has(parts[0]!.toLowerCase()) && !SITE_PART.test(parts[0]!) && names.length === 1 && titleScore(names[0]!) < 3
      ? notHeading(names[0])
      : undefined) ??
    // "Acme Freight - Careers", "Employment Opportunities - Riverbend County": a name beside the part of the site
    (other && !readsAsJob(other) && !UNIT.test(other) && !JOB_BOARDS.test(other) && !SITE_PART.test(other) ? other : undefined)
  );
}

/** A heading over what the posting says of a firm it names: "About Tidewell", "About Tidewell:". */
const ABOUT_NAMED = /^about\s+(.{2,60}?)\s*:?$/i;

/** The short name on its own line just before the job's heading, when a heading of the posting is "About" that name. */
function brandOverHeading(doc: Document): string | undefined {
  const h1 = doc.querySelector('h1');
  const line = h1?.previousElementSibling;
  if (!line || line.childElementCount > 1) return undefined;
  const name = oneLine(line.textContent);
  if (!name || name.split(' ').length > 4 || !plausibleName(name) || !/^\p{Lu}/u.test(name)) return undefined;
  const about = Array.from(doc.querySelectorAll('h2,h3,h4,h5,strong,b'))
    .slice(0, 200)
    .some((h) => ABOUT_NAMED.exec(oneLine(h.textContent) ?? '')?.[1]?.toLowerCase() === name.toLowerCase());
  return about ? name : undefined;
}

/**
 * The employer's logo a board shows beside the job's heading, in the small box that holds both
 * ("<img alt="Atlas Assurances"> <h1>Data Scientist</h1>"): not the site's logo on its link home or in its header.
 */
function logoBesideHeading(doc: Document): string | undefined {
  let box = doc.querySelector('h1')?.parentElement;
  for (let up = 0; box && box !== doc.body && up < 2 && (box.textContent?.length ?? 0) < 1500; up++, box = box.parentElement) {
    for (const img of Array.from(box.querySelectorAll('img[alt]')).slice(0, 5)) {
      // (an image marked as a logo or the company's, by its name, its file or the box around it; not a person's photo or a picture of the work)
      const marks = `${img.getAttribute('class')} ${img.id} ${img.getAttribute('src')} ${img.getAttribute('alt')} ${img.parentElement?.getAttribute('class')}`;
      if (img.closest('a[href="/"], nav, header, footer') || !/logo|compan|employer|brand/i.test(marks)) continue;
      const name = oneLine(img.getAttribute('alt')?.replace(/\s*(?:logo(?:type)?|company logo)$/i, ''));
      if (name && plausibleName(name) && !/^(?:logo|company|employer|image|photo|icon)$/i.test(name)) return name;
    }
  }
  return undefined;
}

/** The name on the site's logo: the image the link home shows ("Loomwise", "Acme logo") or the page header's image, else a brand or logo element's own text. */
function logoName(doc: Document): string | undefined {
  const names = [
    ...Array.from(
      doc.querySelectorAll(
        'a:is([href="/"],[href="./"],[href="index.html"],[href="/index.html"]) img[alt],img:is([class*="logo" i],[id*="logo" i])[alt],:is([class*="logo" i],[id*="logo" i],[data-automation-id*="logo" i],[data-testid*="logo" i])>img[alt],:is(header,#header,#banner) img[alt],img[alt$=" logo" i]',
      ),
      (img) => img.getAttribute('alt'),
    ),
    ...Array.from(doc.querySelectorAll('[class*="brand" i],[class*="logo" i]'), (el) => (isLeaf(el) ? el.textContent : null)),
    // (or the page's first image, where its file is the logo and nothing marks it: "<img src="logo.gif" alt="Nordhavn Maritime Institute">" atop an old page's layout table)
    ...[doc.querySelector('img[alt]')]
      .filter((img) => !!img && /logo/i.test(img.getAttribute('src')?.split(/[?#]/)[0] ?? ''))
      .map((img) => img!.getAttribute('alt')),
  ];
  for (const alt of names) {
    // "Fernleaf Careers", "Acme logo": the name
    // (nor the part of the site after it: "Northbridge Institute of Technology — Recruitment", a recruiting app's header)
    const [first, site, ...more] = alt?.split(SEPARATORS) ?? [];
    const name = oneLine(
      (site && !more.length && SITE_PART.test(site.trim()) ? first : alt)?.replace(
        /\s*(?:logo(?:type)?|home(?:page)?|careers?(?: site| home)?|jobs|wiki)$/i,
        '',
      ),
    );
    if (
      name &&
      name.split(' ').length <= 4 &&
      !/^(?:logo|home|brand|company|site|header|main|our)$/i.test(name) &&
      !JOB_BOARDS.test(name) &&
      !COMMUNITY.test(name) &&
      !PLATFORM.test(name)
    )
      return name;
  }
  return undefined;
}

/**
 * The employer's name an element marked as it shows — "Harbor Insurance 4.1 ★" without a board's rating beside it,
 * "at Brightline Robotics" (Greenhouse's, under the job's name) without "at" — when it reads as a firm's name: short,
 * not a job's, no reference number or label.
 */
function employerIn(el: Element): string | undefined {
  // (without the word its careers site adds: "Liffey Logistics Careers")
  // (nor its "is hiring" a board writes after it: "数澜星河招聘")
  const name = oneLine(
    shownText(el)
      .replace(/\s+\d(?:\.\d)?\s*★?\s*$|\s*★\s*$|^\s*(?:at|@)\s+|\s+(?:careers?|jobs)$/gi, '')
      .replace(CJK_SITE_WORD, '')
      // (nor the heading of the box it names: "About Loopwerk GmbH"; not "ABOUT YOU", a firm's name)
      .replace(/^About\s+(?=\p{Lu}\p{Ll})/u, ''),
  );
  // (a link's name, not what it does: "View company profile", "See all jobs", "查看公司主页")
  return name && plausibleName(name) && !/\d{3,}|:/.test(name) && !(el.closest('a') && LINK_ACTION.test(name)) ? name : undefined;
}

/** What a link to the employer's page says it does, in place of the name. */
const LINK_ACTION = /^(?:view|see|visit|more|all|browse|follow|learn|read|go|open|about)\b|\bprofile\b|查看|详情|詳細|詳情|더보기|보기$/i;

/** An element's text without the text of <style> and <script> inside it (a board's CSS-in-JS beside the name): the page reader's text map, which skips them. */
function shownText(el: Element): string {
  if (el.querySelector('style,script')) return textMap(el, { hidden: () => false, maxChars: 400 }).text;
  // a link after the name ("Bryza Logistics Sp. z o.o. <a>O firmie</a>": "about the company") is not part of it
  // (a link that comes first is the name, and what follows it is not: "<a>Hanbit Pay</a><span>Seoul · 3-7 years</span>")
  const first = Array.from(el.childNodes).find((n) => n.textContent?.trim());
  // (but a link to the firm's website, "<a>Website</a><strong>Tern Transit</strong>", is no name: the text beside the links is)
  if (first?.nodeName === 'A' && !/^(?:(?:visit |view )?(?:the )?(?:company )?website|homepage)$/i.test(first.textContent?.trim() ?? ''))
    return first.textContent ?? '';
  const bare = Array.from(el.childNodes, (n) => (n.nodeName === 'A' ? '' : n.textContent)).join('');
  return /\p{L}{2}/u.test(bare) && el.querySelector(':scope > a') ? bare : (el.textContent ?? '');
}

/** Labels of a fact that names the employer. */
// (and in the languages of Europe's boards: "Arbeidsgiver", "Arbeitgeber", "Employeur", "Empresa", "Werkgever", "Pracodawca")
const EMPLOYER_LABEL =
  /^(?:company|company name|employer(?: name)?|hiring (?:company|organi[sz]ation)|organi[sz]ation(?:\s*\/\s*company| name)?|name of (?:the )?(?:employer|organi[sz]ation|company)|institution|arbe[ij]ds?giver|arbeitgeber|arbetsgivare|employeur|empleador|empresa|werkgever|datore di lavoro|ente|pracodawca|työnantaja|事業所名|会社名|企業名|公司名称|회사명|기업명)\s*:?$/i;

/** The value of a fact labelled as the employer, in a definition list or a table (the first 200 labels: a hostile page may hold thousands). */
function labelledEmployer(doc: Document): string | undefined {
  // (or a table's label cell, "<td><b>Company:</b></td><td>Meuse Analytics SA</td>": a cell of text or one bold label, not a layout's cell)
  for (const label of Array.from(doc.querySelectorAll('dt,th,td')).slice(0, 200)) {
    if (label.tagName === 'TD' && (label.childElementCount > 1 || label.firstElementChild?.firstElementChild)) continue;
    // (or "Name" in a list headed as the employer's: EURES's "Employer" section)
    const heading = label.closest('dl,table')?.previousElementSibling;
    const named =
      /^name:?$/i.test(oneLine(label.textContent) ?? '') && /^H[2-6]$/.test(heading?.tagName ?? '') && EMPLOYER_LABEL.test(oneLine(heading!.textContent) ?? '');
    if (!named && !EMPLOYER_LABEL.test(oneLine(label.textContent) ?? '')) continue;
    if (label.closest(OTHER_JOBS)) continue;
    const value = label.nextElementSibling;
    const name = oneLine(value?.textContent);
    if (value && /^(?:DD|TD)$/.test(value.tagName) && name && plausibleName(name)) return name;
  }
  // (or a label and its value drawn as elements side by side: a shared database's record, "<div class="fieldLabel">Organisation</div><div>Peatland Trust</div>")
  for (const label of Array.from(doc.querySelectorAll('[class*="label" i]')).slice(0, 200)) {
    const value = label.nextElementSibling;
    if (!value || !EMPLOYER_LABEL.test(oneLine(label.textContent) ?? '') || label.closest(OTHER_JOBS) || value.querySelector('input,select,textarea')) continue;
    const name = oneLine(value.textContent);
    if (name && plausibleName(name)) return name;
  }
  // (or a bold label that opens a line of facts: "<li><b>Empresa:</b> Tejo Seguros</li>")
  for (const label of Array.from(doc.querySelectorAll(':is(li,p)>:is(b,strong):first-child')).slice(0, 200)) {
    const line = label.parentElement!;
    if (!EMPLOYER_LABEL.test(oneLine(label.textContent) ?? '') || line.closest(OTHER_JOBS) || line.firstChild !== label) continue;
    const name = oneLine(line.textContent?.slice(label.textContent!.length));
    if (name && plausibleName(name)) return name;
  }
  return undefined;
}

/** A posting's sentence that names its employer: "Marlow County is seeking a …", "Tallow Inc. is an equal opportunity employer." */
const SAYS_EMPLOYER =
  /(?:^|[.!?]\s+)((?:The )?[A-Z][\w&'’.-]*(?: (?:of|and|&|for|[A-Z][\w&'’.-]*)){0,5}),? (?:Inc\.,? )?is (?:an? )?(?:proud )?(?:(?:[Aa]ffirmative [Aa]ction\s*\/\s*)?[Ee]qual (?:[Oo]pportunity|[Ee]mployment)|(?:currently )?(?:seeking|looking for|hiring|recruiting))/m;

/**
 * The employer a posting's own text names, where the page shows it nowhere else (a printed job bulletin):
 * not a team or a unit, a pronoun or a possessive ("Our client is seeking", "The Analytics Unit is seeking", "Mozilla’s SRE Team is …").
 */
export function employerSaid(text: string): string | undefined {
  const head = text.slice(0, 20_000);
  // a line that labels it: "Company: Kobo Savings (fintech)", as a post in a group lays a job out (not "Company: Confidential", "Company: A leading bank")
  const labelled = /^(?:[Cc]ompany|[Ee]mployer|[Oo]rgani[sz]ation)\s*:\s*([A-Z0-9][^\n(]{1,60}?)\s*(?:\([^)\n]*\))?\s*$/m.exec(head)?.[1];
  if (labelled && plausibleName(labelled) && !/^(?:an?|the|our|one|confidential|undisclosed|various|n\/a)\b/i.test(labelled)) return labelled;
  // (a public body's name without the sentence's article: "The City of Alder Falls is looking for" names the City of Alder Falls)
  const name = SAYS_EMPLOYER.exec(head)?.[1]?.replace(
    /^The (?=(?:City|Town|Village|County|State|Borough|District|Province|Region|Municipality|Port|Commonwealth) of )/,
    '',
  );
  if (
    name &&
    !/\b(?:of|and|&|for|team|unit|department|division|office)$|['’]s\b/i.test(name) &&
    !/^(?:we|our|this|that|it|he|she|you|they|there|here|the (?:team|role|company|client|candidate|position|department|organi[sz]ation|group|ideal)|everyone|each|who)\b/i.test(
      name,
    )
  )
    return name;
  // or a post that introduces its firm: "We're RoofTrace, a 25-person company in Manchester that …"
  const intro = /(?:^|[.!?]\s+)We(?:['’]re| are) ([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}), an? /m.exec(head)?.[1];
  if (intro && titleScore(intro) < 3 && plausibleName(intro) && !/^(?:hiring|looking|growing|excited|proud)$/i.test(intro)) return intro;
  // else a heading that names it: "About VistaFarm" (not "About us", "About the role", "About Data Engineering")
  const about =
    /^About ((?!(?:Us|Me|You|Yourself|The|This|Our|Your|Working|Life|Company|Role|Job|Team|Position)\b)[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})$/m.exec(
      head,
    )?.[1];
  return about && titleScore(about) < 3 && plausibleName(about) ? about : undefined;
}
