/** A problem the caller can fix, reported as a typed payload error rather than a top-level error. */
export interface FieldError {
  /** Stable SCREAMING_SNAKE_CASE code; each domain declares its own set. */
  code: string;
  message: string;
  /** Path into the mutation input, e.g. ['input', 'email']; null when no single field is at fault. */
  field: string[] | null;
}

/**
 * Thrown by domain commands to abort the transaction and report errors to the caller.
 * Nothing the command wrote survives: the runner rolls the transaction back.
 */
export class DomainError extends Error {
  readonly errors: FieldError[];

  constructor(errors: FieldError | FieldError[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.map((error) => error.message).join('; '));
    this.name = 'DomainError';
    this.errors = list;
  }
}

export function fieldError(code: string, message: string, field?: string | string[]): FieldError {
  return {
    code,
    message,
    field: field === undefined ? null : ['input', ...(Array.isArray(field) ? field : field.split('.'))],
  };
}

/** Collects validation problems so a caller sees all of them at once, not one per round trip. */
export class Problems {
  private readonly list: FieldError[] = [];

  add(code: string, message: string, field?: string | string[]): void {
    this.list.push(fieldError(code, message, field));
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new DomainError(this.list);
  }
}

/** Errors every domain shares; domain enums include these values. */
export const COMMON_ERROR_CODES = ['NOT_FOUND', 'STALE_VERSION', 'IDEMPOTENCY_CONFLICT', 'INVALID_INPUT'] as const;

/** The command runner reports OUT_OF_RANGE for a number too large to store in any mutation, so every payload error enum has it. */
export const RUNNER_ERROR_CODES = ['OUT_OF_RANGE'] as const;
