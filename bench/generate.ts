import { randomUUID } from 'node:crypto';
import type { Database } from '../src/platform/db/database.js';
import type { SqlDriver } from '../src/platform/db/sql-driver.js';
import { createOrganization } from '../src/platform/organizations.js';
import { startProgress } from '../src/platform/progress.js';

export interface DataSet {
  organizationId: string;
  apiKey: string;
  customers: number;
  contacts: number;
}

export interface Scale {
  customers: number;
  contactsPerCustomer: number;
}

const CUSTOMERS_PER_BATCH = 1_000;
// PostgreSQL accepts at most 65,535 bind parameters per statement.
const MAX_PARAMETERS = 60_000;
// The API's own format (CUS-00001), so customerCreate continues the series.
const CODE_SEQUENCE = 'customer.code';
const CODE_PREFIX = 'CUS-';

const NAME_WORDS = [
  'Alpine',
  'Harbour',
  'Nordic',
  'Summit',
  'Cedar',
  'Atlas',
  'Meridian',
  'Copper',
  'Lumen',
  'Orchid',
  'Granite',
  'Vista',
  'Pioneer',
];
const NAME_TRADES = [
  'Logistics',
  'Foods',
  'Textiles',
  'Machinery',
  'Pharma',
  'Software',
  'Furniture',
  'Energy',
  'Optics',
  'Paper',
  'Chemicals',
];
const NAME_FORMS = ['Ltd', 'GmbH', 'Inc', 'SA', 'BV', 'AB', 'Oy'];
const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Elif',
  'Felix',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kara',
  'Liam',
  'Maya',
  'Noah',
  'Olga',
  'Pablo',
];
const LAST_NAMES = [
  'Adler',
  'Brandt',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Hansen',
  'Ito',
  'Jansen',
  'Kowalski',
  'Larsen',
  'Moreau',
];

/** Cycles through a list with a stride coprime to its length, so neighbouring rows differ. */
const pick = (list: string[], index: number, stride: number) => list[(index * stride) % list.length];

function customerName(index: number): string {
  return `${pick(NAME_WORDS, index, 7)} ${pick(NAME_TRADES, index, 5)} ${pick(NAME_FORMS, index, 3)} ${index + 1}`;
}

function customerCode(index: number): string {
  return CODE_PREFIX + String(index + 1).padStart(5, '0');
}

/** One multi-row INSERT per chunk; `fixed` columns get the same SQL expression in every row. */
export async function insertRows(
  conn: SqlDriver,
  table: string,
  columns: string[],
  rows: unknown[][],
  fixed: Record<string, string>,
) {
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  const names = [...columns, ...Object.keys(fixed)].map((name) => `"${name}"`).join(', ');
  const constants = Object.values(fixed);
  for (let start = 0; start < rows.length; start += perStatement) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + perStatement).map((row) => {
      const placeholders = row.map((value) => `$${params.push(value)}`);
      return `(${[...placeholders, ...constants].join(', ')})`;
    });
    await conn.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, params);
  }
}

async function insertBatch(
  conn: SqlDriver,
  organizationId: string,
  ownerId: string,
  scale: Scale,
  from: number,
  to: number,
) {
  const customers: unknown[][] = [];
  const contacts: unknown[][] = [];
  for (let index = from; index < to; index += 1) {
    const id = randomUUID();
    const domain = `customer${index + 1}.example`;
    customers.push([id, organizationId, customerCode(index), customerName(index), `orders@${domain}`, ownerId]);
    for (let n = 0; n < scale.contactsPerCustomer; n += 1) {
      const first = pick(FIRST_NAMES, index + n, 5);
      const last = pick(LAST_NAMES, index * 3 + n, 7);
      contacts.push([
        randomUUID(),
        organizationId,
        id,
        `${first} ${last}`,
        `${first}.${last}.${n + 1}@${domain}`.toLowerCase(),
        n === 0,
      ]);
    }
  }
  const now = { createdAt: 'now()', updatedAt: 'now()' };
  await insertRows(conn, 'Customer', ['id', 'organizationId', 'code', 'name', 'email', 'ownerId'], customers, {
    kind: `'COMPANY'`,
    tags: `'{}'`,
    currency: `'USD'`,
    ...now,
  });
  await insertRows(
    conn,
    'Contact',
    ['id', 'organizationId', 'customerId', 'name', 'email', 'isPrimary'],
    contacts,
    now,
  );
}

/**
 * Creates an organization (with its ADMIN key) and bulk-inserts its customers and contacts in
 * one transaction on one connection. Ctrl-C rolls the whole data set back.
 */
export async function generateDataSet(db: Database, scale: Scale): Promise<DataSet> {
  const started = Date.now();
  const { organizationId, apiKey } = await createOrganization(db.prisma, {
    name: 'Benchmark Ltd',
    adminKeyName: 'Benchmark',
    openFiscalYear: false,
  });
  const progress = startProgress('Generating customers', scale.customers);
  try {
    await db.sql.withConnection(async (conn) => {
      await conn.exec('BEGIN');
      try {
        for (let from = 0; from < scale.customers; from += CUSTOMERS_PER_BATCH) {
          await progress.step(from);
          await insertBatch(
            conn,
            organizationId,
            apiKey.id,
            scale,
            from,
            Math.min(scale.customers, from + CUSTOMERS_PER_BATCH),
          );
        }
        await progress.step(scale.customers);
        await conn.query(`INSERT INTO "Sequence" ("organizationId", "name", "nextValue") VALUES ($1, $2, $3)`, [
          organizationId,
          CODE_SEQUENCE,
          scale.customers + 1,
        ]);
        await conn.exec('COMMIT');
      } catch (error) {
        await conn.exec('ROLLBACK').catch(() => {});
        throw error;
      }
    });
    // Fresh tables have no planner statistics yet; a production database would.
    await db.sql.exec('ANALYZE "Customer", "Contact"');
    const contacts = scale.customers * scale.contactsPerCustomer;
    progress.finish(
      `Generated ${scale.customers} customers and ${contacts} contacts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    return { organizationId, apiKey: apiKey.secret, customers: scale.customers, contacts };
  } finally {
    progress.dispose();
  }
}
