export { readConfig, type Config } from './config.js';
export { Graph, GraphError } from './graph/db.js';
export { applySchema, schemaVersion } from './graph/schema.js';
export { checkSeed, loadSeed, graphIsEmpty, SeedInvalidError, DEFAULT_SEED_DIR } from './seed/seed.js';
export { loadGraph } from './seed/load.js';
export { startServer, LIMITS } from './server.js';
export { startLacuna } from './main.js';
