/** Told after each chunk of rows: how many are done, how many were refused so far. */
export type ImportProgress = (rowsDone: number, errors: number) => void;
