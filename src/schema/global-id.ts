import { GraphQLError } from 'graphql';
import { isUuid } from '../platform/ids.js';

// Global IDs are base64url("Type:uuid"): opaque to callers, cheap to check before any query runs.

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = Buffer.from(String(globalId), 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 1 || !/^[A-Z][A-Za-z]+$/.test(typename) || !isUuid(id)) {
    throw new GraphQLError(`"${globalId}" is not a valid ID`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return { typename, id };
}
