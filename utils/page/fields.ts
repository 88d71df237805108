import type { FieldKey, FieldSpec } from '../model/fields';
import type { TaughtField } from '../model/taught';
import { words } from '../words/normalise';
import { answerOf } from './choices';
import {
  type FieldControl,
  isCheckbox,
  isCustomDropdown,
  isDrawnToggle,
  isLocked,
  isRadio,
  TEXT_INPUT_TYPES,
} from './controls';
import { LABEL_SOURCES, matchName, OWN_LABEL_SOURCES } from './name-match';
import { type ControlName, controlNames, NAME_SOURCES, type NameSource } from './names';

/** A field of the current step found on the page, and why it was taken for that field. */
export interface FoundField {
  key: FieldKey;
  spec: FieldSpec;
  element: FieldControl;
  source: NameSource;
  /** The name that matched, normalised. */
  name: string;
  /** One box of a value split over several (a phone's area code and number): the boxes, and which this is. */
  part?: { of: readonly FieldControl[]; index: number };
  /** A radio answering a yes/no field: the answer it gives. */
  answer?: boolean;
}

export const MAX_NAMED_CONTROLS = 300;

// Names that say nothing a person reads: when a stronger name found a field, these find no more
// boxes for it.
const WEAK_SOURCES: ReadonlySet<NameSource> = new Set([
  'aria-describedby',
  'text-after',
  'name-id',
  'input-type',
]);

// Words of a label that say nothing of what the box is ("Number", "No."): the box's type may.
const SAYS_NOTHING: ReadonlySet<string> = new Set([
  'number',
  'no',
  'num',
  'value',
  'entry',
  'input',
  'field',
]);
const saysSomething = (name: ControlName) => words(name.text).some((word) => !SAYS_NOTHING.has(word));

const tooShort = (spec: FieldSpec, control: FieldControl) => {
  const room = (control as HTMLInputElement).maxLength;
  return spec.minLength !== undefined && room > 0 && room < spec.minLength;
};

// Disabled and read-only fields are found and read (their value is checked) but never filled:
// planFill leaves them out. A box too short for the value is a part of a split field, for the
// fields whose value splits; of none else.
function fits(spec: FieldSpec, control: FieldControl): boolean {
  if (tooShort(spec, control) && !spec.splits) return false;
  switch (spec.control) {
    case 'text':
      return (
        control.tagName === 'TEXTAREA' ||
        (control.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((control as HTMLInputElement).type))
      );
    case 'select':
      return control.tagName === 'SELECT' || isCustomDropdown(control);
    case 'text-or-select':
      return fits({ ...spec, control: 'text' }, control) || fits({ ...spec, control: 'select' }, control);
    case 'checkbox':
      return isCheckbox(control) || isRadio(control) || isDrawnToggle(control);
  }
}

const sameKind = (a: FieldControl, b: { tag: string; type: string }) =>
  a.tagName.toLowerCase() === b.tag && ((a as HTMLInputElement).type ?? '') === b.type;

/** What the technician pointed at, described so the same control is found again next time. */
export function describeForTeaching(control: FieldControl, controls: readonly FieldControl[]): TaughtField {
  const tag = control.tagName.toLowerCase();
  const type = (control as HTMLInputElement).type ?? '';
  return {
    tag: tag as TaughtField['tag'],
    type,
    id: control.id,
    nameAttribute: control.getAttribute('name') ?? '',
    label: controlNames(control)[0]?.text ?? '',
    ordinal: controls.filter((c) => sameKind(c, { tag, type })).indexOf(control),
  };
}

function findTaught(taught: TaughtField, controls: readonly FieldControl[]): FieldControl | undefined {
  const kind = controls.filter((c) => sameKind(c, taught));
  return (
    (taught.id ? kind.find((c) => c.id === taught.id) : undefined) ??
    (taught.nameAttribute ? kind.find((c) => c.getAttribute('name') === taught.nameAttribute) : undefined) ??
    (taught.label ? kind.find((c) => controlNames(c)[0]?.text === taught.label) : undefined) ??
    kind[taught.ordinal]
  );
}

