/** browser.storage.local as a storage Area. */
import { browser } from 'wxt/browser';
import type { Area } from '../storage/store';

export function localArea(): Area {
  return {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  };
}
