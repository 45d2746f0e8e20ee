/** A binary min-heap keyed by a number (the time an item becomes sendable). */
export class MinHeap<T> {
  private readonly items: { at: number; n: number; value: T }[] = [];
  private counter = 0;
  /** Ties keep insertion order (a conversation's rows must not swap). */
  private static less(a: { at: number; n: number }, b: { at: number; n: number }): boolean {
    return a.at < b.at || (a.at === b.at && a.n < b.n);
  }

  get size(): number {
    return this.items.length;
  }

  peekAt(): number | undefined {
    return this.items[0]?.at;
  }

  push(at: number, value: T): void {
    const items = this.items;
    items.push({ at, n: this.counter++, value });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent];
      const c = items[i];
      if (!p || !c || !MinHeap.less(c, p)) break;
      items[parent] = c;
      items[i] = p;
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (!top || !last) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const lt = (a: number, b: number) => {
          const x = items[a];
          const y = items[b];
          return x !== undefined && y !== undefined && MinHeap.less(x, y);
        };
        if (l < items.length && lt(l, m)) m = l;
        if (r < items.length && lt(r, m)) m = r;
        if (m === i) break;
        const a = items[i];
        const b = items[m];
        if (!a || !b) break;
        items[i] = b;
        items[m] = a;
        i = m;
      }
    }
    return top.value;
  }
}
