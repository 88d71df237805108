/**
 * The fields an Excel whose list separator is `;` (most of Europe) can make of a comma-separated
 * file, at worst: it splits each line at every `;`, and its quotes can be lost to that split, so
 * quotes are not trusted here, and every line break starts a row.
 */
export function semicolonExcelFields(csv: string): string[] {
  return csv.split(/\r\n|\r|\n/).flatMap((line) => line.split(';'));
}

/** Whether Excel takes a field as a formula: its sign first, after any spaces or opening quotes. */
export const isFormula = (field: string) => /^[ "]*[=+\-@\t]/.test(field);
