import { browser } from 'wxt/browser';
import { interfaceLocale } from '../core/i18n/locale';
import { formatMessage } from '../core/i18n/messages';
import type { Settings } from '../core/settings';
import { badgeText, isTabOff, shownTotal, type TabState, tabStateOf } from '../core/tab-state';
import { toolbarIconPaths } from '../core/toolbar-icon';
import { askTabState } from './page-state';
import { loadSettings, watchSettings } from './settings-reader';

/** The toolbar button: `action` in Chrome (MV3), `browserAction` in Firefox (MV2). */
export const toolbarAction = () => browser.action ?? browser.browserAction;

/** The toolbar's look for one tab in this state: grey icon where Role Lens is off, its title, its badge. */
export function toolbarLook(state: TabState, settings: Settings, browserLanguage: string) {
  const locale = interfaceLocale(settings.language, browserLanguage);
  const total = shownTotal(state, settings);
  const off = isTabOff(state, settings);
  const title = off
    ? formatMessage(locale, settings.enabled ? 'action_title_off_site' : 'action_title_off_all')
    : total > 0 && settings.markStyle !== 'none'
      ? formatMessage(locale, 'action_title_marks', { count: total })
      : formatMessage(locale, 'action_title');
  return { icon: toolbarIconPaths(off), title, badge: badgeText(state, settings) };
}

async function show(tabId: number, state: TabState, settings: Settings): Promise<void> {
  const action = toolbarAction();
  const look = toolbarLook(state, settings, browser.i18n.getUILanguage());
  // Each per tab: the browser drops them when the tab navigates, and the new page reports afresh.
  await Promise.all([
    action.setIcon({ tabId, path: look.icon }),
    action.setTitle({ tabId, title: look.title }),
    action.setBadgeText({ tabId, text: look.badge }),
  ]).catch(() => undefined); // the tab closed meanwhile
}

/**
 * Background: keeps the toolbar button of each tab in step with what its content script reports (pushed when
 * it changes, core/tab-state.ts: sender.tab.id names the tab, so no "tabs" permission is needed), and redraws
 * every tab's when the settings change (the badge switched on or off, the interface's language).
 */
export function serveToolbarState(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const state = tabStateOf(message);
    const tabId = sender.tab?.id;
    if (!state) return undefined;
    // Answered (with nothing), so the tab's send resolves instead of failing and sending again.
    if (tabId === undefined || sender.frameId !== 0) return Promise.resolve(null);
    return loadSettings()
      .then((settings) => show(tabId, state, settings))
      .then(() => null);
  });
  const action = toolbarAction();
  void action.setBadgeBackgroundColor({ color: '#59636e' });
  watchSettings((settings) => {
    // tabs.query without the "tabs" permission still gives each tab's id (not its address).
    void browser.tabs.query({}).then((tabs) =>
      Promise.all(
        tabs.map(async ({ id }) => {
          if (id === undefined) return;
          const state = await askTabState(id);
          if (state) await show(id, state, settings);
        }),
      ),
    );
  });
}
