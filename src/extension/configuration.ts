// The effective configuration of a workspace folder: `groundwork.yaml` where it sets a key, the
// `groundwork.*` settings for the rest. Problems in the yaml become diagnostics on the file itself.
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { createMatcher, type PathMatcher } from '../core/config/glob.js';
import { parseConfig, type ConfigProblem } from '../core/config/load.js';
import { BUILT_IN_EXCLUDES } from '../core/config/schema.js';
import { defaultConfig, type GroundworkConfig } from '../core/config/types.js';
import { FINDING_CODES, type FindingCode, type SeveritySetting } from '../core/model.js';
import { uriOf } from './convert.js';
import { ENABLE_SETTING } from './settings-schema.js';

export const CONFIG_FILE_NAME = 'groundwork.yaml';

export class Configuration implements vscode.Disposable {
  private current: GroundworkConfig = defaultConfig();
  private enabledNow = true;
  private readonly changed = new vscode.EventEmitter<GroundworkConfig>();
  private readonly problems = vscode.languages.createDiagnosticCollection('groundwork-config');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.problems];
  /** Bumped on every reload: verdict caches key on it. */
  version = 0;

  /** Fires after a reload that changed the effective configuration. */
  readonly onDidChange = this.changed.event;

  /** Why groundwork.yaml was not read at the last reload, when it was refused. */
  private refused?: string;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    /** Reads the yaml as sources are read: a link leading out of the folder is refused. */
    private readonly files?: { readFile(path: string): Promise<Uint8Array> },
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.reload()),
      watcher.onDidChange(() => this.reload()),
      watcher.onDidDelete(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('groundwork', folder)) void this.reload();
      }),
    );
  }

  get config(): GroundworkConfig {
    return this.current;
  }

  private compiled?: { config: GroundworkConfig; matcher: PathMatcher };

  /**
   * The matcher of the configuration's globs, compiled once per configuration: whether an editor
   * shows a draft is asked between every two slices of a build a check waits for, and compiling
   * the globs each time cost more than the answer.
   */
  get matcher(): PathMatcher {
    if (this.compiled?.config !== this.current) this.compiled = { config: this.current, matcher: createMatcher(this.current) };
    return this.compiled.matcher;
  }

  /** The `groundwork.enable` setting of the folder. */
  get enabled(): boolean {
    return this.enabledNow;
  }

  get fileUri(): vscode.Uri {
    return uriOf(this.folder.uri, CONFIG_FILE_NAME);
  }

  /** Reads the yaml and the settings again; fires `onDidChange` when the result differs. */
  async reload(): Promise<GroundworkConfig> {
    const text = await this.readYaml();
    const settings = vscode.workspace.getConfiguration('groundwork', this.folder);
    let fromYaml: GroundworkConfig | undefined;
    let keysSet: Record<string, unknown> = {};
    if (text === undefined) {
      if (this.refused) {
        // The file is there but leads out of the folder: said on the file, nothing of it read.
        const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), this.refused, vscode.DiagnosticSeverity.Error);
        diagnostic.source = 'groundwork';
        diagnostic.code = 'config';
        this.problems.set(this.fileUri, [diagnostic]);
      } else {
        this.problems.delete(this.fileUri);
      }
    } else {
      const parsed = parseConfig(text, CONFIG_FILE_NAME);
      this.problems.set(this.fileUri, parsed.problems.map(problemDiagnostic));
      fromYaml = parsed.config;
      keysSet = topLevelKeys(text);
    }
    const next = mergeConfig(fromYaml, keysSet, settings);
    const enabled = settings.get<boolean>(ENABLE_SETTING, true) !== false;
    const differs = JSON.stringify(next) !== JSON.stringify(this.current) || enabled !== this.enabledNow;
    this.current = next;
    this.enabledNow = enabled;
    if (differs) {
      this.version++;
      this.changed.fire(next);
    }
    return next;
  }

  private async readYaml(): Promise<string | undefined> {
    this.refused = undefined;
    try {
      return new TextDecoder().decode(await (this.files ? this.files.readFile(CONFIG_FILE_NAME) : vscode.workspace.fs.readFile(this.fileUri)));
    } catch (error) {
      if ((error as { code?: string }).code === 'OUTSIDE_WORKSPACE') this.refused = (error as Error).message;
      return undefined;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** yaml keys the writer set, so that settings fill only the rest. */
function topLevelKeys(text: string): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function mergeConfig(fromYaml: GroundworkConfig | undefined, yamlKeys: Record<string, unknown>, settings: vscode.WorkspaceConfiguration): GroundworkConfig {
  const base = fromYaml ?? defaultConfig();
  const set = (key: string): boolean => key in yamlKeys;
  const setting = <T>(key: string, valid: (v: unknown) => v is T): T | undefined => {
    const inspected = settings.inspect<unknown>(key);
    // Only values a user or workspace wrote: the defaults are the core's own already.
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    return valid(value) ? value : undefined;
  };
  const config: GroundworkConfig = { ...base, severity: { ...base.severity }, aliases: { ...base.aliases } };
  if (!set('sources')) config.sources = setting('sources', isStringList) ?? config.sources;
  if (!set('drafts')) config.drafts = setting('drafts', isStringList) ?? config.drafts;
  if (!set('exclude')) {
    const extra = setting('exclude', isStringList);
    // As in the yaml, `exclude` adds to the built-in excludes.
    if (extra) config.exclude = [...BUILT_IN_EXCLUDES, ...extra];
  }
  if (!set('threshold')) config.threshold = setting('threshold', isUnitNumber) ?? config.threshold;
  const yamlSeverity = (yamlKeys.severity && typeof yamlKeys.severity === 'object' ? yamlKeys.severity : {}) as Record<string, unknown>;
  const severity = setting('severity', isObject) ?? {};
  for (const code of FINDING_CODES) {
    const value = severity[code];
    if (!(code in yamlSeverity) && isSeverity(value)) config.severity[code as FindingCode] = value;
  }
  const aliases = setting('aliases', isObject) ?? {};
  for (const [name, list] of Object.entries(aliases)) {
    if (isStringList(list)) config.aliases[name] = [...new Set([...(config.aliases[name] ?? []), ...list])];
  }
  return config;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isUnitNumber(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is SeveritySetting {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'off';
}

function problemDiagnostic(problem: ConfigProblem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const column = Math.max(0, problem.column - 1);
  const endLine = problem.endLine !== undefined ? problem.endLine - 1 : line;
  const endColumn = problem.endColumn !== undefined ? problem.endColumn - 1 : column + 1;
  const range = new vscode.Range(line, column, Math.max(line, endLine), endColumn);
  const diagnostic = new vscode.Diagnostic(range, problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'groundwork';
  diagnostic.code = 'config';
  return diagnostic;
}
