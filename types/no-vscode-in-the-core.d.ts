// tsconfig.core.json maps `vscode` here: the core runs in the CLI too and must not use the editor's
// API. This module has nothing in it, so any use of an import from `vscode` in src/core fails the
// type check ("has no exported member", "property does not exist").
export {};
