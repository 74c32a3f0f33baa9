import { VERSION } from './about.js';

const MAIN = `groundwork ${VERSION} — check that a draft says only what its sources say

Usage:
  groundwork check [PATHS...] [options]   check drafts against the sources
  groundwork score --pairs FILE.jsonl|-   score claims against source texts, one JSON line each
  groundwork index [options]              index the sources and summarise what was found
  groundwork help [COMMAND]               help on a command
  groundwork --version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, configuration or I/O error.
`;

const CHECK = `Usage: groundwork check [PATHS...] [options]

Checks every statement of the drafts against the sources. PATHS are draft files or folders
(a folder means the drafts inside it, per the config's drafts and exclude globs); without
PATHS, every draft of the workspace.

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

const SCORE = `Usage: groundwork score --pairs FILE.jsonl|- [--config FILE] [--jobs N]

Reads JSON Lines {"id", "source", "claim"} (from stdin with -) and writes one line per input,
in order: {"id", "score", "verdict"}. A line that cannot be read gives
{"id": null, "line": N, "error": "..."} (with the id when it could be read) and a message on
stderr; scoring goes on. The config's threshold applies. Exit code 0 unless reading or writing
fails (2).

Options:
  -j, --jobs N     threads that score (default: one per core, up to 4; 1 scores in the main
                   thread). Output order and results are the same for every N.
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

export function helpText(topic?: 'check' | 'score' | 'index'): string {
  return topic === 'check' ? CHECK : topic === 'score' ? SCORE : topic === 'index' ? INDEX : MAIN;
}
