/**
 * yoga answers a POST with malformed `variables` with 400, but on GET its parser throws into the
 * masked-error path (INTERNAL_SERVER_ERROR and an error-level stack trace in the log, reachable without a key). Checking the two
 * JSON parameters first gives GET the same 400 as POST.
 */
export function malformedGetParameter(url: string): string | null {
  const query = url.indexOf('?');
  if (query < 0) return null;
  const params = new URLSearchParams(url.slice(query + 1));
  for (const name of ['variables', 'extensions']) {
    const raw = params.get(name);
    if (raw === null || raw === '') continue;
    try {
      const value: unknown = JSON.parse(raw);
      if (value !== null && (typeof value !== 'object' || Array.isArray(value))) return `${name} must be a JSON object`;
    } catch {
      return `${name} is not valid JSON`;
    }
  }
  return null;
}
