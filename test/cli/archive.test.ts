// The archive: `groundwork archive load|status` and `groundwork check` against a real PostgreSQL.
// Set GROUNDWORK_TEST_PG to a connection string of a server where the tests may create and drop
// databases (`.ci/run` starts a throwaway cluster with scripts/archive/test-cluster.sh). Without
// it, the tests that need a server are skipped, and say so; those about unreachable or silent
// servers run anyway.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { ArchiveCancelled, connectArchive } from '../../src/archive/postgres/connection.js';
import { buildCli, groundwork, Workspaces } from '../helpers/cli-process.js';

const SERVER = process.env['GROUNDWORK_TEST_PG'];

const ALLIANCE = [
  '---',
  'id: gt-2025-12-12-pax-silica',
  'title: US launches Pax Silica alliance to secure AI supply chains',
  'date: 2025-12-12',
  'url: https://www.globaltimes.cn/page/202512/1350000.shtml',
  '---',
  '',
  'The US is forming a coalition at a summit on Friday to counter China\'s dominant control of critical minerals, according to media reports.',
  '',
  'The Pax Silica Declaration brings Singapore, Australia, Japan, South Korea and Israel into a collaboration on critical mineral access.',
  '',
  '"Companies are likely to proceed cautiously," said Zhou Mi, a senior researcher at the Chinese Academy of International Trade and Economic Cooperation.',
  '',
  'The Group of Seven unveiled 26 new investments and partnerships with nine allied countries on November 1.',
  '',
].join('\n');

const HARBOUR = [
  '---',
  'id: harbour-2024-03-02',
  'title: Harbour dredging postponed again',
  'date: 2024-03-02',
  '---',
  '',
  'The port authority of Valdoria postponed the harbour dredging project for a third time on Tuesday, citing a shortage of barges.',
  '',
].join('\n');

/** A connection string like SERVER but for another database. */
function forDatabase(connection: string, database: string): string {
  return connection.replace(/^(postgres(?:ql)?:\/\/[^/?#]*)\/?[^?#]*/, `$1/${database}`);
}

describe('archive: servers that cannot be used', function () {
  this.timeout(40000);
  const workspaces = new Workspaces('gw-archive-');
  before(buildCli);
  after(() => workspaces.removeAll());

  const draftWorkspace = (archive: string): string =>
    workspaces.make({
      'groundwork.yaml': `sources: [ "sources/**" ]\ndrafts: [ "drafts/**" ]\narchive: ${archive}\n`,
      'drafts/d.md': 'The port authority postponed the harbour dredging project for a third time.\n',
    });

  it('says no server listens there, exits 2 and never prints the password', async () => {
    const folder = workspaces.make({});
    const root = draftWorkspace('env:GW_ARCHIVE');
    const run = await groundwork(root, ['check'], { env: { GW_ARCHIVE: `postgresql://reader:s3cret-pw@/news?host=${folder}&port=5999` } });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot connect to the archive server at .* port 5999, database news: no server is listening there/);
    assert.ok(!run.stderr.includes('s3cret-pw') && !run.stdout.includes('s3cret-pw'), run.stderr);
  });

  it('gives up on a server that accepts the connection and never answers, instead of hanging', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'gw-silent-'));
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(path.join(folder, '.s.PGSQL.5432'), resolve));
    try {
      const root = draftWorkspace('env:GW_ARCHIVE');
      const started = Date.now();
      const run = await groundwork(root, ['check'], { env: { GW_ARCHIVE: `postgresql://reader:s3cret-pw@/news?host=${folder}` } });
      const seconds = (Date.now() - started) / 1000;
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /did not answer within 5 s|timed out/);
      assert.ok(seconds < 20, `took ${seconds} s`);
      assert.ok(!run.stderr.includes('s3cret-pw'));
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the environment variable that env:NAME points to when it is not set', async () => {
    const root = draftWorkspace('env:GW_ARCHIVE_NOT_SET');
    const run = await groundwork(root, ['check']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /env:GW_ARCHIVE_NOT_SET, but the environment variable GW_ARCHIVE_NOT_SET is not set/);
  });

  it('rejects an archive setting that is not a PostgreSQL connection string, without quoting it', async () => {
    const root = draftWorkspace('mysql://root:hunter2@db/news');
    const run = await groundwork(root, ['check']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /groundwork\.yaml:3:10: error: `archive` must be a PostgreSQL connection string/);
    assert.ok(!run.stderr.includes('hunter2'));
  });

  it('without an archive, `archive load` says how to set one up', async () => {
    const root = workspaces.make({ 'sources/a.txt': 'Text.\n' });
    const run = await groundwork(root, ['archive', 'load', 'sources']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no archive is set up/);
  });
});

