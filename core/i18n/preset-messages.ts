import type { MessageKey } from './messages';

/**
 * Each viewpoint preset's name and hint in the interface language, by its id in data/viewpoint-presets.json
 * (whose own label and description are the Simplified ones; tests/unit/messages.test.ts keeps them alike).
 */
export const PRESET_MESSAGES: Record<string, { label: MessageKey; hint: MessageKey }> = {
  containment: { label: 'preset_containment', hint: 'preset_containment_hint' },
  division: { label: 'preset_division', hint: 'preset_division_hint' },
  internet: { label: 'preset_internet', hint: 'preset_internet_hint' },
  organisation: { label: 'preset_organisation', hint: 'preset_organisation_hint' },
};
