/**
 * A phrase with its `{name}` places filled in: the card's labels travel as templates (card-model.ts
 * CardLabels), so the script showing them needs this, not the wording table.
 */
export function fillPlaces(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => String(values[name] ?? place));
}
