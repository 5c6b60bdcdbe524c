import { GraphQLError } from 'graphql';
import * as hr from '../../domain/hr/index.js';

/** A year argument as a date range; outside HR's years it is the caller's mistake, named by `argument`. */
export function yearArgument(year: number, argument = 'year'): { gte: Date; lt: Date } {
  const span = hr.yearSpan(year);
  if (!span) {
    throw new GraphQLError(
      `${argument} must be a year from ${hr.YEAR_RANGE.min} to ${hr.YEAR_RANGE.max}, got ${year}`,
      {
        extensions: { code: 'BAD_USER_INPUT', argument },
      },
    );
  }
  return span;
}
