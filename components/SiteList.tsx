import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n/messages';
import { parseSiteList, type SiteListProblem, type SiteProblem, tidySiteList } from '../core/site-patterns';
import type { Translate } from './i18n';

/** How long typing rests before the list is checked and saved. */
export const SITE_LIST_SAVE_DELAY_MS = 500;

const PROBLEM_MESSAGE: Record<SiteProblem, MessageKey> = {
  'not-a-site': 'site_problem_not_a_site',
  wildcard: 'site_problem_wildcard',
  'too-long': 'site_problem_too_long',
};

const HINT_ID = 'rl-sites-hint';
const PROBLEMS_ID = 'rl-sites-problems';

export interface SiteListProps {
  /** The sites saved now. */
  sites: readonly string[];
  /** Saves the sites the text holds (normalised, without the lines that are none). */
  onSave: (sites: string[]) => void;
  t: Translate;
  /** The id of the heading that names the list. */
  labelledBy: string;
}

/**
 * The options' list of sites where Role Lens stays off, one a line. It saves as the reader types, once
 * typing rests, and at once when the list loses focus or the page is hidden or closed, so nothing typed is
 * lost. Lines that are no site are kept in the box, each named under it with what is wrong (and the box
 * marked aria-invalid, described by those messages); leaving the box writes each site in its kept form.
 */
export function SiteList({ sites, onSave, t, labelledBy }: SiteListProps) {
  const [draft, setDraft] = useState(() => sites.join('\n'));
  const [problems, setProblems] = useState<SiteListProblem[]>([]);
  // Refs, so the timer and the page's hide listener always reach the latest text and props.
  const pending = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ sites, onSave, draft });
  latest.current = { sites, onSave, draft };

  const flush = useRef(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === undefined) return;
    pending.current = undefined;
    const parsed = parseSiteList(text);
    setProblems(parsed.problems);
    if (parsed.sites.join('\n') !== latest.current.sites.join('\n')) latest.current.onSave(parsed.sites);
  }).current;

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  // Sites changed elsewhere (the popup's switch, the shortcut, an import) show here, unless the reader is
  // typing: then what they type wins when it saves. Lines that are no site stay below the new list.
  const savedText = sites.join('\n');
  useEffect(() => {
    if (pending.current !== undefined) return;
    const shown = parseSiteList(latest.current.draft);
    if (shown.sites.join('\n') === savedText) return;
    const text = [savedText, ...shown.problems.map((problem) => problem.text)].filter(Boolean).join('\n');
    setDraft(text);
    setProblems(parseSiteList(text).problems);
  }, [savedText]);

  const describedBy = problems.length > 0 ? `${HINT_ID} ${PROBLEMS_ID}` : HINT_ID;
  return (
    <>
      <p id={HINT_ID} class="rl-silence">
        {t('options_sites_hint')}
      </p>
      <textarea
        class="rl-input rl-sites"
        rows={4}
        spellcheck={false}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        placeholder={t('options_sites_placeholder')}
        value={draft}
        onInput={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          pending.current = text;
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SITE_LIST_SAVE_DELAY_MS);
        }}
        onBlur={() => {
          flush();
          const tidy = tidySiteList(latest.current.draft);
          setDraft(tidy);
          setProblems(parseSiteList(tidy).problems);
        }}
      />
      <ul id={PROBLEMS_ID} class="rl-field-errors" aria-live="polite">
        {problems.map((problem) => (
          <li key={`${problem.line}:${problem.text}`}>
            {t(PROBLEM_MESSAGE[problem.problem], { line: problem.line, text: problem.text })}
          </li>
        ))}
      </ul>
    </>
  );
}
