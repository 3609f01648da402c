import { gradeMail } from '../core/grade.ts';
import type { Expected } from './corpus-case.ts';
import { type JsonLine, toJsonLine } from './output.ts';
import { readFileItems } from './sources.ts';

// One file's worth of grading, the unit of work whether it runs here or in a worker thread.

export type GradedItem = { line: JsonLine; expected?: Expected };
export type FileResult = { items: GradedItem[]; problems: [string, string][] };

export async function gradeFile(file: string): Promise<FileResult> {
  const result: FileResult = { items: [], problems: [] };
  const problem = (where: string, reason: string) => result.problems.push([where, reason]);

  for await (const item of readFileItems(file, problem)) {
    try {
      const line = toJsonLine(item.id, gradeMail(item.message, { context: item.context }));
      result.items.push(item.expected ? { line, expected: item.expected } : { line });
    } catch (error) {
      problem(
        item.id,
        `could not be graded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  return result;
}
