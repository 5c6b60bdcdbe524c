// A root field's description says which roles may call it. The note is checked against the field's
// authScopes, so a change to either that leaves the other behind fails here (issue 18 item 7).
import { describe, expect, it } from 'vitest';
import { Role } from '../../../src/generated/prisma/enums.js';
import { getSchema } from '../../../src/schema/index.js';

const ROLES = new Set<string>(Object.values(Role));

/** The roles a static `{ role }` / `{ anyRole }` scope lets through (ADMIN passes every check and is not named). */
function scopeRoles(scopes: unknown): string[] | null {
  if (!scopes || typeof scopes !== 'object') return null;
  const { role, anyRole } = scopes as { role?: string; anyRole?: string[] };
  if (role) return [role];
  if (anyRole) return [...anyRole];
  return null;
}

/** The roles named in the description's "Needs role ..." sentence, up to its end. */
function notedRoles(description: string): string[] | null {
  const match = /Needs role ([^.]*)\./.exec(description);
  if (!match) return null;
  return match[1].split(/[^A-Z_]+/).filter((word) => ROLES.has(word));
}

describe('role notes', () => {
  const schema = getSchema();
  const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
    Object.values(root.getFields()).map((field) => ({ name: `${root.name}.${field.name}`, field })),
  );
  const restricted = fields.flatMap(({ name, field }) => {
    const roles = scopeRoles(
      (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes,
    );
    return roles ? [{ name, roles, description: field.description ?? '' }] : [];
  });

  it('finds the role-restricted root fields', () => {
    expect(restricted.length).toBeGreaterThan(150);
  });

  it("names, in each restricted root field's description, exactly the roles its authScopes let through", () => {
    const drifted = restricted.flatMap(({ name, roles, description }) => {
      const noted = notedRoles(description);
      if (!noted) return [`${name}: no "Needs role ..." note (scopes: ${roles.join(', ')})`];
      const same = noted.length === new Set(noted).size && [...noted].sort().join() === [...roles].sort().join();
      return same ? [] : [`${name}: the note says ${noted.join(', ')}, the scopes say ${roles.join(', ')}`];
    });
    expect(drifted).toEqual([]);
  });
});
