import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { EXPLAIN_COMMAND } from '../core/page-command';
import { isSiteOff, withSiteToggled } from '../core/settings';
import { activeTabHost } from '../platform/active-tab';
import { serveCards } from '../platform/card-service';
import { serveContextMenu } from '../platform/context-menu';
import { sendExplainToActiveTab } from '../platform/page-command';
import { servePageSettings } from '../platform/page-settings-service';
import { loadSettings } from '../platform/settings-reader';
import { saveSettings, settingsItem } from '../platform/settings-store';
import { serveToolbarState } from '../platform/toolbar-state';

/** The keyboard command that switches Role Lens off (or back on) for the current site (wxt.config.ts). */
export const TOGGLE_SITE_COMMAND = 'toggle-site';

// Five jobs: define the settings item at start-up so its versioned migrations run once, early, instead of
// racing in every tab; answer the content scripts' requests for cards (the knowledge base lives here, not
// in the script that loads on every page); keep each tab's toolbar icon, title and badge in step with its
// page (grey where Role Lens is off); the context menu's "explain the selection"; and the keyboard commands
// (switch the site off or on; explain the selection on the page). Everything else happens in pages, popup
// and options.
export default defineBackground(() => {
  void settingsItem.getMeta();
  serveCards();
  servePageSettings();
  serveToolbarState();
  serveContextMenu();
  browser.commands.onCommand.addListener(async (command) => {
    if (command === EXPLAIN_COMMAND) {
      await sendExplainToActiveTab();
      return;
    }
    if (command !== TOGGLE_SITE_COMMAND) return;
    const host = await activeTabHost();
    if (!host) return;
    const settings = await loadSettings();
    await saveSettings(withSiteToggled(settings, host, !isSiteOff(settings, host)));
  });
});
