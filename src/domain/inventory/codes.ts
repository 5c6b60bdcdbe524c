import { Problems, checkLength, checkRequired, cleanText } from '../../platform/index.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** A warehouse or location code: required when `required`, letters, digits, ".", "_", "/", "-", at most `max`. */
export function checkCode(
  problems: Problems,
  field: string,
  value: string | null | undefined,
  required: boolean,
  max = 32,
): string | undefined {
  const code = cleanText(value);
  if (!required && value === undefined) return undefined;
  if (!checkRequired(problems, field, code)) return undefined;
  checkLength(problems, field, code, max);
  if (!CODE.test(code))
    problems.add('INVALID_CODE', `${field} may contain only letters, digits, ".", "_", "/" and "-"`, field);
  return code;
}

export function checkName(
  problems: Problems,
  field: string,
  value: string | null | undefined,
  required: boolean,
): string | undefined {
  const name = cleanText(value);
  if (!required && value === undefined) return undefined;
  if (checkRequired(problems, field, name)) checkLength(problems, field, name, 200);
  return name ?? undefined;
}
