import { GraphQLError } from 'graphql';
import { DomainError, fieldError } from '../platform/errors.js';
import { decodeGlobalId } from './global-id.js';

/**
 * Decodes a global ID from mutation input into the row id of the expected type.
 * A wrong or foreign ID is a payload error on that field, like any other bad input.
 */
export function idFor(typename: string, globalId: string, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId);
  } catch {
    throw new DomainError(fieldError('NOT_FOUND', `${field} "${globalId}" is not a valid ID`, field));
  }
  if (decoded.typename !== typename) {
    throw new DomainError(
      fieldError('NOT_FOUND', `${field} must be the ID of a ${typename}, not of a ${decoded.typename}`, field),
    );
  }
  return decoded.id;
}

export function optionalIdFor(
  typename: string,
  globalId: string | null | undefined,
  field: string,
): string | null | undefined {
  return globalId === null || globalId === undefined ? globalId : idFor(typename, globalId, field);
}

/** The row id behind a filter's global ID; an ID of another type is the caller's mistake. */
export function filterIdOf(typename: string, globalId: string, field: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(globalId);
  } catch {
    throw new GraphQLError(`${field} "${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  if (decoded.typename !== typename) {
    throw new GraphQLError(`${field} must be the ID of a ${typename}, not of a ${decoded.typename}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return decoded.id;
}
