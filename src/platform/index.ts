// The platform's public face for domains: tenancy, actors, errors, audit, events, sequences.
export type { Actor } from './actor.js';
export { hasRole, systemActor } from './actor.js';
export type { TenantClient, TenantTx } from './db/tenant-client.js';
export { lockRows } from './db/locks.js';
export { DomainError, Problems, fieldError, type FieldError } from './errors.js';
export { recordAudit, type AuditEntry } from './audit.js';
export { appendEvent, type DomainEvent } from './outbox.js';
export { nextSequenceValue, nextDocumentNumber, generateCode } from './sequences.js';
export { isCurrencyCode, currencyScale } from './currency.js';
export * from './validation.js';
export { isUniqueViolation, isForeignKeyViolation } from './db/prisma-errors.js';
export { isUuid } from './ids.js';
export { likeLiteral } from './db/like.js';
export { isIsoDate, checkDate, toDbDate, fromDbDate } from './dates.js';
export {
  parseDecimal,
  fitsColumn,
  checkFits,
  columnLimit,
  MONEY,
  QUANTITY,
  UNIT_PRICE,
  RATE,
  PERCENT,
  DAYS,
  type DecimalColumn,
} from './decimals.js';
