/**
 * Sets `key` as the most recently used entry of `map`, dropping the least recently used ones past
 * `limit`: a table strangers can add keys to (addresses, conversations) stays bounded.
 */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= limit) break;
    map.delete(oldest);
  }
}
