import { describe, expect, it } from 'vitest';
import { listener, message, type Handlers } from '@/lib/messages';

describe('runtime.onMessage listener', () => {
  const handlers: Handlers = {
    ping: () => ({ alive: true }),
    clear: async () => ({ cleared: true }),
    extract: () => {
      throw new Error('page gone');
    },
  };
  const onMessage = listener(handlers);

  it('keeps the channel open (returns true) and answers through sendResponse, sync or async handler alike', async () => {
    for (const [type, reply] of [
      ['ping', { alive: true }],
      ['clear', { cleared: true }],
    ] as const) {
      const got = new Promise((ok) => expect(onMessage(message(type, {}), {}, ok)).toBe(true));
      expect(await got).toEqual(reply);
    }
  });

  it('answers undefined when a handler throws, so the sender is never left waiting', async () => {
    const got = new Promise((ok) => expect(onMessage(message('extract', {}), {}, ok)).toBe(true));
    expect(await got).toBeUndefined();
  });

  it('leaves messages it does not handle to other listeners (returns false, never responds)', () => {
    let called = false;
    expect(onMessage(message('highlight', { spans: [], roles: [], css: '' }), {}, () => (called = true))).toBe(false);
    expect(onMessage({ nonsense: true }, {}, () => (called = true))).toBe(false);
    expect(called).toBe(false);
  });
});
