// happy-dom has no StaticRange: the spec's shape (a plain record of the four boundary fields) stands in.
// Imported for its effect by the unit tests that run the page layer in happy-dom.
if (typeof (globalThis as { StaticRange?: unknown }).StaticRange !== 'function') {
  class StaticRangeShape {
    startContainer: Node;
    startOffset: number;
    endContainer: Node;
    endOffset: number;
    constructor(init: StaticRangeInit) {
      ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
    }
    get collapsed() {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  }
  Object.assign(globalThis, { StaticRange: StaticRangeShape });
  Object.assign(window, { StaticRange: StaticRangeShape });
}

export {};
