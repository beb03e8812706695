/**
 * The SQLite writer thread: appends document updates on its own connection, so the fsync of
 * each commit (synchronous=FULL) does not stall the server's event loop. The main thread waits
 * for the reply before anything is broadcast or acknowledged, so "durable before visible"
 * holds; meanwhile it keeps reading sockets, and what arrives forms the next batch (group
 * commit). Plain JavaScript: worker threads do not inherit the tsx loader on Node 20.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${workerData.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
db.pragma('busy_timeout = 5000');

const maxSeq = db.prepare('SELECT MAX(seq) AS seq FROM doc_updates WHERE doc = ?');
const snapshotSeq = db.prepare('SELECT upto_seq AS seq FROM doc_snapshots WHERE doc = ?');
const insert = db.prepare('INSERT INTO doc_updates (doc, seq, data, created_at) VALUES (?, ?, ?, ?)');

const append = db.transaction((doc, updates) => {
  let seq = maxSeq.get(doc)?.seq ?? snapshotSeq.get(doc)?.seq ?? 0;
  const now = Date.now();
  for (const u of updates) insert.run(doc, ++seq, u, now);
  return seq;
});

parentPort.on('message', ({ id, doc, updates }) => {
  try {
    parentPort.postMessage({ id, seq: append.immediate(doc, updates) });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err?.message ?? err) });
  }
});
