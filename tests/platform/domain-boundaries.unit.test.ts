// Domains read each other's rows only through the other domain's index.ts: no domain names another
// domain's Prisma model (tx.product in sales) or reaches it through a relation of its own models
// (include: { product: ... } on a sales order line). Owners are the prisma/schema/<domain>.prisma files.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../support/source-files.js';

const root = join(import.meta.dirname, '..', '..');
const schemaDir = join(root, 'prisma', 'schema');
const domainDir = join(root, 'src', 'domain');

/** Schema files each domain owns besides its own name; platform's models are everyone's. */
const EXTRA_SCHEMAS: Record<string, string[]> = {};
const SHARED_SCHEMAS = new Set(['platform']);

/**
 * Reads that stay for now, as `file: model`: the ledger's receivables name their suppliers and the
 * products on invoice lines. Purchasing and inventory import the ledger, so lookups through their
 * index.ts would make the domains import each other.
 */
const KNOWN: ReadonlySet<string> = new Set([
  'src/domain/ledger/receivables/open-items.ts: Supplier',
  'src/domain/ledger/receivables/partners.ts: Supplier',
  'src/domain/ledger/receivables/invoice-input.ts: Product',
]);

interface Model {
  owner: string;
  /** Relation field name -> the model it points to. */
  relations: Map<string, string>;
}

function readModels(): Map<string, Model> {
  const blocks: { name: string; owner: string; body: string }[] = [];
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.prisma'))) {
    const text = readFileSync(join(schemaDir, file), 'utf8');
    for (const match of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm))
      blocks.push({ name: match[1]!, owner: basename(file, '.prisma'), body: match[2]! });
  }
  const names = new Set(blocks.map((b) => b.name));
  const models = new Map<string, Model>();
  for (const block of blocks) {
    const relations = new Map<string, string>();
    for (const match of block.body.matchAll(/^\s+(\w+)\s+(\w+)(?:\[\])?\??\s/gm)) {
      if (names.has(match[2]!)) relations.set(match[1]!, match[2]!);
    }
    models.set(block.name, { owner: block.owner, relations });
  }
  return models;
}

function callArguments(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/** Every `file: model` where a domain reads a model another domain owns, directly or through a relation. */
function crossDomainReads(): string[] {
  const models = readModels();
  const byClientName = new Map([...models].map(([name, model]) => [lowerFirst(name), { name, ...model }]));
  const found = new Set<string>();
  for (const domain of readdirSync(domainDir)) {
    const own = new Set([domain, ...(EXTRA_SCHEMAS[domain] ?? []), ...SHARED_SCHEMAS]);
    for (const file of sourceFiles(join(domainDir, domain))) {
      const text = readFileSync(file, 'utf8');
      const at = relative(root, file);
      for (const call of text.matchAll(/\btx\.(\w+)\.\w+\(/g)) {
        const model = byClientName.get(call[1]!);
        if (!model) continue;
        if (!own.has(model.owner)) {
          found.add(`${at}: ${model.name}`);
          continue;
        }
        // Relations of the model and of the domain's own models it includes, named in the call's arguments.
        const args = callArguments(text, call.index! + call[0].length - 1);
        const reachable = [...models.values()].filter((m) => own.has(m.owner));
        for (const { relations } of reachable) {
          for (const [field, target] of relations) {
            if (own.has(models.get(target)!.owner)) continue;
            if (new RegExp(`\\b${field}\\s*:\\s*(\\{|true\\b)`).test(args)) found.add(`${at}: ${target}`);
          }
        }
      }
    }
  }
  return [...found].sort();
}

describe('domain boundaries', () => {
  it('reads no other domain’s models except through its index.ts', () => {
    expect(crossDomainReads().filter((read) => !KNOWN.has(read))).toEqual([]);
  });

  it('still has every known exception, so the list shrinks when one is fixed', () => {
    expect([...KNOWN].filter((read) => !crossDomainReads().includes(read))).toEqual([]);
  });
});
