// What the core uses of the JavaScript platform beyond ECMAScript: the WHATWG encoding API and
// the High Resolution Time clock, which Node, browsers and VS Code's extension host all have.
// tsconfig.core.json compiles src/core with these alone, no Node or VS Code types, so an import
// of `node:*` or `vscode` in the core fails the type check.

interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}

declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

declare const performance: { now(): number };
