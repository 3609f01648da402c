import Papa from 'papaparse';
import type { CsvRows } from '../core/metrics/csv.ts';

// A byte order mark first, so Excel reads the file as UTF-8 (Chinese labels, sources).
export function csvText(rows: CsvRows): string {
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`;
}

export function downloadCsv(rows: CsvRows, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csvText(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
