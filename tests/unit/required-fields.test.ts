import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requiredFieldNames } from '@/components/forms/required-fields';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { DateField } from '@/components/ui/date-field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { changePasswordInput } from '@/lib/account/schemas';
import { openFileInput } from '@/lib/employers/schemas';
import { intakeInput, referralInput } from '@/lib/persons/schemas';
import { incidentInput } from '@/lib/privacy/schemas';
import { createStaffInput } from '@/lib/staff/schemas';

const names = (schema: z.ZodType) => [...requiredFieldNames(schema)].sort();

describe('required fields, read from the schema the server parses', () => {
  it('are the fields no empty value gets through: text, date, select, at least one checkbox', () => {
    expect(names(intakeInput)).toEqual(['agentId', 'birthDate', 'collectionConsentOn', 'countryOfBirth', 'firstName', 'idempotencyKey', 'immigrationCategory', 'lastName', 'needs', 'openedOn'].sort());
  });

  it('leave out optional fields, fields with a default, and fields needed only with another (a rule across fields)', () => {
    const intake = requiredFieldNames(intakeInput);
    for (const optional of ['gender', 'citizenship', 'phone', 'email', 'languages', 'nextFollowUpOn', 'sharingConsent', 'sharingConsentOn', 'residenceMrcId']) expect(intake.has(optional)).toBe(false);
    // Needed only for agents and advisers: the schema's refinement says so, with its own message.
    expect(requiredFieldNames(createStaffInput).has('servicePointId')).toBe(false);
    expect(requiredFieldNames(referralInput).has('notes')).toBe(false);
  });

  it('read a union field by field: required where every option that has it requires it', () => {
    const open = requiredFieldNames(openFileInput);
    expect(open.has('businessId')).toBe(true); // only in "existing business", required there
    expect(open.has('legalName')).toBe(true); // only in "new business", required there
    expect(open.has('contactName')).toBe(true); // in both
    expect(open.has('sizeBand')).toBe(false);
    expect(open.has('notes')).toBe(false);
    const mixed = z.discriminatedUnion('mode', [z.object({ mode: z.literal('a'), x: z.string().min(1) }), z.object({ mode: z.literal('b'), x: z.string().optional() })]);
    expect(requiredFieldNames(mixed).has('x')).toBe(false);
  });

  it('follow refined schemas (the password confirmation may not be left empty)', () => {
    expect(names(changePasswordInput)).toEqual(['confirmation', 'currentPassword', 'newPassword']);
    expect(names(incidentInput)).toContain('discoveredOn');
  });
});

describe('the shared fields', () => {
  const markup = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

  it('mark a required control with required and aria-required, and an optional one with neither', () => {
    const required = [
      markup(createElement(TextField, { label: 'Prénom', name: 'firstName', required: true })),
      markup(createElement(SelectField, { label: 'Pays', name: 'country', options: [{ value: '', label: '—' }], required: true })),
      markup(createElement(DateField, { label: 'Date', name: 'on', hint: 'AAAA-MM-JJ', required: true })),
      markup(createElement(TextAreaField, { label: 'Objet', name: 'goal', required: true })),
    ];
    for (const html of required) expect(html).toMatch(/<(input|select|textarea)[^>]* required=""[^>]* aria-required="true"|<(input|select|textarea)[^>]* aria-required="true"[^>]* required=""/);
    const optional = markup(createElement(TextField, { label: 'Téléphone (facultatif)', name: 'phone' }));
    expect(optional).not.toContain('required');
  });

  it('mark each box of a required group aria-required, never native required (that would demand every box)', () => {
    const registration = { name: 'needs', onChange: async () => {}, onBlur: async () => {}, ref: () => {} };
    const html = markup(createElement(CheckboxGroup, { legend: 'Besoins', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], registration: { ...registration, required: true } }));
    expect(html.match(/aria-required="true"/g)).toHaveLength(2);
    expect(html).not.toMatch(/ required=""/);
    expect(markup(createElement(CheckboxGroup, { legend: 'Langues', options: [{ value: 'a', label: 'A' }], registration }))).not.toContain('required');
  });
});
