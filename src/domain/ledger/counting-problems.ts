import { Problems } from '../../platform/index.js';

/** Problems that can tell whether a step added any, so a line with errors is not also converted. */
export class CountingProblems extends Problems {
  count = 0;

  override add(code: string, message: string, field?: string | string[]): void {
    this.count += 1;
    super.add(code, message, field);
  }
}
