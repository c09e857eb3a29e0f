// A CouchDB-protocol server for tests and the bench: express-pouchdb over an in-memory PouchDB,
// in its own process so a test can stop it by its process id, take it off the network and back
// (the "offline" reader), and read what it stores. Started by tests/couch/couch-server.ts.
//
// Environment: COUCH_USER and COUCH_PASSWORD turn on basic auth (every request must carry them,
// like a CouchDB with require_valid_user); COUCH_PORT picks the port (0: any free one).
// Messages from the parent (IPC): {type:'offline'} closes the listening socket and every open
// connection; {type:'online'} listens on the same port again. Data survive both.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import process from 'node:process';
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

const sockets = new Set();
const server = createServer((req, res) => {
  if (!authorized(req.headers.authorization)) {
    res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="server"' });
    res.end(JSON.stringify({ error: 'unauthorized', reason: 'Name or password is incorrect.' }));
    return;
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
