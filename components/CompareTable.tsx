import type { CardLanguage } from '../core/card-request';
import { pairView } from '../core/knowledge/card';
import type { Card } from '../core/knowledge/card-model';
import { cardForTerm } from '../core/knowledge/catalog';
import { pairRelations } from '../core/knowledge/queries';
import { writerFor } from '../core/knowledge/writers';
import { FAMILIES, FAMILY_LABEL } from '../core/types';
import { CitedText, Cites } from './CitedText';
import { CardLabelsContext } from './card-labels';
import { useMessages } from './i18n';
import { RelationDiagram } from './RelationDiagram';

/**
 * 运营, 营销 and 销售 side by side: what each does, what the source says of each, who contains whom (the
 * diagram, every pair with all fourteen viewpoints), then the chosen viewpoints row by row.
 */
export function CompareTable({
  viewpointIds,
  language = 'zh-Hans',
}: {
  viewpointIds: readonly string[];
  language?: CardLanguage;
}) {
  const t = useMessages();
  const columns = FAMILIES.map((family) => cardForTerm(FAMILY_LABEL[family], viewpointIds, language)).filter(
    (card): card is Card => !!card,
  );
  const writer = writerFor(language);
  const pairs = pairRelations.map((relation) => pairView(relation, writer));
  const rows = [...new Set(columns.flatMap((card) => card.shown))].sort((a, b) => a - b);
  const labels = columns[0]?.labels;
  if (!labels) return null;
  return (
    <CardLabelsContext.Provider value={labels}>
      <table class="rl-compare" lang={language}>
        <thead>
          <tr>
            <th scope="col" />
            {columns.map((column) => (
              <th scope="col" key={column.entry.id}>
                <span class="rl-family" data-family={column.entry.family}>
                  {column.familyLabel}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('compare_does')}</th>
            {columns.map((column) => {
              const role = column.roles.find((line) => line.own);
              return (
                <td key={column.entry.id}>
                  {role?.text} <Cites viewpoints={role?.viewpoints ?? []} />
                </td>
              );
            })}
          </tr>
          <tr>
            <td colSpan={columns.length + 1} class="rl-compare-relations">
              <h2 class="rl-section-title">{t('compare_relations_title')}</h2>
              <RelationDiagram pairs={pairs} size="large" labels={labels} />
              <ul class="rl-list rl-pairs">
                {pairs.map((pair) => (
                  <li key={pair.families.join('-')}>
                    <CitedText text={pair.summary} />
                    {pair.notes.map((note) => (
                      <p key={note} class="rl-silence">
                        <CitedText text={note} />
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('compare_lead')}</th>
            {columns.map((column) => (
              <td key={column.entry.id}>
                <CitedText text={column.lead.text} />
              </td>
            ))}
          </tr>
          {rows.map((viewpoint) => (
            <tr key={viewpoint} data-viewpoint={viewpoint}>
              <th scope="row">#{viewpoint}</th>
              {columns.map((column) => {
                const take = column.takes.find((candidate) => candidate.viewpoint === viewpoint);
                return (
                  <td key={column.entry.id}>
                    {/* Where a viewpoint says nothing about that word, the cell says so: silence, not invention. */}
                    {take ? take.text : <span class="rl-silence">{t('compare_not_discussed')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </CardLabelsContext.Provider>
  );
}
