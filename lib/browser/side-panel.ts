/** Opening the side panel: Chrome's sidePanel API, Firefox's sidebarAction. Must run in a user gesture. */
import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

export async function openSidePanel(tabId?: number): Promise<void> {
  const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (b.sidebarAction) return b.sidebarAction.open();
  if (b.sidePanel) {
    if (tabId !== undefined) return b.sidePanel.open({ tabId });
    const win = await browser.windows.getCurrent();
    if (win.id !== undefined) return b.sidePanel.open({ windowId: win.id });
  }
}
