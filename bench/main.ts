// Benchmarks measure the server as it runs in production: error masking on, development checks off.
// Set before anything imports the schema, which reads NODE_ENV when it is built.
process.env.NODE_ENV ??= 'production';
await import('./run.js');
