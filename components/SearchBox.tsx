import { useMessages } from './i18n';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
}

/** The popup's search field; IME-friendly (it reacts to committed text, not to each composing keystroke). */
export function SearchBox({ value, onInput, placeholder }: SearchBoxProps) {
  const t = useMessages();
  return (
    <input
      class="rl-input"
      type="search"
      value={value}
      placeholder={placeholder}
      aria-label={t('popup_search_label')}
      // The popup exists to type a term: focusing the box is what users expect.
      autofocus
      onInput={(event) => {
        if (!(event as InputEvent).isComposing) onInput(event.currentTarget.value);
      }}
      onCompositionEnd={(event) => onInput(event.currentTarget.value)}
    />
  );
}
