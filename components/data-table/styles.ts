/** The look of a filter control, for the fields a screen adds to its table's filter form. */
export const FILTER_CONTROL = 'w-full max-w-full rounded border-2 border-qc-grey bg-white px-2 py-1.5 sm:w-auto';
