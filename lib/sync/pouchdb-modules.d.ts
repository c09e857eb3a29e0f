// Types for the PouchDB packages sync uses (see pouch-types.ts for why not DefinitelyTyped's).
declare module 'pouchdb-core' {
  const PouchDB: import('@/lib/sync/pouch-types').PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
