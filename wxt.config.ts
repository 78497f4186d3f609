import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { chromeMessages } from './core/i18n/chrome-messages';
import { INTERFACE_LOCALES, LOCALE_FOLDER } from './core/i18n/locale';

/**
 * Keeps Chinese as UTF-8 in the bundles. WXT sets esbuild's charset to ASCII after our `vite` options are
 * read, which writes every character of the bundled knowledge base as \uXXXX: three times larger raw and
 * about 12% larger gzipped, on a content script that loads on every page. A plugin's `config` hook runs later.
 */
function utf8Output(): Plugin {
  return {
    name: 'role-lens:utf8-output',
    config(config) {
      config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
    },
  };
}

/**
 * The content script, which loads on every page, reads settings with promise-based storage calls that Chrome
 * (MV3) and Firefox both have natively, so it takes WXT's plain `browser` (globalThis.browser or chrome)
 * instead of webextension-polyfill: 1.2 KB gzip less to load and no wrapping of the API at start-up on every
 * page. Popup, options and background keep the polyfill (the module below).
 */
function nativeBrowserInContentScript(): Plugin {
  const nativeBrowser = fileURLToPath(import.meta.resolve('wxt/browser'));
  let buildingContentScript = false;
  return {
    name: 'role-lens:native-browser-in-content-script',
    enforce: 'pre',
    options(options) {
      buildingContentScript = JSON.stringify(options.input ?? '').includes('entrypoints/content/');
    },
    resolveId(source) {
      if (buildingContentScript && source === '@wxt-dev/webextension-polyfill/browser') return nativeBrowser;
      return null;
    },
  };
}

/**
 * Writes `_locales/<zh_CN|zh_TW|en>/messages.json` into the build from the typed catalogs in core/i18n/, the
 * same ones the popup and options bundle. Not WXT's i18n module (@wxt-dev/i18n): it reads its own locale files
 * and looks messages up through browser.i18n, which always speaks the browser's language, while the popup and
 * options must follow the reader's setting; one catalog for both keeps them from drifting apart.
 */
const localeFiles = () =>
  INTERFACE_LOCALES.map((locale) => ({
    relativeDest: `_locales/${LOCALE_FOLDER[locale]}/messages.json`,
    contents: `${JSON.stringify(chromeMessages(locale), null, 2)}\n`,
  }));

// Role Lens reads pages, never the network. Permissions: `storage` for settings, `contextMenus` for
// "explain the selection" (Firefox reads it as `menus`), `activeTab` so the popup
// can read the current tab's host (for the per-site switch) only when the user opens it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run zip`: the Chrome Web Store package, the Firefox add-on package and, for Firefox's reviewers, the
  // sources they rebuild it from (WXT leaves out node_modules, tests, the output and hidden folders).
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    excludeSources: ['tests/**', 'bench-results/**', 'demo-output/**', 'tmp/**', '*.log'],
  },
  vite: () => ({
    // Terser rather than esbuild's minifier: 4% less gzip on the content script (42.6 → 41.0 KB, measured
    // 2026-12-06), which loads on every page and has a 40 KB budget; the build takes a few seconds longer.
    // `pure_getters`: no property read of ours is made for a side effect (no layout forced by a bare
    // `el.offsetHeight;`), so unused reads may go: 43 B gzip less (2026-12-07). A third pass gave 300 B more.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2, pure_getters: true } } },
    plugins: [utf8Output(), nativeBrowserInContentScript()],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeFiles());
    },
    // Set here rather than in `manifest.action`: for Firefox (MV2) WXT puts the popup under browser_action
    // and drops `action`, and it would take the popup's <title> (written in one language) over a configured title.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.browser_action ?? manifest.action;
      if (action) action.default_title = '__MSG_action_title__';
    },
  },
  manifest: ({ browser }) => ({
    // In the browser's language (core/i18n/); any other than Chinese gets English, as the popup does.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    // Users can change the key at chrome://extensions/shortcuts (Firefox: about:addons → Manage shortcuts).
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_command_toggle_site__',
      },
      explain: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_command_explain__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'role-lens@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
