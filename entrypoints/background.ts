import { defineBackground } from 'wxt/utils/define-background';
import { settingsItem } from '../platform/settings-store';

// The background has one job: define the settings item at start-up, so its versioned migrations run once,
// early, instead of racing in every tab. Everything else happens in pages, popup and options.
export default defineBackground(() => {
  void settingsItem.getMeta();
});
