import path from 'node:path';
import { type PathologicalPage, pathologicalPages } from './bench-pathological';
import { PROJECT_ROOT } from './chromium';

/** The pages both benchmarks (bench.ts, bench-runs.ts) measure on, so their figures compare. */
export const CORPUS = path.resolve(PROJECT_ROOT, '../shared/corpus');
/** The four saved job-board pages of the corpus. */
export const CORPUS_PAGES = [
  'lagou_home_shenzhen_2019-03.html',
  'lagou_list_python_2018-08.html',
  'tencent_hr_joblist_2019-02.html',
  '104_search_results_fragment_2023-03.html',
];
/** The generated 5.3 MB page (bench-large-page.ts), opened halfway down. */
export const LARGE_PAGE = 'large-board.html';
/** The small page the appended cards are compared on. */
export const SMALL_APPEND_PAGE = 'tencent_hr_joblist_2019-02.html';
/** Job cards appended per measured append (the mutation path). */
export const APPENDED_CARDS = 100;
/**
 * The pathological pages of issue 14, item 1, generated at the sizes it names (bench-pathological.ts): one
 * 1 MB text node with 200,000 terms, 100,000 elements, 5,000 levels of nesting, text changing 1,000 times a
 * second, a table of 20,000 rows; and a log of 8,000 lines growing 20 times a second. Each is measured with and without the extension (bench-pathological-run.ts).
 */
export function pathologicalBenchPages(): PathologicalPage[] {
  return pathologicalPages();
}
