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
