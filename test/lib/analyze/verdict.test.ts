/**
 * The verdict rule on its own: "none" only when another kind of job clearly leads the
 * likeliest role, and another kind named only when the posting has signals of it.
 */
import { describe, expect, it } from 'vitest';
import { decide, OTHER_LEAD, type VerdictInput } from '@/lib/analyze/verdict';

const input = (over: Partial<VerdictInput>): VerdictInput => ({
  shares: { mle: 0.2, ds: 0.3, de: 0.5 },
  pOther: 0.4,
  pKinds: { analyst: 0.25, software: 0.05, devops: 0.05, research: 0.05 },
  pTop: 0.35,
  evidenceMass: 6,
  roleMass: { mle: 0, ds: 1, de: 3 },
  otherMass: { analyst: 1, software: 0, devops: 0, research: 0 },
  words: 200,
  english: true,
  ...over,
});

describe('decide', () => {
  it('keeps a data role when the other kinds together are likelier but none of them leads the top role', () => {
    // analyst 0.25 < 0.35: one likely role beats each other kind of job
    expect(decide(input({})).verdict).toBe('de');
    // the old rule (all other kinds together against the top role) said none here
    expect(input({}).pOther).toBeGreaterThan(input({}).pTop);
  });

  it('says none when one other kind of job clearly leads, and names it when the posting has its signals', () => {
    const pKinds = { analyst: OTHER_LEAD * 0.2 + 0.01, software: 0.02, devops: 0.02, research: 0.01 };
    const v = decide(input({ pTop: 0.2, pKinds }));
    expect(v).toMatchObject({ verdict: 'none', noneReason: 'not-data-role', readsAs: 'analyst' });
  });

  it('does not name a kind of job the posting has no signals of', () => {
    const pKinds = { analyst: 0.05, software: 0.6, devops: 0.02, research: 0.01 };
    const v = decide(input({ pTop: 0.2, pKinds, otherMass: { analyst: 2, software: 0, devops: 0, research: 0 } }));
    expect(v.verdict).toBe('none');
    expect(v.readsAs).toBeUndefined();
  });

  it('a lead just under OTHER_LEAD is not enough', () => {
    const pKinds = { analyst: OTHER_LEAD * 0.2 - 0.01, software: 0.02, devops: 0.02, research: 0.01 };
    expect(decide(input({ pTop: 0.2, pKinds })).verdict).toBe('de');
  });

  it('plenty of evidence for one role outweighs another kind of job unless that reading is near certain', () => {
    const pKinds = { analyst: 0.7, software: 0.02, devops: 0.02, research: 0.01 };
    const strong = { roleMass: { mle: 0, ds: 1, de: 10 }, evidenceMass: 20, otherMass: { analyst: 2, software: 0, devops: 0, research: 0 } };
    expect(decide(input({ ...strong, pTop: 0.2, pOther: 0.75, pKinds })).verdict).toBe('de');
    expect(decide(input({ ...strong, pTop: 0.05, pOther: 0.9, pKinds: { ...pKinds, analyst: 0.87 } })).verdict).toBe('none');
  });
});
