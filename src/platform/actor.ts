import type { Role } from '../generated/prisma/enums.js';

/** Who is acting: resolved from the API key on every request, passed to every domain command. */
export interface Actor {
  organizationId: string;
  /** The API key that authenticated the request; null for the command line and the demo seeder. */
  keyId: string | null;
  name: string;
  roles: Role[];
  employeeId: string | null;
  requestId?: string;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes('ADMIN') || actor.roles.includes(role);
}

/** The actor used by the command line and seeding: an administrator of one organization. */
export function systemActor(organizationId: string, name = 'system'): Actor {
  return { organizationId, keyId: null, name, roles: ['ADMIN'], employeeId: null };
}
