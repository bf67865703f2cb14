import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';

/** The most YAML aliases a scenario may expand, so a "billion laughs" file cannot blow up memory. */
export const MAX_ALIAS_COUNT = 100;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML or JSON text that can say where each of its nodes stands. */
export interface SourceDocument {
  document: Document.Parsed;
  /** The position of the node at a path; `key: true` points at the key of the last segment instead of its value. Missing segments fall back to the deepest node that exists. */
  positionOf(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
  positionAt(offset: number): Position;
  /** The mapping key whose text starts at an offset, with the path of the mapping that holds it. */
  keyAt(offset: number): { key: string; mapping: PropertyKey[] } | undefined;
  /** The aliases (`*name`) that no earlier anchor (`&name`) defines, with their offsets. */
  unresolvedAliases(): { name: string; offset: number }[];
}

/** Parses YAML 1.2 (and JSON, which is YAML) keeping source positions for every node. */
export function parseSource(text: string): SourceDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, version: '1.2', prettyErrors: false, uniqueKeys: true });
  const positionAt = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    document,
    positionAt,
    keyAt: (offset) => keyAt(document.contents, [], offset),
    unresolvedAliases() {
      // One pass in document order, as YAML resolves them (Alias.resolve would walk the document once per alias).
      const anchors = new Set<string>();
      const unresolved: { name: string; offset: number }[] = [];
      visit(document, {
        Node(_, node) {
          if (isAlias(node)) {
            if (!anchors.has(node.source)) unresolved.push({ name: node.source, offset: node.range?.[0] ?? 0 });
          } else if (node.anchor !== undefined) {
            anchors.add(node.anchor);
          }
        },
      });
      return unresolved;
    },
    positionOf(path, options = {}) {
      let node: unknown = document.contents;
      let offset = node && (node as Node).range ? (node as Node).range![0] : 0;
      for (const [index, segment] of path.entries()) {
        const last = index === path.length - 1;
        if (isMap(node)) {
          const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
          if (!pair) break;
          const keyNode = pair.key as Node;
          if (last && options.key && keyNode.range) return positionAt(keyNode.range[0]);
          node = pair.value;
          const valueRange = (pair.value as Node | null)?.range ?? keyNode.range;
          if (valueRange) offset = valueRange[0];
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item?.range) break;
          node = item;
          offset = item.range[0];
        } else {
          break;
        }
      }
      return positionAt(offset);
    },
  };
}

function keyAt(node: unknown, path: PropertyKey[], offset: number): { key: string; mapping: PropertyKey[] } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (pair.key.range?.[0] === offset) return { key, mapping: path };
      const inside = keyAt(pair.value, [...path, key], offset);
      if (inside) return inside;
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      const inside = keyAt(item, [...path, index], offset);
      if (inside) return inside;
    }
  }
  return undefined;
}
