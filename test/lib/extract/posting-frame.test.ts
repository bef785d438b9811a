/** Which frame of a careers page shows its posting (an embedded job board), from the frames' addresses and sizes. */
import { describe, expect, it } from 'vitest';
import { postingFrame } from '@/lib/extract/posting-frame';

const PAGE = 'https://www.acmerobotics.example/careers?gh_jid=4001';
const frame = (src: string, width = 900, height = 2400) => ({ src, width, height });

describe('postingFrame', () => {
  it('names the job board frame of another site', () => {
    expect(postingFrame([frame('https://boards.greenhouse.io/embed/job_app?for=acme&token=4001')], PAGE)).toBe(
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=4001',
    );
    expect(postingFrame([frame('https://careers-acme.icims.com/jobs/5012/data-engineer/job?in_iframe=1')], PAGE)).toMatch(/icims\.com/);
  });

  it('prefers a job board to a larger frame of another kind, and a frame at a job address to none', () => {
    const frames = [frame('https://www.youtube.com/embed/abc', 1200, 700), frame('https://acme.bamboohr.com/careers/41', 600, 900)];
    expect(postingFrame(frames, PAGE)).toBe('https://acme.bamboohr.com/careers/41');
    expect(postingFrame([frame('https://hire.example-ats.net/acme/jobs/77')], PAGE)).toBe('https://hire.example-ats.net/acme/jobs/77');
  });

  it('names nothing for widgets, hidden frames, frames of the page itself, videos and maps, or addresses that are not web pages', () => {
    expect(postingFrame([frame('https://boards.greenhouse.io/embed/job_app?token=1', 0, 0)], PAGE)).toBeUndefined();
    expect(postingFrame([frame('https://boards.greenhouse.io/embed/job_app?token=1', 60, 60)], PAGE)).toBeUndefined();
    expect(postingFrame([frame('https://www.acmerobotics.example/careers/embed')], PAGE)).toBeUndefined();
    expect(postingFrame([frame('https://www.youtube.com/embed/abc'), frame('https://www.google.com/maps/embed?pb=1')], PAGE)).toBeUndefined();
    expect(postingFrame([frame('javascript:alert(1)'), frame('about:blank'), frame('not a url')], PAGE)).toBeUndefined();
  });
});
