/**
 * ISO 4217 codes and their minor units come from the ICU data Node ships,
 * so the list stays current without a hand-kept table.
 */
const codes = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && codes.has(code);
}

/** Digits after the decimal point for amounts in this currency (2 for EUR, 0 for JPY). */
export function currencyScale(code: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}
