// A table in another PostgreSQL schema (pgSchema), referencing public.users.
import { boolean, integer, pgSchema, serial, text } from "drizzle-orm/pg-core";
import { users } from "./1_users";

export const billing = pgSchema("billing");

export const invoices = billing.table("invoices", {
  id: serial("id").primaryKey(),
  userId: integer("user_id").references(() => users.id),
  amount: integer("amount").notNull(),
  note: text("note"),
  paid: boolean("paid").default(false).notNull(),
});
