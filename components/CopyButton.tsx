import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "copied" stays before the button reads "copy" again. */
export const COPIED_NOTICE_MS = 2000;

/** What the button says: before, after copying, and when the clipboard refused (the card's labels). */
export interface CopyLabels {
  copy: string;
  copied: string;
  copyFailed: string;
}

/** A copy button that says whether copying worked (已复制), or that the clipboard refused (复制失败). */
export function CopyButton({ copy, labels }: { copy: () => Promise<void>; labels: CopyLabels }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const run = async () => {
    clearTimeout(timer.current);
    try {
      await copy();
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), COPIED_NOTICE_MS);
  };
  return (
    <button type="button" class="rl-copy" data-state={state} onClick={() => void run()}>
      <span aria-live="polite">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.copyFailed : labels.copy}
      </span>
    </button>
  );
}
