export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
}

/** The popup's search field; IME-friendly (it reacts to committed text, not to each composing keystroke). */
export function SearchBox({ value, onInput, placeholder }: SearchBoxProps) {
  return (
    <input
      class="rl-input"
      type="search"
      value={value}
      placeholder={placeholder}
      aria-label="查找词条"
      // The popup exists to type a term: focusing the box is what users expect.
      autofocus
      onInput={(event) => {
        if (!(event as InputEvent).isComposing) onInput(event.currentTarget.value);
      }}
      onCompositionEnd={(event) => onInput(event.currentTarget.value)}
    />
  );
}
