/** Prisma reports constraint violations with codes; adapters sometimes only in the message. */
function describe(error: unknown): { code?: string; message: string } {
  const e = error as { code?: string; message?: string; cause?: { originalCode?: string } };
  return { code: e?.code ?? e?.cause?.originalCode, message: String(e?.message ?? '') };
}

export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = describe(error);
  return code === 'P2002' || code === '23505' || /unique constraint/i.test(message);
}

export function isForeignKeyViolation(error: unknown): boolean {
  const { code, message } = describe(error);
  return code === 'P2003' || code === '23503' || /foreign key constraint/i.test(message);
}

/**
 * PostgreSQL's "numeric field overflow" (SQLSTATE 22003): a value its DECIMAL column cannot hold.
 * Prisma reports it as P2020 ("value out of range for the type") or passes the driver's code through.
 */
export function isNumericOverflow(error: unknown): boolean {
  const { code, message } = describe(error);
  return code === '22003' || code === 'P2020' || /numeric field overflow|value out of range/i.test(message);
}
