/**
 * ISO 4217 codes and their minor units come from the ICU data Node ships,
 * so the list stays current without a hand-kept table.
 */
const codes = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && codes.has(code);
}

// Building a NumberFormat costs tens of microseconds, and money fields ask for the scale per value.
const scales = new Map<string, number>();

/** Digits after the decimal point for amounts in this currency (2 for EUR, 0 for JPY). */
export function currencyScale(code: string): number {
  let scale = scales.get(code);
  if (scale === undefined) {
    scale =
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    // NumberFormat throws on malformed codes, so at most 26³ three-letter codes can ever be kept.
    scales.set(code, scale);
  }
  return scale;
}
