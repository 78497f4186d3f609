import { citeViewpoints } from '../core/describe';
import type { TermExplanation } from '../core/knowledge-types';
import { explainTerm } from '../core/term-catalog';
import { FAMILIES, FAMILY_LABEL } from '../core/types';

/** What a cell says when a viewpoint does not define that word: silence, not invention. */
export const NOT_DEFINED = '未单独定义';

/** 运营, 营销 and 销售 side by side: the text's definitions, then each selected viewpoint row by row. */
export function CompareTable({ viewpointIds }: { viewpointIds: readonly string[] }) {
  const columns = FAMILIES.map((family) => explainTerm(FAMILY_LABEL[family], viewpointIds)).filter(
    (explanation): explanation is TermExplanation => !!explanation,
  );
  const first = columns[0];
  if (!first) return null;
  return (
    <table class="rl-compare">
      <thead>
        <tr>
          <th scope="col" />
          {columns.map((column) => (
            <th scope="col" key={column.family}>
              <span class="rl-family" data-family={column.family}>
                {column.familyLabel}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">定义</th>
          {columns.map((column) => (
            <td key={column.family}>
              {column.definition.text}{' '}
              <span class="rl-cite">{citeViewpoints(column.definition.viewpoints)}</span>
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">分歧</th>
          {columns.map((column) => (
            <td key={column.family}>{column.disagreement}</td>
          ))}
        </tr>
        {first.takes.map((take, row) => (
          <tr key={take.id} data-viewpoint={take.id}>
            <th scope="row">
              观点 {take.index} · {take.title}
              <div class="rl-cite">{take.claim}</div>
            </th>
            {columns.map((column) => (
              <td key={column.family}>
                {column.takes[row]?.definition ?? <span class="rl-silence">{NOT_DEFINED}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
