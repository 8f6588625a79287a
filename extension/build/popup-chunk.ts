import path from 'node:path';

/** What a code-splitting group's name function can see of the module graph (rolldown's ChunkingContext). */
type Graph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/**
 * A rolldown code-splitting group for the popup: every module its page loads statically, except the
 * page's own entry module and stylesheets, goes into one chunk, `popup-base`. Left to itself, rolldown
 * splits those modules by which other pages and lazy chunks share them, and the popup loaded four
 * scripts where two do: each extra request delayed its first frame (measured with bench/popup-open).
 * The full page and the lazy chunks import from popup-base too; nothing the popup does not load at
 * start (Dexie, zod, the full page's views) goes into it.
 */
export function popupBaseGroup(root: string) {
  const html = path.resolve(root, 'extension/entrypoints/popup/index.html');
  const entry = path.resolve(root, 'extension/entrypoints/popup/main.tsx');
  let members: Set<string> | undefined;
  const collect = (graph: Graph) => {
    const found = new Set<string>();
    const todo = [...(graph.getModuleInfo(html)?.importedIds ?? [])];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      if (found.has(id)) continue;
      found.add(id);
      todo.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    if (!found.has(entry)) throw new Error(`popup chunking: ${html} does not load ${entry}`);
    found.delete(entry);
    return found;
  };
  return {
    name: (id: string, graph: Graph): string | null => {
      members ??= collect(graph);
      // A stylesheet stays with its page: the popup's own rules (body width) must not reach the full page.
      return members.has(id) && !/\.css($|\?)/.test(id) ? 'popup-base' : null;
    },
  };
}
