// The composition root of the domains. Importing a domain's index registers what it plugs into the
// platform (the ledger's organization initializer, ...); every entry point that creates organizations
// or serves the API imports this file first, so no organization is created without them.
import './domain/crm/index.js';
import './domain/ledger/index.js';
import './domain/purchasing/index.js';
import './domain/inventory/index.js';
import './domain/approvals/index.js';
import './domain/hr/index.js';
import './domain/sales/index.js';
