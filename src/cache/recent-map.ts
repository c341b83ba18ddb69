// A bounded map that keeps what was used recently: two generations, the current one and the one
// before. A hit in the current generation is one lookup (an LRU list's delete and insert on every
// hit cost the markup reading a third of its time, issue 12); a hit in the older one moves the entry
// up. When the current generation is full it becomes the older one, and the older one is dropped, so
// what no recent document used goes and at most `limit` entries are held.
export class RecentMap<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) {
      this.previous.delete(key);
      this.set(key, old);
    }
    return old;
  }

  set(key: K, value: V): V {
    this.current.set(key, value);
    if (this.current.size >= this.limit / 2) {
      this.previous = this.current;
      this.current = new Map();
    }
    return value;
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}
