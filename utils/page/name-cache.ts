import type { FieldControl } from './controls';
import { type ControlName, controlNames, type LabelIndex, nameSources } from './names';

// Past this many watched nodes (a page that re-renders its forms for hours), start afresh.
const MAX_SOURCES = 5000;

/** Where a node's changes may reach: its parent, or a shadow root's host. */
export function parentAcross(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

function indexLabels(doc: Document): LabelIndex {
  const index = new Map<string, HTMLLabelElement[]>();
  for (const label of doc.querySelectorAll<HTMLLabelElement>('label[for]')) {
    const id = label.htmlFor;
    index.set(id, [...(index.get(id) ?? []), label]);
  }
  return index;
}

/**
 * Controls' names kept across looks: each is dropped when a node it was read from (see
 * nameSources) changes, and all of them when ids or `<label for>`s come, go or change.
 */
export class NameCache {
  private names = new WeakMap<FieldControl, ControlName[]>();
  /** Controls by the nodes their names were read from. */
  private readonly dependents = new Map<Node, Set<FieldControl>>();
  private labels: LabelIndex | null = null;

  constructor(private readonly doc: Document) {}

  namesOf(control: FieldControl): ControlName[] {
    const known = this.names.get(control);
    if (known) return known;
    if (this.dependents.size > MAX_SOURCES) this.clear();
    this.labels ??= indexLabels(this.doc);
    const names = controlNames(control, this.labels);
    for (const source of nameSources(control, this.labels)) {
      const controls = this.dependents.get(source);
      if (controls) controls.add(control);
      else this.dependents.set(source, new Set([control]));
    }
    this.names.set(control, names);
    return names;
  }

  /** Drops the names read from these nodes (each changed, or an ancestor of a change). */
  touched(nodes: Iterable<Node>): void {
    if (this.dependents.size === 0) return;
    for (const node of nodes) {
      const controls = this.dependents.get(node);
      if (!controls) continue;
      this.dependents.delete(node);
      for (const control of controls) this.names.delete(control);
    }
  }

  /** Whether a control's kept names were read from this element (or from around it). */
  readsFrom(element: Element): boolean {
    for (let node: Node | null = element; node; node = parentAcross(node))
      if (this.dependents.has(node)) return true;
    return false;
  }

  clear(): void {
    this.names = new WeakMap();
    this.dependents.clear();
    this.labels = null;
  }
}
