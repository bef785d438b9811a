/**
 * The frame a careers page shows its posting in. Many company sites embed their applicant
 * tracking system's job page in a frame from another site (Greenhouse, iCIMS, BambooHR …): the
 * page reader, which reads only the page and frames of its own origin, finds no posting there.
 * Given the page's frames (address and size on screen), this names the one that most likely
 * holds the posting, so the popup can offer to open it in a tab of its own, where RoleLens reads
 * it. Pure: the frames are listed in the page, the choice is made here.
 */

export interface FrameInfo {
  /** The frame's address as the page gives it. */
  src: string;
  /** Its size on screen, in CSS pixels (0 when hidden). */
  width: number;
  height: number;
}

/** Hosts of applicant tracking systems whose job pages are embedded in careers sites, and show on their own. */
export const ATS_HOSTS = [
  'greenhouse.io',
  'icims.com',
  'lever.co',
  'workable.com',
  'bamboohr.com',
  'applytojob.com',
  'smartrecruiters.com',
  'recruitee.com',
  'personio.de',
  'personio.com',
  'jobvite.com',
  'myworkdayjobs.com',
  'ashbyhq.com',
  'teamtailor.com',
  'breezy.hr',
  'pinpointhq.com',
  'comeet.co',
  'rippling-ats.com',
  'ats.rippling.com',
  'recruiting.paylocity.com',
  'ultipro.com',
  'workforcenow.adp.com',
  'successfactors.com',
  'successfactors.eu',
  'taleo.net',
  'oraclecloud.com',
  'homerun.co',
  'join.com',
];

/** A frame this small is a widget (a chat button, a tracking pixel), not a page of text. */
const MIN_WIDTH = 250;
const MIN_HEIGHT = 150;
/** The address of a job page on a system not listed above. */
const JOB_PATH = /\b(jobs?|careers?|postings?|vacanc(?:y|ies)|openings?|positions?|recruit\w*|stellen\w*)\b/i;

function hostOf(src: string): URL | undefined {
  try {
    const url = new URL(src);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

const onHost = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/**
 * The address of the frame that most likely shows the page's posting: a frame of another site,
 * large enough to read, from an applicant tracking system or at a job page's address; the
 * largest such, an ATS's first. Undefined when no frame fits.
 */
export function postingFrame(frames: readonly FrameInfo[], pageUrl?: string): string | undefined {
  const page = pageUrl ? hostOf(pageUrl) : undefined;
  let best: { url: string; score: number } | undefined;
  for (const f of frames) {
    const url = hostOf(f.src);
    // a frame of the page's own origin is read with the page
    if (!url || (page && url.origin === page.origin) || f.width < MIN_WIDTH || f.height < MIN_HEIGHT) continue;
    const ats = ATS_HOSTS.some((d) => onHost(url.hostname, d));
    if (!ats && !JOB_PATH.test(url.pathname + url.search)) continue;
    const score = (ats ? 1e9 : 0) + f.width * f.height;
    if (!best || score > best.score) best = { url: url.href, score };
  }
  return best?.url;
}
