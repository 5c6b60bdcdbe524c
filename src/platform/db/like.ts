/**
 * Prisma runs `mode: 'insensitive'` string filters (equals, contains, startsWith) as PostgreSQL ILIKE
 * and passes the value on unescaped (prisma/orm#20318): `%` and `_` in a name or code would match any
 * text, and a value ending in a backslash makes the statement fail. Escape the value with this first.
 */
export function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
