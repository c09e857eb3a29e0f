// PouchDB as the extension uses it: the mirror in IndexedDB (the service worker's own origin),
// the server over HTTP (fetch; no XMLHttpRequest or window in a service worker), and one-shot
// replication. Built from pouchdb-core so map/reduce and other unused parts stay out of the bundle.
import PouchDB from 'pouchdb-core';
import idbAdapter from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchConstructor } from './pouch-types';

export const BrowserPouch: PouchConstructor = PouchDB.plugin(idbAdapter).plugin(httpAdapter).plugin(replication);
