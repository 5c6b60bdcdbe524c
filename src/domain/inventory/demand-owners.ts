// Some demands belong to a document that keeps its own figures from its reservations (a sales order
// line's quantityReserved and quantityShipped). Reserving, releasing or consuming them through the
// generic stock commands would leave that document wrong, so the owning domain claims the demand type
// and only calls that name the owner may change such reservations.
import { DomainError, checkLength, checkRequired, cleanText, fieldError, type Problems } from '../../platform/index.js';

const owners = new Map<string, { owner: string; instead: string }>();

/**
 * Claims a demand type for a domain, once at start-up (the owning domain's module does it when it is
 * loaded). `instead` says which of the owner's commands change such reservations.
 */
export function claimDemandType(demandType: string, owner: string, instead: string): void {
  const claimed = owners.get(demandType);
  if (claimed && claimed.owner !== owner)
    throw new Error(`Demand type ${demandType} is already claimed by ${claimed.owner}`);
  owners.set(demandType, { owner, instead });
}

/** Refuses (DEMAND_OWNED on demand.type) a change to a claimed demand's reservation by anyone but its owner. */
export function checkDemandOwner(demandType: string, caller: string | undefined): void {
  const claimed = owners.get(demandType);
  if (!claimed || claimed.owner === caller) return;
  throw new DomainError(
    fieldError(
      'DEMAND_OWNED',
      `${demandType} reservations change only through the ${claimed.owner} commands: ${claimed.instead}`,
      'demand.type',
    ),
  );
}

/**
 * Cleans and checks a demand's document ({ type, id }) on demand.type and demand.id: every command on
 * reservations, line by line or per document, names the document the same way.
 */
export function cleanDemandDocument(
  problems: Problems,
  demand: { type?: string | null; id?: string | null } | null | undefined,
) {
  const demandType = cleanText(demand?.type);
  const demandId = cleanText(demand?.id);
  if (checkRequired(problems, 'demand.type', demandType)) checkLength(problems, 'demand.type', demandType, 50);
  if (checkRequired(problems, 'demand.id', demandId)) checkLength(problems, 'demand.id', demandId, 100);
  return { demandType: demandType as string, demandId: demandId as string };
}
