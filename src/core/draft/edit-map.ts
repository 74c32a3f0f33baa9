// micromark moves its events with an EditMap, and `EditMap.consume` copies the whole event list
// to apply edits that touch only its end. The document tokenizer calls it each time a line
// closes a nested container (a list item under another, a list in a block quote) or is a lazy
// continuation line, so parsing grows with the square of the number of such lines in one
// piece: 8,000 two-level items under one heading took 50 s, 4,000 lists in block quotes 19 s.
// pieces.ts cannot cut there (no blank line), and no bound on the input would be one a writer
// understands. So we give consume the same result at the cost of the part it changes: the
// events before the first edit stay where they are. Same edits, same events, same tree.
import { EditMap } from 'micromark-util-edit-map';

type Change = [at: number, remove: number, add: unknown[]];

interface EditMapState {
  map: Change[];
  index: Map<number, Change>;
}

/** micromark's own `consume`, kept for the test that compares the two. */
export const micromarkConsume: (this: EditMap, events: unknown[]) => void = EditMap.prototype.consume as never;

let calls = 0;

/** Applies the edits as micromark's `consume` does, copying only the events from the first edit on. */
export function consumeFromFirstEdit(this: EditMap, events: unknown[]): void {
  const state = this as unknown as EditMapState;
  calls++;
  state.map.sort((a, b) => a[0] - b[0]);
  if (state.map.length === 0) return;
  const first = state.map[0]![0];
  const rebuilt: unknown[] = [];
  let at = first;
  for (const [index, remove, add] of state.map) {
    // An edit overlapping the one before keeps nothing between them, as in micromark's.
    for (let k = at; k < index && k < events.length; k++) rebuilt.push(events[k]);
    for (const event of add) rebuilt.push(event);
    at = index + remove;
  }
  for (let k = at; k < events.length; k++) rebuilt.push(events[k]);
  if (events.length > first) events.length = first;
  for (const event of rebuilt) events.push(event);
  state.map.length = 0;
  state.index.clear();
}

(EditMap.prototype as unknown as { consume: typeof consumeFromFirstEdit }).consume = consumeFromFirstEdit;

/** How often the parser has called our `consume` (a test checks that micromark uses this EditMap). */
export function editMapCalls(): number {
  return calls;
}