interface Classified {
  spec: FieldSpec;
  source: NameSource;
  name: string;
  answer?: boolean;
  /** How many words of the name said the field (0 for a declared token). */
  length: number;
}

/**
 * What one control is: the field its most trusted name says, reading its names in the order of
 * trust (NAME_SOURCES) and taking the first that names a field. A control whose label says
 * something else is not made a field by its name or id attributes ("State issued" is no state).
 */
function classify(
  specs: readonly FieldSpec[],
  control: FieldControl,
  names: readonly ControlName[],
): Classified | null {
  const labels = names.filter((name) => LABEL_SOURCES.has(name.source));
  const labelled = labels.length > 0;
  // A box no keyboard reaches and no label names is a trap for robots (a honeypot), not a field.
  if (!labelled && control.tagName === 'INPUT' && control.tabIndex === -1 && !isLocked(control)) return null;
  let labelNamed = false;
  const candidates: { spec: FieldSpec; name: ControlName; rank: number; length: number }[] = [];
  for (const name of names) {
    const rank = NAME_SOURCES.indexOf(name.source);
    // A declared token (autocomplete, or the box's type: `tel`, `email`). The type counts only where
    // no label says what the box is: a card number or a fax box is typed `tel` too.
    if (name.source === 'autocomplete' || name.source === 'input-type') {
      const spec = specs.find((s) => s.autocomplete?.includes(name.text) && fits(s, control));
      if (spec && (name.source === 'autocomplete' || !labels.some(saysSomething)))
        candidates.push({ spec, name, rank, length: 0 });
      continue;
    }
    if (name.source === 'text-after') {
      const spec = specs.find((s) => s.suffix?.test(name.text) && fits(s, control));
      if (spec) candidates.push({ spec, name, rank, length: 0 });
      continue;
    }
    if (name.source === 'name-id' && labelled && !labelNamed) continue;
    const match = matchName(specs, name, (spec) => fits(spec, control));
    if (!match) continue;
    if (LABEL_SOURCES.has(name.source)) labelNamed = true;
    const spec = specs[match.spec];
    if (spec) candidates.push({ spec, name, rank, length: match.length });
  }
  candidates.sort((a, b) => a.rank - b.rank);
  for (const { spec, name, length } of candidates) {
    if (spec.control !== 'checkbox' || !isRadio(control))
      return { spec, source: name.source, name: name.text, length };
    // A radio answers yes or no: its own words say which ("Yes", "No", or the field's own words).
    const own = names.find((n) => OWN_LABEL_SOURCES.has(n.source));
    const answer = OWN_LABEL_SOURCES.has(name.source)
      ? (answerOf(name.text) ?? true)
      : own
        ? answerOf(own.text)
        : null;
    if (answer !== null) return { spec, source: name.source, name: name.text, answer, length };
  }
  return null;
}

/**
 * Finds each of the step's fields among the visible controls, by the names a person reads. Each
 * control is the field its most trusted name says (see classify); every control of a field is
 * found (a confirm-email box, a second address block, the parts of a split phone number, each
 * radio of a yes/no question), except that names only a developer or a hint gives add no box to a
 * field a label already found.
 */
