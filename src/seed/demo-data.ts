// Deterministic demo data: the same realistic-looking organization on every machine.

export const DEMO_COMPANIES = [
  'Northwind Traders', 'Contoso Pharmaceuticals', 'Fabrikam Industries', 'Tailspin Toys', 'Wide World Importers',
  'Adventure Works Cycles', 'Blue Yonder Airlines', 'Coho Winery', 'Lucerne Publishing', 'Margie\'s Travel',
  'Proseware Systems', 'Southridge Video', 'Trey Research', 'Woodgrove Bank', 'Alpine Ski House',
  'Bellows College', 'Consolidated Messenger', 'Datum Corporation', 'Fourth Coffee', 'Graphic Design Institute',
  'Humongous Insurance', 'Litware Labs', 'Nod Publishers', 'Relecloud', 'School of Fine Art',
  'VanArsdel Furniture', 'Wingtip Toys', 'Baltic Timber Works', 'Hanseatic Shipping', 'Rhine Valley Mills',
  'Danube Precision Tools', 'Iberia Olive Growers', 'Nordic Fjord Seafood', 'Tuscany Ceramics', 'Alps Dairy Cooperative',
  'Celtic Wool Company', 'Bohemia Glassworks', 'Aegean Marine Supply', 'Lapland Outdoor Gear', 'Provence Lavender Farms',
];

export const DEMO_PEOPLE = [
  'Anna Schmidt', 'Liam Murphy', 'Sofia Rossi', 'Noah Jensen', 'Emma Dubois', 'Lucas Novak', 'Mia Kowalski',
  'Oliver Andersson', 'Chloe Martin', 'Elias Weber', 'Isabel García', 'Jonas Berg', 'Léa Fontaine', 'Mateo Silva',
  'Hannah Fischer', 'Ivan Petrov', 'Zoe Clarke', 'Felix Hoffmann', 'Nora Lindqvist', 'Daniel Costa', 'Ava Moreau',
  'Leon Wagner', 'Clara Bianchi', 'Hugo Lefebvre', 'Ella Johansson', 'Max Bauer', 'Laura Ferrari', 'Oskar Nowak',
];

export const DEMO_TITLES = ['Purchasing Manager', 'CEO', 'Head of Operations', 'Accounts Payable', 'Buyer', 'Logistics Lead', 'CFO'];

export const DEMO_CITIES = [
  { city: 'Hamburg', postalCode: '20095', country: 'DE', currency: 'EUR' },
  { city: 'Lyon', postalCode: '69002', country: 'FR', currency: 'EUR' },
  { city: 'Milan', postalCode: '20121', country: 'IT', currency: 'EUR' },
  { city: 'Gothenburg', postalCode: '411 06', country: 'SE', currency: 'SEK' },
  { city: 'Manchester', postalCode: 'M1 1AE', country: 'GB', currency: 'GBP' },
  { city: 'Boston', postalCode: '02108', country: 'US', currency: 'USD' },
  { city: 'Rotterdam', postalCode: '3011 AA', country: 'NL', currency: 'EUR' },
  { city: 'Zurich', postalCode: '8001', country: 'CH', currency: 'CHF' },
];

export const DEMO_TAGS = ['wholesale', 'retail', 'key-account', 'export', 'new', 'distributor', 'priority'];
