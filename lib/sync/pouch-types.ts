// The part of PouchDB's API that sync uses, typed here: DefinitelyTyped's @types/pouchdb-core
// declares global Buffer and Blob interfaces that break Node's own types elsewhere in the project.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  reason?: string;
  message?: string;
}

export interface AllDocsRow {
  id?: string;
  key: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: PouchDoc | null;
}

export interface Change {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

export type Seq = number | string;

export interface PouchDatabase {
  readonly name: string;
  info(): Promise<{ db_name: string; doc_count: number; update_seq: Seq }>;
  get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<WriteResult>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: AllDocsRow[] }>;
  changes(options: {
    since: Seq;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'main_only' | 'all_docs';
  }): Promise<{ results: Change[]; last_seq: Seq }>;
  replicate: {
    to(target: PouchDatabase, options?: object): Promise<ReplicationResult>;
    from(source: PouchDatabase, options?: object): Promise<ReplicationResult>;
  };
  destroy(): Promise<unknown>;
  close(): Promise<void>;
  /** The HTTP adapter's fetch, with the database's credentials (http databases only). */
  fetch?(path: string, init?: RequestInit): Promise<Response>;
}

export interface PouchConstructor {
  new (name: string, options?: object): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
}
