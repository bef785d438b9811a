import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { BOARD_ORIGINS } from './lib/extract/adapters/origins';

// Least privilege: no host permission at install time. `activeTab` + `scripting`
// let RoleLens read the tab the user invoked it on; nothing else is readable.
// The `e2e` build modes (tests only, never shipped) add http://127.0.0.1/* because
// headless Chromium cannot produce the user gesture that grants `activeTab`.
export default defineConfig({
  imports: false,
  publicDir: 'assets/public',
  manifestVersion: 3,
  hooks: {
    // WXT grants runtime-registered content scripts their `matches` as host
    // permissions; RoleLens injects on demand through activeTab instead.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'e2e' || wxt.config.mode === 'e2e-boards') {
        manifest.host_permissions = ['http://127.0.0.1/*'];
        // `e2e-boards` (tests only): the boards' access granted at install, as a user who turned on
        // automatic analysis has it — headless Chromium cannot accept the permission prompt
        if (wxt.config.mode === 'e2e-boards') manifest.host_permissions.push(...BOARD_ORIGINS);
        // Firefox's WebDriver BiDi will not navigate to a moz-extension:// page; a test page on
        // 127.0.0.1 frames the popup and side panel instead (test build only)
        manifest.web_accessible_resources = [{ resources: ['popup.html', 'sidepanel.html'], matches: ['http://127.0.0.1/*'] }];
        const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
        if (csp?.extension_pages) csp.extension_pages = csp.extension_pages.replace("frame-ancestors 'none'", 'frame-ancestors http://127.0.0.1:*');
      } else delete manifest.host_permissions;
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: 'RoleLens',
    description: 'Which data role does this job posting really describe? MLE, data scientist or data engineer — analysed on your device.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // asked for only when the user turns on automatic analysis in the settings
    optional_host_permissions: [...BOARD_ORIGINS],
    action: { default_title: 'RoleLens: which data role is this?' },
    // Zero network by policy, not only by habit: RoleLens pages and its service worker
    // may not fetch, connect or load anything from outside the extension.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    // the side panel's open() (Chrome 116) is the newest API RoleLens needs; replies go through
    // sendResponse, which every version answers (a returned Promise only from about 144)
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 on desktop (the current ESR) and 142 on Android
            gecko: {
              id: 'rolelens@rolelens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
