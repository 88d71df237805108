import { wantedInBasket } from '../checks/licences';
import type { Client } from '../model/client';
import type { FieldKey, FillSources, Warning } from '../model/fields';
import type { TaughtFields } from '../model/taught';
import { controlText } from '../page/controls';
import { type FoundField, findFields } from '../page/fields';
import { type FieldState, type FillAction, fieldState, planFill, splitValue } from '../page/fill';
import type { PageReader } from '../page/page-reader';
import { matchesLicence } from '../page/products';
import { type Detection, detectStep, STEPS } from '../steps';
import type { StepModule } from '../steps/types';
import { type NamedClient, namedOtherClient } from './named-client';

export interface AssistantInput extends FillSources {
  doc: Document;
  url: URL;
  taught?: TaughtFields;
  steps?: readonly StepModule[];
  /** The whole queue: a screen about another queued client offers to switch to it. */
  clients?: readonly Client[];
  /** Reads the page keeping what did not change since the last look; else it is read whole. */
  reader?: PageReader;
}

export interface FieldReport extends FoundField {
  state: FieldState;
  expected: string | boolean | undefined;
}

export interface ProductMark {
  element: Element;
  licence: string;
}

/** Everything the overlay shows and the page is marked with, from one look at the page. */
export interface Assessment {
  detection: Detection;
  fields: FieldReport[];
  /** Required fields of the step that are not on the page (the technician can teach them). */
  notFound: FieldKey[];
  warnings: Warning[];
  products: ProductMark[];
  sources: FillSources;
  /** Another queued client this screen names (see namedOtherClient). */
  namedClient: NamedClient | null;
}

function productMarks(detection: Detection, client: Client | null): ProductMark[] {
  const wanted = client?.licenses.map((l) => l.name) ?? [];
  const read = detection.module?.products;
  if (wanted.length === 0 || !read) return [];
  const items = read(detection.region);
  const marks: ProductMark[] = [];
  for (const item of items) {
    const licence = wanted.find((name) => matchesLicence(item.name, name));
    if (licence) marks.push({ element: item.element, licence });
  }
  return marks;
}

/**
 * A suggestion (the next licence to search for) is never missing or wrong: it is done when the
 * box holds it, or holds anything once nothing is left to suggest.
 */
function suggestionState(
  field: FoundField,
  expected: string | boolean | undefined,
  current: string,
): FieldState {
  if (expected === undefined) return current.trim() ? 'filled' : 'empty';
  return fieldState(field, expected) === 'filled' ? 'filled' : 'empty';
}

export function assess({
  doc,
  url,
  client,
  reseller,
  taught = {},
  steps = STEPS,
  clients = [],
  reader,
}: AssistantInput): Assessment {
  const detection = detectStep(doc, url, steps, reader?.read(url));
  const module = detection.module;
  const shown = module?.basketShown?.(detection.region) ?? [];
  const sources: FillSources = { client, reseller, basket: wantedInBasket(client, shown) };
  if (!module)
    return { detection, fields: [], notFound: [], warnings: [], products: [], sources, namedClient: null };
  // Scoring found the step's fields already; what the technician taught for it changes them.
  const taughtHere = taught[module.id];
  const found =
    taughtHere && Object.keys(taughtHere).length > 0
      ? findFields(module.fields, detection.region.controls, taughtHere, detection.page.namesOf)
      : detection.fields;
  const fields = found.map((field): FieldReport => {
    const current = controlText(field.element);
    const expected = expectedOf(field, field.spec.value?.(sources, current));
    const state = field.spec.suggestion
      ? suggestionState(field, expected, current)
      : fieldState(field, expected);
    return { ...field, expected, state };
  });
  const notFound = module.fields
    .filter((spec) => spec.required && !found.some((f) => f.key === spec.key))
    .map((spec) => spec.key);
  const context = { ...sources, page: detection.page, region: detection.region, fields: found };
  const warnings = (module.checks ?? []).flatMap((check) => check(context));
  const values: Partial<Record<FieldKey, string>> = {};
  for (const field of fields) values[field.key] = controlText(field.element);
  const namedClient =
    module.namesClients === false ? null : namedOtherClient(detection.region, values, clients, client);
  return {
    detection,
    fields,
    notFound,
    warnings,
    products: productMarks(detection, client),
    sources,
    namedClient,
  };
}

/**
 * What one control should hold: a radio, whether it is chosen (its answer is the value); a part
 * of a split value, its share.
 */
function expectedOf(field: FoundField, value: string | boolean | undefined): string | boolean | undefined {
  if (value === undefined) return undefined;
  if (field.answer !== undefined) return typeof value === 'boolean' ? value === field.answer : undefined;
  if (field.part && typeof value === 'string')
    return splitValue(value, field.part.of)[field.part.index] ?? '';
  return value;
}

/** The fill plan for what was assessed: plain data, so "never presses a button" can be checked on it. */
export function fillPlan(assessment: Assessment, keys?: ReadonlySet<FieldKey>): FillAction[] {
  return planFill(assessment.fields.filter((f) => f.spec.value && (!keys || keys.has(f.key))));
}

export type { FoundField };
