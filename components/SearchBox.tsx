import { useMessages } from './i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
  /** The id of the listbox the box controls (the combobox pattern of WAI-ARIA). */
  listId: string;
  /** Whether that listbox is shown. */
  expanded: boolean;
  /** The id of the option ↑/↓ reached, if any: focus stays in the box, the option is announced. */
  activeId?: string;
  /** ↓ (+1) or ↑ (−1): move to the next or previous option, opening the list when it is closed. */
  onMove: (step: 1 | -1) => void;
  /** Enter: take the option reached (or the first). */
  onPick: () => void;
  /** Esc: close the list (a second Esc clears the box, as a search field does). */
  onClose: () => void;
}

/**
 * The popup's search field, a combobox over the results' listbox; IME-friendly: it reacts to committed text,
 * not to each composing keystroke, and leaves the keys to the IME while composing (Enter picks a candidate there).
 */
export function SearchBox({
  value,
  onInput,
  placeholder,
  listId,
  expanded,
  activeId,
  onMove,
  onPick,
  onClose,
}: SearchBoxProps) {
  const t = useMessages();
  return (
    <input
      class="rl-input"
      type="search"
      role="combobox"
      aria-autocomplete="list"
      aria-controls={listId}
      aria-expanded={expanded}
      aria-activedescendant={activeId}
      value={value}
      placeholder={placeholder}
      aria-label={t('popup_search_label')}
      autocomplete="off"
      spellcheck={false}
      // The popup exists to type a term: focusing the box is what users expect.
      autofocus
      onInput={(event) => {
        if (!(event as InputEvent).isComposing) onInput(event.currentTarget.value);
      }}
      onCompositionEnd={(event) => onInput(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.isComposing || event.keyCode === 229) return;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          onMove(event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          onPick();
        } else if (event.key === 'Escape' && expanded) {
          // Closing the list is this Esc's whole job: the field keeps its text (a second Esc clears it).
          event.preventDefault();
          onClose();
        }
      }}
    />
  );
}
