'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm, type FieldValues, type UseFormProps, type UseFormRegister, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { requiredFieldNames } from './required-fields';

/**
 * react-hook-form on the server's schema, whose `register` also says which fields are required: the shared
 * fields (components/ui) turn `required` into `required` + `aria-required="true"` on the control. Every
 * data-entry form goes through here, so a required field is marked by the schema that requires it, never by
 * the mere absence of "(facultatif)" in its label.
 *
 * The resolver is the schema's own unless the form needs another reading of the same schema (raw values,
 * hidden values added): pass it in `options.resolver`.
 *
 * Native `required` does not stop the submit: every form that uses this is `noValidate`, so the person
 * gets the app's own French messages next to each field (the same codes as the server's), not the
 * browser's bubble, which is worded in the browser's language, shows one field at a time and fades away.
 */
export function useSchemaForm<Values extends FieldValues>(schema: z.ZodType, options: UseFormProps<Values> = {}): UseFormReturn<Values> {
  const form = useForm<Values>({ resolver: zodResolver(schema as never) as never, ...options });
  const required = useMemo(() => requiredFieldNames(schema), [schema]);
  const register: UseFormRegister<Values> = (name, registerOptions) => {
    const registration = form.register(name, registerOptions);
    return required.has(name) ? { ...registration, required: true } : registration;
  };
  return { ...form, register };
}
