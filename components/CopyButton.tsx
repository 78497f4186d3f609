import { useEffect, useRef, useState } from 'preact/hooks';

/** How long "已复制" stays before the button reads "复制" again. */
export const COPIED_NOTICE_MS = 2000;

/** A copy button that says whether copying worked: 已复制, or 复制失败 when the clipboard refused. */
export function CopyButton({ copy }: { copy: () => Promise<void> }) {
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
        {state === 'copied' ? '已复制' : state === 'failed' ? '复制失败' : '复制'}
      </span>
    </button>
  );
}
