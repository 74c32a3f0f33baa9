import { VERSION } from './about.js';
import type { HelpTopic } from './args.js';

const MAIN = `groundwork ${VERSION} — check that a draft says only what its sources say

Usage:
  groundwork check [PATHS...] [options]   check drafts against the sources
  groundwork score --pairs FILE.jsonl|-   score claims against source texts, one JSON line each
  groundwork index [options]              index the sources and summarise what was found
  groundwork archive load PATHS...        load sources into the archive server (PostgreSQL)
  groundwork archive status               what the archive holds
  groundwork help [COMMAND]               help on a command
  groundwork --version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error.
`;

const CHECK = `Usage: groundwork check [PATHS...] [options]

Checks every statement of the drafts against the sources. PATHS are draft files or folders
(a folder means the drafts inside it, per the config's drafts and exclude globs); without
PATHS, every draft of the workspace. With \`archive:\` in groundwork.yaml, statements the
workspace sources do not support are looked up in the archive server too (see
'groundwork archive --help').

Options:
  -c, --config FILE      configuration file (default: groundwork.yaml in the current folder,
                         when there is one); the workspace root is the file's folder
      --sources GLOB     source files, relative to the workspace root; repeatable; replaces
                         the config's sources
      --no-cache         read every source; neither read nor write the persisted index
  -f, --format FORMAT    text (default), json, sarif, github, or html (a report to open in a
                         browser: one self-contained file)
  -o, --output FILE      write the report to FILE instead of stdout (any format)
      --fail-on LEVEL    exit 1 when a finding is at least: error (default), warning, info, none
  -q, --quiet            only flagged statements and the summary; no progress
  -v, --verbose          also list supported and silenced statements (text format)
      --no-color         no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)
  -h, --help             this help

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error.
`;

const SCORE = `Usage: groundwork score --pairs FILE.jsonl|- [--config FILE] [--jobs N] [--archive CONNECTION]

Reads JSON Lines {"id", "source", "claim"} (from stdin with -) and writes one line per input,
in order: {"id", "score", "verdict"}. A line that cannot be read gives
{"id": null, "line": N, "error": "..."} (with the id when it could be read) and a message on
stderr; scoring goes on. The config's threshold applies. Exit code 0 unless reading or writing
fails, or the archive cannot be used (2).

With an archive (archive: in groundwork.yaml, or --archive), a line may give the claim alone,
{"id", "claim"}: it is scored against the archived articles holding its best passages, and the
best of them is its source, named in the output: {"id", "score", "verdict", "article"}. Lines
with a source are scored against it, as without an archive.

Options:
  -j, --jobs N             threads that score (default: one per core, up to 4; 1 scores in the
                           main thread). Output order and results are the same for every N.
      --archive CONNECTION replaces the config's archive: postgresql://user@host/database or
                           env:NAME (prefer env:NAME: a password on the command line is seen by
                           other users of the machine)
`;

const INDEX = `Usage: groundwork index [options]

Indexes the sources and prints what was found: documents, passages, entities, quotes and
warnings.

Options:
  -c, --config FILE      configuration file (default: groundwork.yaml in the current folder)
      --sources GLOB     source files; repeatable; replaces the config's sources
      --no-cache         read every source; neither read nor write the persisted index
  -f, --format FORMAT    text (default) or json (every document, entity and quote)
  -q, --quiet            no progress
      --no-color         no colours
  -h, --help             this help
`;

const ARCHIVE = `Usage: groundwork archive load PATHS... [options]
       groundwork archive status [options]

The archive is a PostgreSQL database that \`check\` asks for the statements the workspace
sources do not support; the passages it returns are judged here, like workspace sources.
Set it with \`archive:\` in groundwork.yaml: a connection string, or env:NAME to read one from
an environment variable (so that no password is written in the file).

load    reads the source files and folders PATHS (txt, md, html, pdf, with the same readers as
        the workspace) into the archive, creating its tables when missing. A source loaded
        before and unchanged is skipped; a changed one is replaced in one transaction.
status  counts documents, passages and terms, and the size of the database.

Options:
  -c, --config FILE           configuration file (default: groundwork.yaml in the current folder)
      --archive CONNECTION    replaces the config's archive: postgresql://user@host/database or
                              env:NAME (a password on the command line is seen by other users
                              of the machine: prefer env:NAME)
      --outlet NAME           load: the outlet of every source loaded (default: the host of
                              each source's URL)
  -f, --format FORMAT         status: text (default) or json
  -q, --quiet                 load: only the summary
  -h, --help                  this help

Exit codes: 0 done, 2 usage or configuration error, unreadable source, or an archive server that
cannot be reached, refuses the login, has no Groundwork tables, or does not answer in time.
`;

export function helpText(topic?: HelpTopic): string {
  return topic === 'check' ? CHECK : topic === 'score' ? SCORE : topic === 'index' ? INDEX : topic === 'archive' ? ARCHIVE : MAIN;
}
