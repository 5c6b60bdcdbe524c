import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { cleanCustomerFields } from '../../src/domain/crm/customer-input.js';
import { DomainError } from '../../src/platform/errors.js';

function problems(run: () => unknown): { code: string; field: string | undefined }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.errors.map((e) => ({ code: e.code, field: e.field?.join('.') }));
    throw error;
  }
  return [];
}

describe('cleanCustomerFields', () => {
  it('normalises text, email, tags, currency and addresses', () => {
    const fields = cleanCustomerFields(
      {
        name: '  Acme Ltd ',
        email: ' AP@Acme.Example ',
        tags: [' Wholesale', 'wholesale', '', 'EXPORT '],
        currency: 'eur',
        phone: '   ',
        billingAddress: { line1: ' 1 Main St ', city: 'Hamburg', country: 'de', postalCode: '' },
        shippingAddress: { line1: ' ', city: '' },
      },
      { creating: true },
    );
    expect(fields).toMatchObject({
      name: 'Acme Ltd',
      email: 'ap@acme.example',
      tags: ['wholesale', 'export'],
      currency: 'EUR',
      phone: null,
      billingAddress: {
        line1: '1 Main St',
        line2: null,
        city: 'Hamburg',
        region: null,
        postalCode: null,
        country: 'DE',
      },
      shippingAddress: null,
    });
  });

  it('requires a name only when creating or when the name is being changed', () => {
    expect(problems(() => cleanCustomerFields({ name: '  ' }, { creating: true }))).toEqual([
      { code: 'REQUIRED', field: 'input.name' },
    ]);
    expect(problems(() => cleanCustomerFields({}, { creating: true }))).toEqual([
      { code: 'REQUIRED', field: 'input.name' },
    ]);
    expect(problems(() => cleanCustomerFields({ email: 'a@b.co' }, { creating: false }))).toEqual([]);
    expect(problems(() => cleanCustomerFields({ name: null }, { creating: false }))).toEqual([
      { code: 'REQUIRED', field: 'input.name' },
    ]);
  });

  it('reports every problem at once, each on its field', () => {
    const found = problems(() =>
      cleanCustomerFields(
        {
          name: 'x'.repeat(201),
          email: 'not-an-email',
          website: 'ftp://files',
          code: 'has space',
          currency: 'XYZ',
          paymentTermsDays: -1,
          creditLimit: new Prisma.Decimal('-5'),
          billingAddress: { country: 'Germany' },
        },
        { creating: true },
      ),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'TOO_LONG', field: 'input.name' },
        { code: 'INVALID_EMAIL', field: 'input.email' },
        { code: 'INVALID_URL', field: 'input.website' },
        { code: 'INVALID_CODE', field: 'input.code' },
        { code: 'INVALID_CURRENCY', field: 'input.currency' },
        { code: 'OUT_OF_RANGE', field: 'input.paymentTermsDays' },
        { code: 'NEGATIVE_AMOUNT', field: 'input.creditLimit' },
        { code: 'INVALID_COUNTRY', field: 'input.billingAddress.country' },
      ]),
    );
    expect(found).toHaveLength(8);
  });

  it('checks the credit limit scale against the currency, new or current', () => {
    expect(
      problems(() =>
        cleanCustomerFields(
          { name: 'A', currency: 'JPY', creditLimit: new Prisma.Decimal('10.5') },
          { creating: true },
        ),
      ),
    ).toEqual([{ code: 'INVALID_SCALE', field: 'input.creditLimit' }]);
    expect(
      problems(() =>
        cleanCustomerFields({ creditLimit: new Prisma.Decimal('10.123') }, { creating: false, currentCurrency: 'EUR' }),
      ),
    ).toEqual([{ code: 'INVALID_SCALE', field: 'input.creditLimit' }]);
    expect(
      problems(() =>
        cleanCustomerFields({ creditLimit: new Prisma.Decimal('10.125') }, { creating: false, currentCurrency: 'KWD' }),
      ),
    ).toEqual([]);
  });

  it('accepts websites without a scheme and refuses fields that cannot be cleared', () => {
    expect(problems(() => cleanCustomerFields({ website: 'acme.example' }, { creating: false }))).toEqual([]);
    expect(problems(() => cleanCustomerFields({ currency: null, kind: null, code: '' }, { creating: false }))).toEqual([
      { code: 'REQUIRED', field: 'input.kind' },
      { code: 'REQUIRED', field: 'input.code' },
      { code: 'REQUIRED', field: 'input.currency' },
    ]);
  });
});
