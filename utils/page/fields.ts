import type { FieldKey, FieldSpec } from '../model/fields';
import type { TaughtField } from '../model/taught';
import { type FieldControl, isCustomDropdown, TEXT_INPUT_TYPES } from './controls';
import { type ControlName, controlNames, NAME_SOURCES, type NameSource } from './names';

/** A field of the current step found on the page, and why it was taken for that field. */
export interface FoundField {
  key: FieldKey;
  spec: FieldSpec;
  element: FieldControl;
  source: NameSource;
  /** The name that matched, normalised. */
  name: string;
}

export const MAX_NAMED_CONTROLS = 300;

const LABELS: ReadonlySet<NameSource> = new Set([
  'label-for',
  'label-wrap',
  'label-sibling',
  'checkbox-text',
  'aria-labelledby',
  'aria-label',
]);

// Disabled and read-only fields are found and read (their value is checked) but never filled:
// planFill leaves them out.
function fits(spec: FieldSpec, control: FieldControl): boolean {
  const room = (control as HTMLInputElement).maxLength;
  if (spec.minLength && room > 0 && room < spec.minLength) return false;
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
      return control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'checkbox';
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

interface Candidate {
  spec: number;
  control: number;
  name: ControlName;
  rank: number;
}

/**
 * Finds each of the step's fields among the visible controls, by the names a person reads.
 * Every (field, control) pair that matches is ranked by how trustworthy its name's source is, then
 * by how specific the synonym is; the best pairs are taken first, one control per field.
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
  const usedControls = new Set<FieldControl>();
  const usedKeys = new Set<FieldKey>();

  for (const spec of specs) {
    const description = taught[spec.key];
    const control = description && findTaught(description, controls);
    if (control && fits(spec, control)) {
      found.push({ key: spec.key, spec, element: control, source: 'taught', name: description.label });
      usedControls.add(control);
      usedKeys.add(spec.key);
    }
  }

  const names = controls.map((control) => namesOf(control));
  // A control a person reads a label for is what that label says: when the label names none of
  // the step's fields ("State issued" on a driving licence), its name or id attribute does not
  // make it one ("state").
  const labelled = names.map((list) => list.some((name) => LABELS.has(name.source)));
  const labelMatches = names.map((list) =>
    list.some(
      (name) => LABELS.has(name.source) && specs.some((spec) => spec.names.some((re) => re.test(name.text))),
    ),
  );
  const candidates: Candidate[] = [];
  specs.forEach((spec, s) => {
    if (usedKeys.has(spec.key)) return;
    controls.forEach((control, c) => {
      if (usedControls.has(control) || !fits(spec, control)) return;
      for (const name of names[c] ?? []) {
        const sourceRank = NAME_SOURCES.indexOf(name.source);
        if (name.source === 'text-after') {
          if (spec.suffix?.test(name.text))
            candidates.push({ spec: s, control: c, name, rank: sourceRank * 100 });
          continue;
        }
        if (name.source === 'name-id' && labelled[c] && !labelMatches[c]) continue;
        if (name.source === 'autocomplete') {
          if (spec.autocomplete?.includes(name.text))
            candidates.push({ spec: s, control: c, name, rank: sourceRank * 100 });
          continue;
        }
        const pattern = spec.names.findIndex((re) => re.test(name.text));
        if (pattern >= 0) candidates.push({ spec: s, control: c, name, rank: sourceRank * 100 + pattern });
      }
    });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.control - b.control);
  for (const { spec: s, control: c, name } of candidates) {
    const spec = specs[s];
    const control = controls[c];
    if (!spec || !control || usedKeys.has(spec.key) || usedControls.has(control)) continue;
    usedKeys.add(spec.key);
    usedControls.add(control);
    found.push({ key: spec.key, spec, element: control, source: name.source, name: name.text });
  }
  return found.sort((a, b) => specs.indexOf(a.spec) - specs.indexOf(b.spec));
}
