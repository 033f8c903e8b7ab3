import * as Y from 'yjs';
import { markerText } from './edit-marker';

/** Name of the Y.Text every bench edit goes to. */
export const BENCH_TEXT = 'text';

/**
 * Produces typing-like edits (a marker appended to the writer's own text) as Yjs updates.
 * The writer's replica holds only its own edits: appending after its own last item is a valid
 * update whatever others typed, and keeps generating edits cheap with hundreds of writers.
 */
export class MarkerWriter {
  readonly replica = new Y.Doc();
  private readonly text = this.replica.getText(BENCH_TEXT);
  private lastUpdate: Uint8Array | null = null;

  constructor() {
    this.replica.on('update', (update: Uint8Array) => {
      this.lastUpdate = update;
    });
  }

  /** The update that appends the marker of edit `id`. */
  edit(id: number): Uint8Array {
    this.text.insert(this.text.length, markerText(id));
    const update = this.lastUpdate;
    this.lastUpdate = null;
    if (!update) throw new Error('insert produced no update');
    return update;
  }
}
