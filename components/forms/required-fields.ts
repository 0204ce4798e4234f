import { z } from 'zod';

/**
 * What a form sends for a field the person left empty: '' for a text box, a date or a select on its empty
 * choice, [] for a group of checkboxes none of which is checked. (Not undefined: that is a field the form
 * does not send at all, which some schemas accept from older API clients and fill with a default.)
 */
const EMPTY_VALUES: readonly unknown[] = ['', []];

/**
 * A field is required when its schema, the same one the server parses, refuses every way of leaving it empty.
 * Derived rather than declared, so the mark on the form and the rule on the server cannot disagree: a field
 * made optional in the schema loses its mark, a field made mandatory gains it. Rules across fields (a date
 * needed only when a box is ticked) are not marks: they stay in the schema's refinements and messages.
 */
export function isRequiredSchema(field: z.ZodType): boolean {
  return EMPTY_VALUES.every((empty) => !field.safeParse(empty).success);
}

/** The object shapes of a form schema: one for an object (refined or not), one per option of a union. */
function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  if (schema instanceof z.ZodObject) return [schema.shape as Record<string, z.ZodType>];
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(shapesOf);
  if (schema instanceof z.ZodPipe) return shapesOf(schema.in as z.ZodType);
  return [];
}

/**
 * The names of the required fields of a form schema. With a union (e.g. an existing business or a new one),
 * a field is required when every option that has it requires it: the form shows it only in those options.
 */
export function requiredFieldNames(schema: z.ZodType): Set<string> {
  const required = new Set<string>();
  const optional = new Set<string>();
  for (const shape of shapesOf(schema)) {
    for (const [name, field] of Object.entries(shape)) (isRequiredSchema(field) ? required : optional).add(name);
  }
  return new Set([...required].filter((name) => !optional.has(name)));
}
