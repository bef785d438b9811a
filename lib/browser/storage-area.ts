/** browser.storage.local as a storage Area. */
import { browser } from 'wxt/browser';
import type { Area } from '../storage/store';

export function localArea(): Area {
  return {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
    subscribe: (key, onChange) => {
      const listener = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === 'local' && key in changes) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