// A describe that says why it is skipped, so that a run without a server does not pass for one with it.
const withServer = SERVER ? describe : describe.skip;
if (!SERVER) {
  describe('archive: against a real PostgreSQL', () => {
    it('is skipped: set GROUNDWORK_TEST_PG (e.g. from scripts/archive/test-cluster.sh) to run the archive tests against a real server');
  });
}

withServer('archive: against a real PostgreSQL', function () {
  this.timeout(60000);
  const workspaces = new Workspaces('gw-archive-');
  const databases: string[] = [];
  let admin: pg.Client;

  before(async () => {
    await buildCli();
    admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
  });
  after(async () => {
    for (const db of databases) await dropDatabase(db);
    await admin.end();
    workspaces.removeAll();
  });

  /**
   * Drops a test database. A CLI run's connection of another role may still be closing, which
   * FORCE may not end for the admin (no pg_signal_backend): it is waited for, a few seconds at most.
   */
  async function dropDatabase(db: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '42501' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  /** A new, empty database; its connection string. */
  async function freshDatabase(): Promise<string> {
    const name = `gw_test_${process.pid}_${databases.length}_${Date.now() % 100000}`;
    await admin.query(`CREATE DATABASE ${name}`);
    databases.push(name);
    return forDatabase(SERVER!, name);
  }

  /** A workspace with archived sources under `archived/` (not workspace sources) and drafts. */
  function newsroom(files: Record<string, string>): string {
    return workspaces.make({
      'groundwork.yaml': 'sources: [ "sources/**" ]\ndrafts: [ "drafts/**" ]\narchive: env:GW_ARCHIVE\n',
      ...files,
    });
  }

  it('loads sources, skips them when unchanged and replaces a changed one', async () => {
    const archive = await freshDatabase();
    const env = { GW_ARCHIVE: archive };
    const root = newsroom({ 'archived/alliance.md': ALLIANCE, 'archived/harbour.md': HARBOUR });

    const first = await groundwork(root, ['archive', 'load', 'archived'], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /Loaded 2 of 2 sources .*: 2 added, 0 replaced, 0 unchanged/);

    const again = await groundwork(root, ['archive', 'load', 'archived'], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 added, 0 replaced, 2 unchanged \(0 passages written\)/);

    const status = await groundwork(root, ['archive', 'status', '--format', 'json'], { env });
    assert.equal(status.code, 0, status.stderr);
    const before = JSON.parse(status.stdout) as { documents: number; passages: number; terms: number; published: { from: string; to: string } };
    assert.equal(before.documents, 2);
    assert.deepEqual(before.published, { from: '2024-03-02', to: '2025-12-12' });

    // The harbour story is corrected: the old wording must be gone from the archive, the new one there.
    writeFileSync(path.join(root, 'archived/harbour.md'), HARBOUR.replace('for a third time on Tuesday, citing a shortage of barges', 'for a fourth time on Friday, citing a strike by crane operators'));
    const changed = await groundwork(root, ['archive', 'load', 'archived'], { env });
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /0 added, 1 replaced, 1 unchanged/);
    const after = JSON.parse((await groundwork(root, ['archive', 'status', '--format', 'json'], { env })).stdout) as typeof before;
    assert.equal(after.documents, 2);
    assert.equal(after.passages, before.passages);

    mkdirSync(path.join(root, 'drafts'), { recursive: true });
    writeFileSync(path.join(root, 'drafts/d.md'), [
      'The port authority of Valdoria postponed the harbour dredging project for a fourth time, citing a strike by crane operators.',
      '',
      'The dredging was postponed because of a shortage of barges.',
      '',
    ].join('\n'));
    const check = await groundwork(root, ['check', '--format', 'json'], { env });
    const report = JSON.parse(check.stdout) as JsonReport;
    const [corrected, stale] = report.files[0]!.statements;
    assert.equal(corrected!.verdict, 'supported', JSON.stringify(corrected));
    assert.notEqual(stale!.verdict, 'supported', JSON.stringify(stale));
  });

  it('checks a draft supported only by the archive: right verdicts, evidence naming the archived article', async () => {
    const archive = await freshDatabase();
    const env = { GW_ARCHIVE: archive };
    const root = newsroom({
      'archived/alliance.md': ALLIANCE,
      'archived/harbour.md': HARBOUR,
      'drafts/d.md': [
        'The US is forming a coalition at a summit on Friday to counter China\'s dominant control of critical minerals, according to media reports.',
        '',
        '"Companies are likely to proceed quickly," said Zhou Mi.',
        '',
        'The Group of Seven unveiled 26 new investments and partnerships with eight allied countries on November 1.',
        '',
        'The moon landing was filmed in a studio in Nevada.',
        '',
      ].join('\n'),
    });
    assert.equal((await groundwork(root, ['archive', 'load', 'archived'], { env })).code, 0);

    const run = await groundwork(root, ['check', '--format', 'json'], { env });
    assert.equal(run.code, 1, run.stderr);
    const [coalition, quote, figure, moon] = (JSON.parse(run.stdout) as JsonReport).files[0]!.statements;
    assert.equal(coalition!.verdict, 'supported');
    assert.deepEqual(coalition!.evidence[0]!.article, {
      id: 'gt-2025-12-12-pax-silica',
      title: 'US launches Pax Silica alliance to secure AI supply chains',
      published: '2025-12-12',
      url: 'https://www.globaltimes.cn/page/202512/1350000.shtml',
      outlet: 'globaltimes.cn',
    });
    assert.equal(coalition!.evidence[0]!.source, 'archive:gt-2025-12-12-pax-silica');
    assert.equal(quote!.verdict, 'misquote');
    assert.match(quote!.message, /archive:gt-2025-12-12-pax-silica/);
    assert.equal(figure!.verdict, 'number-mismatch');
    assert.match(figure!.message, /eight does not match the source, which says nine/);
    assert.equal(moon!.verdict, 'unsupported');

    const text = await groundwork(root, ['check'], { env });
    assert.match(text.stdout, /evidence: archive:gt-2025-12-12-pax-silica "US launches Pax Silica alliance to secure AI supply chains", globaltimes\.cn, 2025-12-12, https:\/\/www\.globaltimes\.cn/);
  });

  it('asks the archive only for what the workspace does not support', async () => {
    const archive = await freshDatabase();
    const env = { GW_ARCHIVE: archive };
    const root = newsroom({
      'archived/harbour.md': HARBOUR,
      'sources/alliance.md': ALLIANCE,
      'drafts/d.md': [
        'The Pax Silica Declaration brings Singapore, Australia, Japan, South Korea and Israel into a collaboration on critical mineral access.',
        '',
        'The port authority of Valdoria postponed the harbour dredging project for a third time, citing a shortage of barges.',
        '',
      ].join('\n'),
    });
    assert.equal((await groundwork(root, ['archive', 'load', 'archived/harbour.md'], { env })).code, 0);
    const run = await groundwork(root, ['check', '--format', 'json'], { env });
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const [fromWorkspace, fromArchive] = (JSON.parse(run.stdout) as JsonReport).files[0]!.statements;
    assert.equal(fromWorkspace!.evidence[0]!.source, 'sources/alliance.md');
    assert.equal(fromWorkspace!.evidence[0]!.article, undefined);
    assert.equal(fromArchive!.verdict, 'supported');
    assert.equal(fromArchive!.evidence[0]!.article?.title, 'Harbour dredging postponed again');
  });

  it('score: a claim without a source is scored against the archive, which names the article; claims with a source are scored as before', async () => {
    const archive = await freshDatabase();
    const root = newsroom({ 'archived/alliance.md': ALLIANCE, 'archived/harbour.md': HARBOUR });
    assert.equal((await groundwork(root, ['archive', 'load', 'archived'], { env: { GW_ARCHIVE: archive } })).code, 0);
    const pairs = [
      { id: 'a', claim: 'The port authority of Valdoria postponed the harbour dredging project for a third time, citing a shortage of barges.' },
      { id: 'b', claim: 'The Group of Seven unveiled 26 new investments and partnerships with eight allied countries on November 1.' },
      { id: 'c', claim: 'The moon landing was filmed in a studio in Nevada.' },
      { id: 'd', source: 'The mayor opened the new bridge on Monday.', claim: 'The mayor opened the new bridge on Monday.' },
      { id: 'e', source: 'The mayor opened the new bridge on Monday.', claim: 'The port authority of Valdoria postponed the harbour dredging project for a third time.' },
    ].map((p) => JSON.stringify(p)).join('\n') + '\n';
    type Line = { id: string; score: number; verdict: string; article?: { id: string; title?: string; published?: string } };
    const read = (stdout: string): Line[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);

    // The config's archive, and --archive in its place (here pointing at the same database).
    for (const args of [['score', '--pairs', '-'], ['score', '--pairs', '-', '--archive', 'env:GW_OTHER']]) {
      const run = await groundwork(root, args, { input: pairs, env: { GW_ARCHIVE: args.length > 3 ? 'env:NOT_USED' : archive, GW_OTHER: archive } });
      assert.equal(run.code, 0, run.stderr);
      const [a, b, c, d, e] = read(run.stdout);
      assert.equal(a!.verdict, 'supported', JSON.stringify(a));
      assert.deepEqual(a!.article, { id: 'harbour-2024-03-02', title: 'Harbour dredging postponed again', published: '2024-03-02' });
      assert.equal(b!.verdict, 'number-mismatch', JSON.stringify(b));
      assert.equal(b!.article?.id, 'gt-2025-12-12-pax-silica');
      assert.equal(c!.verdict, 'unsupported', JSON.stringify(c));
      assert.ok(c!.score < 0.5);
      // A pair with its source is that pair, archive or not: no article, the archive not asked.
      assert.equal(d!.verdict, 'supported');
      assert.equal(d!.article, undefined);
      assert.equal(e!.verdict, 'unsupported');
      assert.equal(e!.article, undefined);
    }

    // Without an archive a claim alone is an error line, and the others are scored.
    const bare = workspaces.make({ 'groundwork.yaml': 'sources: [ "sources/**" ]\n' });
    const without = await groundwork(bare, ['score', '--pairs', '-'], { input: pairs });
    assert.equal(without.code, 0, without.stderr);
    const lines = without.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string; verdict?: string });
    assert.match(lines[0]!.error ?? '', /"source" is missing: give the source text, or set an archive/);
    assert.equal(lines[3]!.verdict, 'supported');
    assert.match(without.stderr, /<stdin>:1: "source" is missing/);

    // Only lines with a source: an archive that is down is never asked.
    const sourced = pairs.split('\n').slice(3).join('\n');
    const unused = await groundwork(root, ['score', '--pairs', '-'], { input: sourced, env: { GW_ARCHIVE: 'postgresql://reader:s3cret-pw@127.0.0.1:1/news' } });
    assert.equal(unused.code, 0, unused.stderr);
    assert.equal(read(unused.stdout).length, 2);

    // A claim alone and an archive that cannot be reached: exit 2, in words, without the password.
    const down = await groundwork(root, ['score', '--pairs', '-'], { input: pairs, env: { GW_ARCHIVE: 'postgresql://reader:s3cret-pw@127.0.0.1:1/news' } });
    assert.equal(down.code, 2, down.stdout);
    assert.match(down.stderr, /groundwork: archive: cannot connect to the archive server at 127\.0\.0\.1 port 1, database news: no server is listening there/);
    assert.ok(!down.stderr.includes('s3cret-pw') && !down.stdout.includes('s3cret-pw'));
    assert.doesNotMatch(down.stderr, /\n\s+at /);
  });

  it('a query given up (the editor\'s check, cancelled by an edit) rejects at once and is stopped on the server; the connection goes on', async () => {
    const archive = await freshDatabase();
    const setup = new pg.Client({ connectionString: archive });
    await setup.connect();
    await setup.query('CREATE TABLE slow_example (x integer)');
    // The server made slow for real: the table locked by another session.
    await setup.query('BEGIN');
    await setup.query('LOCK TABLE slow_example IN ACCESS EXCLUSIVE MODE');
    const connection = await connectArchive(archive, { readOnly: true, timeouts: { connect: 5000, statement: 5000 } });
    try {
      const waitingOnLock = async (): Promise<number> => Number((await admin.query(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'groundwork' AND wait_event_type = 'Lock'", [archive.replace(/^.*\/([^/?#]+).*$/, '$1')],
      )).rows[0].n);
      const stop = new AbortController();
      const first = connection.query('SELECT count(*) FROM slow_example', [], stop.signal);
      const firstOutcome = first.then(() => 'answered', (error: unknown) => error);
      for (let i = 0; i < 100 && (await waitingOnLock()) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(await waitingOnLock(), 1, 'the statement waits on the lock');
      const aborted = Date.now();
      stop.abort();
      const outcome = await firstOutcome;
      assert.ok(outcome instanceof ArchiveCancelled, String(outcome));
      assert.ok(Date.now() - aborted < 100, 'rejected at once');
      // On the server too: nothing of ours waits on the lock any more.
      for (let i = 0; i < 100 && (await waitingOnLock()) > 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.equal(await waitingOnLock(), 0);
      // The same connection answers the next statement once the lock is gone, and an abort before
      // a statement starts sends nothing.
      const before = new AbortController();
      before.abort();
      await assert.rejects(connection.query('SELECT 1', [], before.signal), ArchiveCancelled);
      await setup.query('ROLLBACK');
      const next = await connection.query<{ n: string }>('SELECT count(*) AS n FROM slow_example', [], new AbortController().signal);
      assert.equal(next.rows[0]!.n, '0');
    } finally {
      await setup.query('ROLLBACK').catch(() => undefined);
      await setup.end();
      await connection.close();
    }
  });

  it('a wrong password: the server refuses the login, exit 2, and neither password is printed', async () => {
    const archive = await freshDatabase();
    const right = decodeURIComponent(new URL(archive.replace(/^postgres(ql)?:/, 'http:')).password);
    assert.ok(right, 'GROUNDWORK_TEST_PG logs in with a password (scripts/archive/test-cluster.sh sets one)');
    const wrong = 'not-the-Pa55word';
    const root = newsroom({ 'archived/harbour.md': HARBOUR, 'drafts/d.md': 'The harbour dredging project was postponed.\n' });
    assert.equal((await groundwork(root, ['archive', 'load', 'archived'], { env: { GW_ARCHIVE: archive } })).code, 0);
    const withWrong = archive.replace(`:${encodeURIComponent(right)}@`, `:${wrong}@`);
    assert.notEqual(withWrong, archive);
    for (const args of [['check'], ['archive', 'status'], ['archive', 'load', 'archived'], ['check', '--format', 'json']]) {
      const run = await groundwork(root, args, { env: { GW_ARCHIVE: withWrong } });
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, /cannot connect to the archive server at 127\.0\.0\.1 port \d+, database gw_test_\w+: the server refused the login: wrong user name or password/);
      for (const secret of [wrong, right]) assert.ok(!run.stderr.includes(secret) && !run.stdout.includes(secret), `${args.join(' ')} printed a password: ${run.stderr}`);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('a database without the archive tables: says to run `archive load` first, exit 2', async () => {
    const archive = await freshDatabase();
    const root = newsroom({ 'drafts/d.md': 'The harbour dredging project was postponed.\n' });
    const check = await groundwork(root, ['check'], { env: { GW_ARCHIVE: archive } });
    assert.equal(check.code, 2, check.stdout);
    assert.match(check.stderr, /no Groundwork tables yet: run `groundwork archive load PATHS\.\.\.` first/);
    const status = await groundwork(root, ['archive', 'status'], { env: { GW_ARCHIVE: archive } });
    assert.equal(status.code, 2);
    assert.match(status.stderr, /run `groundwork archive load/);
  });

  it('a server that goes away in the middle of a check: a clear error, exit 2, no hang', async () => {
    const archive = await freshDatabase();
    const root = newsroom({ 'archived/harbour.md': HARBOUR, 'drafts/d.md': 'The port authority postponed the harbour dredging project for a third time.\n' });
    assert.equal((await groundwork(root, ['archive', 'load', 'archived'], { env: { GW_ARCHIVE: archive } })).code, 0);
    // The real server, reached through a proxy that cuts the line once the check sends its first
    // query (a simple 'Q' or an extended-protocol 'P' message, after the login's messages).
    const server = new URL(archive.replace(/^postgres(ql)?:/, 'http:'));
    const open: net.Socket[] = [];
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(server.port || 5432), server.hostname);
      open.push(client, upstream);
      let chunks = 0;
      client.on('data', (data) => {
        if (++chunks > 1 && (data[0] === 0x51 || data[0] === 0x50)) {
          upstream.destroy();
          client.destroy();
          return;
        }
        upstream.write(data);
      });
      upstream.on('data', (data) => client.write(data));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const through = archive.replace(/@[^/?#]*/, `@127.0.0.1:${(proxy.address() as net.AddressInfo).port}`);
      const started = Date.now();
      const run = await groundwork(root, ['check'], { env: { GW_ARCHIVE: through } });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /groundwork: archive: .*(closed the connection|terminated)/);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.ok(Date.now() - started < 20000);
    } finally {
      for (const s of open) s.destroy();
      proxy.close();
    }
  });

  it('stores hostile text as text: SQL and tsquery metacharacters, control characters; a file with NUL bytes is refused', async () => {
    const archive = await freshDatabase();
    const env = { GW_ARCHIVE: archive };
    const hostile = [
      '---',
      'title: "Robert\'); DROP TABLE groundwork_documents;--\\u0007\\u001b[31m red"',
      'date: 2025-01-05',
      '---',
      '',
      'The council clerk wrote "\'; DELETE FROM groundwork_passages; --" on the zoning notice in Marlow & Finch | !tsquery <-> :* $1 \\\\ backslashes.',
      '',
      'A second line of the notice held a bell \u0007 and an escape \u001b[2J in the Marlow registry.',
      '',
    ].join('\n');
    const root = newsroom({
      'archived/hostile.md': hostile,
      'archived/zz-binary.txt': 'A NUL \u0000 in the middle.\n',
      'drafts/d.md': 'The council clerk wrote "\'; DELETE FROM groundwork_passages; --" on the zoning notice in Marlow & Finch.\n',
    });
    // A file holding NUL bytes is not text: named, left out, exit 2; the others are loaded.
    const load = await groundwork(root, ['archive', 'load', 'archived'], { env });
    assert.equal(load.code, 2, load.stderr);
    assert.match(load.stderr, /cannot load archived\/zz-binary\.txt: .*binary/);
    assert.match(load.stdout, /Loaded 1 of 2 sources/);
    const status = JSON.parse((await groundwork(root, ['archive', 'status', '--format', 'json'], { env })).stdout) as { documents: number; passages: number };
    assert.equal(status.documents, 1);
    assert.ok(status.passages >= 2);

    const run = await groundwork(root, ['check', '--format', 'json'], { env });
    assert.equal(run.code, 0, run.stderr + run.stdout);
    const [statement] = (JSON.parse(run.stdout) as JsonReport).files[0]!.statements;
    assert.equal(statement!.verdict, 'supported', JSON.stringify(statement));
    const title = statement!.evidence[0]!.article?.title ?? '';
    assert.match(title, /DROP TABLE groundwork_documents/);
    assert.doesNotMatch(title, /[\u0000-\u001f\u007f]/);

    // The tables are all still there, and loading again changes nothing.
    const again = await groundwork(root, ['archive', 'load', 'archived'], { env });
    assert.match(again.stdout, /1 unchanged/);
  });
});

interface JsonReport {
  files: {
    statements: {
      verdict: string;
      message: string;
      evidence: { source: string; text: string; article?: { id: string; title?: string; published?: string; url?: string; outlet?: string } }[];
    }[];
  }[];
}
