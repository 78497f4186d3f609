import path from 'node:path';
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
