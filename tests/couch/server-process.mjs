// A CouchDB-protocol server for tests and the bench: express-pouchdb over an in-memory PouchDB,
// in its own process so a test can stop it by its process id, take it off the network and back
// (the "offline" reader), and read what it stores. Started by tests/couch/couch-server.ts.
//
// Environment: COUCH_USER and COUCH_PASSWORD turn on basic auth (every request must carry them,
// like a CouchDB with require_valid_user); COUCH_PORT picks the port (0: any free one);
// COUCH_QUOTA_DOCS makes a database refuse writes once it holds that many documents, answering
// 507 Insufficient Storage as a hosted CouchDB over its quota does.
// Messages from the parent (IPC): {type:'offline'} closes the listening socket and every open
// connection; {type:'online'} listens on the same port again. Data survive both.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import process from 'node:process';
import { URL } from 'node:url';
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import expressPouchDB from 'express-pouchdb';

const user = process.env.COUCH_USER;
const password = process.env.COUCH_PASSWORD;

const MemoryPouch = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory' });
// Only what PouchDB's replication and the tests use: no views, no config files on disk.
const app = expressPouchDB(MemoryPouch, {
  mode: 'minimumForPouchDB',
  overrideMode: { exclude: ['routes/views', 'routes/temp-views', 'routes/view-cleanup'] },
  logPath: '/dev/null',
});

function authorized(header) {
  if (!user) return true;
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return false;
  return Buffer.from(match[1], 'base64').toString('utf8') === `${user}:${password ?? ''}`;
}

const quotaDocs = process.env.COUCH_QUOTA_DOCS ? Number(process.env.COUCH_QUOTA_DOCS) : Infinity;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** The database a document write goes to, or null for anything else. */
function writeTarget(req) {
  const path = new URL(req.url, 'http://x').pathname.split('/').filter(Boolean);
  if (!path.length || path[0].startsWith('_')) return null;
  if (req.method === 'POST' && (path.length === 1 || path[1] === '_bulk_docs')) return decodeURIComponent(path[0]);
  if (req.method === 'PUT' && path.length >= 2 && path[1] !== '_local') return decodeURIComponent(path[0]);
  return null;
}

const sockets = new Set();
const server = createServer(async (req, res) => {
  if (!authorized(req.headers.authorization)) {
    send(res, 401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }, { 'WWW-Authenticate': 'Basic realm="server"' });
    return;
  }
  const target = quotaDocs < Infinity ? writeTarget(req) : null;
  if (target) {
    const { doc_count: count } = await new MemoryPouch(target).info();
    if (count >= quotaDocs) {
      send(res, 507, { error: 'insufficient_storage', reason: 'The database is over its quota.' });
      return;
    }
  }
  app(req, res);
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

let port = Number(process.env.COUCH_PORT ?? 0);
function listen() {
  server.listen(port, '127.0.0.1', () => {
    port = server.address().port;
    process.send?.({ type: 'listening', port });
  });
}

process.on('message', (message) => {
  if (message?.type === 'offline') {
    server.close(() => process.send?.({ type: 'offline' }));
    for (const socket of sockets) socket.destroy();
  } else if (message?.type === 'online') {
    listen();
  }
});
process.on('disconnect', () => process.exit(0)); // the parent went away: do not linger
listen();