export function findFields(
  specs: readonly FieldSpec[],
  allControls: readonly FieldControl[],
  taught: Partial<Record<FieldKey, TaughtField>> = {},
  namesOf: (control: FieldControl) => ControlName[] = controlNames,
): FoundField[] {
  // A checkout form has a few dozen fields; a catalogue may have a quantity box per product. The
  // fields a step needs come first on its screens, so only the first ones are named.
  const controls = allControls.slice(0, MAX_NAMED_CONTROLS);
  const found: FoundField[] = [];
  const taughtControls = new Set<FieldControl>();
  const taughtKeys = new Set<FieldKey>();
  for (const spec of specs) {
    const description = taught[spec.key];
    const control = description && findTaught(description, controls);
    if (control && fits(spec, control) && !taughtControls.has(control)) {
      found.push({ key: spec.key, spec, element: control, source: 'taught', name: description.label });
      taughtControls.add(control);
      taughtKeys.add(spec.key);
    }
  }

  const classified = controls.map((control) =>
    taughtControls.has(control) ? null : classify(specs, control, namesOf(control)),
  );
  keepSingleBest(classified);
  const strongKeys = new Set<FieldKey>();
  for (const c of classified) if (c && !WEAK_SOURCES.has(c.source)) strongKeys.add(c.spec.key);
  controls.forEach((control, index) => {
    const c = classified[index];
    if (!c || taughtKeys.has(c.spec.key)) return;
    if (WEAK_SOURCES.has(c.source) && strongKeys.has(c.spec.key)) return;
    const field: FoundField = {
      key: c.spec.key,
      spec: c.spec,
      element: control,
      source: c.source,
      name: c.name,
    };
    if (c.answer !== undefined) field.answer = c.answer;
    found.push(field);
  });
  joinParts(found, controls, classified, (control) =>
    namesOf(control).some((name) => LABEL_SOURCES.has(name.source)),
  );
  // A box too short for the value and no part of a split one is not the field.
  return found
    .filter((field) => field.part || !tooShort(field.spec, field.element))
    .sort((a, b) => specs.indexOf(a.spec) - specs.indexOf(b.spec));
}

/**
 * The boxes of a split value: a box too short for its field's value, with the unnamed short boxes
 * right after it ("Phone: [02] [9876] [5432]"), become the parts of one value, in order.
 */
function joinParts(
  found: FoundField[],
  controls: readonly FieldControl[],
  classified: readonly (Classified | null)[],
  labelled: (control: FieldControl) => boolean,
): void {
  const byControl = new Map(found.map((f) => [f.element, f]));
  for (let i = 0; i < controls.length; i++) {
    const first = byControl.get(controls[i] as FieldControl);
    if (!first || !tooShort(first.spec, first.element) || first.part) continue;
    const group: FieldControl[] = [first.element];
    // The parts stand together: in the first part's wrapper or the one around it.
    const together = first.element.parentElement?.parentElement ?? first.element;
    let j = i + 1;
    for (; j < controls.length; j++) {
      const next = controls[j] as FieldControl;
      const known = byControl.get(next);
      const unnamed = !classified[j] && !known && !labelled(next);
      // (A part named only by its name attribute, "phone2", was left out beside the labelled one.)
      const sameField = (known?.key ?? classified[j]?.spec.key) === first.key && !known?.part;
      if (!together.contains(next) || !fits(first.spec, next) || !tooShort(first.spec, next)) break;
      if (!(unnamed || sameField)) break;
      group.push(next);
    }
    if (group.length < 2) continue;
    group.forEach((element, index) => {
      const existing = byControl.get(element);
      const part = { of: group, index };
      if (existing) existing.part = part;
      else {
        const field: FoundField = { ...first, element, part };
        found.push(field);
        byControl.set(element, field);
      }
    });
    i = j - 1;
  }
}

/**
 * A field that takes one box keeps the box whose name says it best: the most words of it ("Search
 * licences" over a site-wide "Search"), then the most trusted source.
 */
function keepSingleBest(classified: (Classified | null)[]): void {
  const best = new Map<FieldSpec, number>();
  classified.forEach((c, index) => {
    if (!c?.spec.single) return;
    const other = best.get(c.spec);
    const known = other === undefined ? null : classified[other];
    const rank = (x: Classified) => NAME_SOURCES.indexOf(x.source);
    if (!known || c.length > known.length || (c.length === known.length && rank(c) < rank(known)))
      best.set(c.spec, index);
  });
  classified.forEach((c, index) => {
    if (c?.spec.single && best.get(c.spec) !== index) classified[index] = null;
  });
}
