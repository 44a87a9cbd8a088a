// Stage 3: per-user settings stored as jsonb.
import { integer, jsonb, pgTable } from "drizzle-orm/pg-core";
import { users } from "./1_users";

export const settings = pgTable("settings", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  prefs: jsonb("prefs").$type<Record<string, unknown>>().default({}).notNull(),
});
