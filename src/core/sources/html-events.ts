import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** Element events of an HTML document, closes balanced with opens. */
export interface HtmlEvents {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(data: string): void;
}

// htmlparser2's Parser keeps open elements with Array#unshift/#shift, which makes 100,000
// nested elements take seconds. Its Tokenizer is linear, so the element stack is kept here
// instead: top at the end, plus a count per name so `</x>` finds out in O(1) whether x is open.

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const LIST_TERMS = new Set(['dd', 'dt']);
const CELLS = new Set(['td', 'th']);

/** Elements that an opening tag closes when they are the innermost open element. */
const CLOSED_BY_OPENING = new Map<string, Set<string>>([
  ['p', P], ['li', new Set(['li'])], ['dd', LIST_TERMS], ['dt', LIST_TERMS],
  ['tr', new Set(['tr', 'td', 'th'])], ['td', CELLS], ['th', CELLS], ['option', new Set(['option'])],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ...[
    'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption',
    'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
  ].map((name): [string, Set<string>] => [name, P]),
]);

const FOREIGN = new Set(['svg', 'math']);

/** Streams `html` as element events without recursion, in time linear in its length. */
export function streamHtml(html: string, events: HtmlEvents): void {
  const stack: string[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let tagName = '';
  let attributes: Record<string, string> = Object.create(null);
  let attributeName = '';
  let attributeValue = '';

  const top = () => stack[stack.length - 1];
  const pop = () => {
    const name = stack.pop()!;
    const count = openCount.get(name)! - 1;
    if (count === 0) openCount.delete(name);
    else openCount.set(name, count);
    if (FOREIGN.has(name)) foreign--;
    events.close(name);
  };
  const closeThrough = (name: string) => {
    if (!openCount.has(name)) return;
    while (stack.length > 0) {
      const innermost = top();
      pop();
      if (innermost === name) return;
    }
  };
  const openTag = (name: string, selfClosing: boolean) => {
    if (openCount.has('head') && !HEAD_CONTENT.has(name)) closeThrough('head');
    const closed = CLOSED_BY_OPENING.get(name);
    if (closed) {
      while (stack.length > 0 && closed.has(top()!)) pop();
    }
    events.open(name, attributes);
    if (VOID.has(name)) {
      events.close(name);
      return;
    }
    stack.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    // Only inside SVG and MathML does `<x/>` close itself; in HTML the slash is ignored.
    if (selfClosing && foreign > 0) pop();
  };
  const closeTag = (name: string) => {
    if (name === 'br') {
      events.open('br', Object.create(null));
      events.close('br');
    } else if (VOID.has(name)) {
      return;
    } else if (openCount.has(name)) {
      closeThrough(name);
    } else if (name === 'p') {
      // A stray `</p>` makes an empty paragraph, as browsers do.
      events.open('p', Object.create(null));
      events.close('p');
    }
  };

  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => events.text(html.slice(start, end)),
    ontextentity: (codePoint) => events.text(String.fromCodePoint(codePoint)),
    onopentagname: (start, end) => {
      tagName = html.slice(start, end).toLowerCase();
      attributes = Object.create(null);
    },
    onattribname: (start, end) => {
      attributeName = html.slice(start, end).toLowerCase();
    },
    onattribdata: (start, end) => {
      attributeValue += html.slice(start, end);
    },
    onattribentity: (codePoint) => {
      attributeValue += String.fromCodePoint(codePoint);
    },
    onattribend: () => {
      if (!(attributeName in attributes)) attributes[attributeName] = attributeValue;
      attributeValue = '';
    },
    onopentagend: () => openTag(tagName, false),
    onselfclosingtag: () => openTag(tagName, true),
    onclosetag: (start, end) => closeTag(html.slice(start, end).toLowerCase()),
    oncdata: (start, end, offset) => {
      if (foreign > 0) events.text(html.slice(start, end - offset));
    },
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => {
      while (stack.length > 0) pop();
    },
    isInForeignContext: () => foreign > 0,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
