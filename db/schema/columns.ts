import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

// Columns every editable record carries. `version` is bumped on each update and checked by the
// writer (optimistic locking), so two agents editing the same record never silently overwrite each other.
export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const version = () => integer('version').notNull().default(1);
