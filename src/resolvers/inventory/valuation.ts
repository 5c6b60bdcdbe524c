import * as inventory from '../../domain/inventory/index.js';
import { builder } from '../../schema/builder.js';
import { filterIdOf } from '../../schema/ids.js';
import { INVENTORY_READERS } from '../../schema/inventory/inventory.js';
import { InventoryValuationType } from '../../schema/inventory/valuation.js';
import { report } from '../run-query.js';

builder.queryFields((t) => ({
  inventoryValuation: t.field({
    type: InventoryValuationType,
    description:
      'Stock quantity and value per product and warehouse at a moment (now when asOf is omitted), in the base currency. Needs role WAREHOUSE, PURCHASING, SALES, PRODUCTION or ACCOUNTING.',
    authScopes: { anyRole: INVENTORY_READERS },
    args: {
      asOf: t.arg({ type: 'DateTime', description: 'The moment: moves done at or before it count. Now when omitted.' }),
      warehouseId: t.arg.id({
        description:
          'Only this warehouse; an unknown one is BAD_USER_INPUT with a NOT_FOUND field error (not an empty valuation).',
      }),
    },
    resolve: (_root, args, ctx) =>
      report(ctx, (tx, actor) =>
        inventory.inventoryValuation(tx, actor, {
          asOf: args.asOf ?? null,
          warehouseId: args.warehouseId ? filterIdOf('Warehouse', String(args.warehouseId), 'warehouseId') : null,
        }),
      ),
  }),
}));
